package org.summitsim.core;

import static org.summitsim.core.MatchDriver.decides;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.MatchDriver.reads;
import static org.summitsim.core.MatchDriver.votes;

import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;

/** Complete matches of test-4x3 played by fixed moves, for tests that need a realistic log. */
public final class SampleMatches {

    private SampleMatches() {}

    /**
     * A whole match that produces every kind of event: talk of all sorts, news, pause and
     * extension, amendments adopted, rejected and withdrawn, pledges and deals, readiness, sealed
     * decisions, the reveal and the outcome.
     */
    public static MatchDriver complete(long seed) {
        MatchDriver d = MatchDriver.open(
                TestScenarios.test4x3(), seed, org.summitsim.core.rules.Settings.of(TestScenarios.test4x3()));
        ok(d.facilitator().announce("Welcome. Read your briefs."));
        ok(d.facilitator().start());
        ok(d.seat("east").createCaucus("Powers", "west"));
        ok(d.seat("west").caucusSay("C1", "We hold the line on the forum."));
        ok(d.seat("north").dm("south", "Can we talk about control?"));
        ok(d.facilitator().advance());
        ok(d.seat("north").say("Northland welcomes you all."));
        ok(d.seat("south").say("We came for binding law."));
        ok(d.seat("east").say("Something to take back."));
        ok(d.facilitator().hide(d.match().lastSeq()));
        ok(d.facilitator().mute("east"));
        ok(d.facilitator().unmute("east"));
        ok(d.seat("east").pledge(Decision.SIGN, reads("forum", "summit", "un")));
        ok(d.facilitator().extend(60));
        // North's seat changes hands after it said it was done: the room takes that back.
        ok(d.seat("north").ready());
        ok(d.host().submit(new org.summitsim.core.rules.Command.Unready("north")));
        for (String s : new String[] {"north", "south", "east", "west"}) {
            ok(d.seat(s).ready());
        }
        // ROUND 1
        ok(d.seat("south").propose("control", "meaningful", "Humans must stay in control."));
        ok(d.seat("north").cosponsor("A1"));
        ok(d.seat("east").oppose("A1"));
        ok(d.seat("south").offer("west", decides(Decision.PUSH_BINDING), votes("A1", Ballot.SUPPORT)));
        ok(d.seat("west").accept("D1"));
        ok(d.seat("west").support("A1"));
        ok(d.seat("west").propose("forum", "un", "The UN is universal."));
        ok(d.seat("north").offer("east", decides(Decision.SIGN), decides(Decision.SIGN)));
        ok(d.seat("east").decline("D2"));
        ok(d.facilitator().inject("report"));
        ok(d.facilitator().pause());
        ok(d.facilitator().resume());
        ok(d.seat("east").invite("C1", "north"));
        ok(d.seat("north").leave("C1"));
        ok(d.host().deadline());
        // ROUND 2
        ok(d.seat("south").propose("forum", "treaty", "Now is the time."));
        ok(d.seat("south").withdraw("A3"));
        ok(d.seat("east").offer("west", new Promise.Support("law", "silent"), decides(Decision.SIGN)));
        ok(d.seat("west").accept("D3"));
        ok(d.seat("east").propose("law", "silent"));
        ok(d.facilitator().callVote("A4"));
        ok(d.facilitator().advance());
        // FINAL
        ok(d.seat("north").decide(Decision.SIGN, "Northland signs."));
        ok(d.seat("south").decide(Decision.PUSH_BINDING, "Not enough."));
        ok(d.seat("east").decide(Decision.SIGN));
        ok(d.seat("west").decide(Decision.ABSTAIN, "We wait for the UN."));
        return d;
    }

    public static MatchDriver complete() {
        return complete(MatchDriver.SEED);
    }
}
