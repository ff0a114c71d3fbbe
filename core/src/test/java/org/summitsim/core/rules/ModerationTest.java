package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.ok;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.match.Match;
import org.summitsim.core.view.LegalAction;
import org.summitsim.core.view.Viewer;

/** The facilitator's tools for a class: taking a floor statement off the screens, muting a delegation. */
class ModerationTest {

    private static List<Event> seenBy(MatchDriver d, Viewer viewer) {
        return d.match().eventsFor(viewer, 0).stream()
                .map(Match.Sequenced::event)
                .toList();
    }

    private static List<String> commands(MatchDriver d, String seat) {
        return d.view(Viewer.seat(seat)).legalActions().stream()
                .map(LegalAction::command)
                .distinct()
                .toList();
    }

    // ---- hiding a floor statement --------------------------------------------------------------

    @Test
    void aHiddenStatementIsToldToEveryoneAndNeverSentAgain() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").say("Fine words."));
        ok(d.seat("east").say("Something rude."));
        long rude = d.match().lastSeq();

        List<Event> events = ok(d.facilitator().hide(rude));

        assertThat(events).containsExactly(new Event.StatementHidden(rude, "east"));
        for (Viewer v : List.of(Viewer.seat("west"), Viewer.seat("east"), Viewer.SPECTATOR, Viewer.FACILITATOR)) {
            assertThat(seenBy(d, v))
                    .as("replayed to %s", v)
                    .contains(new Event.FloorStatement("north", "Fine words."), events.get(0))
                    .doesNotContain(new Event.FloorStatement("east", "Something rude."));
        }
        // The log keeps it: the journal is the facilitator's record of the class.
        assertThat(d.log()).contains(new Event.FloorStatement("east", "Something rude."));
        assertThat(d.state().hiddenStatements()).containsExactly(rude);
    }

    @Test
    void thePledgeAndTheAmendmentStayWhenTheirWordsAreHidden() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("east")
                .submit(new Command.MakePledge(
                        org.summitsim.core.scenario.Decision.SIGN, List.of(), "Rude words in a pledge.", null)));
        long pledge = d.match().lastSeq();
        ok(d.seat("east").propose("forum", "un", "Rude words as a reason."));
        long proposal = d.match().lastSeq();

        ok(d.facilitator().hide(pledge));
        ok(d.facilitator().hide(proposal));

        var view = d.view(Viewer.seat("west"));
        assertThat(view.pledges()).singleElement().satisfies(p -> {
            assertThat(p.text()).isNull();
            assertThat(p.seat()).isEqualTo("east");
        });
        assertThat(view.amendments()).singleElement().satisfies(a -> {
            assertThat(a.rationale()).isNull();
            assertThat(a.option()).isEqualTo("un");
        });
        for (Viewer v : List.of(Viewer.seat("west"), Viewer.SPECTATOR, Viewer.FACILITATOR)) {
            String replayed = seenBy(d, v).toString();
            assertThat(replayed)
                    .as("replayed to %s", v)
                    .doesNotContain("Rude words")
                    .contains("PledgeMade[pledge=P1", "AmendmentProposed[amendment=A1");
        }
        assertThat(d.log().toString()).as("the journal keeps them").contains("Rude words in a pledge.");
        assertThat(Match.replay(d.state().scenario(), d.log())
                        .state()
                        .pledges()
                        .iterator()
                        .next()
                        .text())
                .as("replayed from the log, the same")
                .isNull();
    }

    @Test
    void aDecisionsStatementHiddenBeforeTheRevealIsNeverRevealed() {
        MatchDriver d = MatchDriver.open().toFinal();
        ok(d.seat("east").decide(org.summitsim.core.scenario.Decision.SIGN, "Rude words at the end."));
        long decided = d.match().eventsFor(Viewer.FACILITATOR, 0).stream()
                .filter(e -> e.event() instanceof Event.DecisionSealed)
                .findFirst()
                .orElseThrow()
                .seq();

        List<Event> hidden = ok(d.facilitator().hide(decided));

        assertThat(hidden).containsExactly(new Event.StatementHidden(decided, "east", true));
        assertThat(seenBy(d, Viewer.seat("west")))
                .as("nobody else read those words, so nobody else is told")
                .doesNotContain(hidden.get(0));
        assertThat(seenBy(d, Viewer.SPECTATOR)).doesNotContain(hidden.get(0));
        assertThat(seenBy(d, Viewer.seat("east"))).contains(hidden.get(0));
        assertThat(d.view(Viewer.seat("east")).sealed().get("east").statement())
                .as("the seat's own screen")
                .isEmpty();
        assertThat(seenBy(d, Viewer.FACILITATOR).toString()).doesNotContain("Rude words");
        d.finish();
        assertThat(d.outcome().decisions().get("east"))
                .as("the decision stands; its words are not revealed")
                .isEqualTo(new FinalDecision(org.summitsim.core.scenario.Decision.SIGN, "", false));
        for (Viewer v : List.of(Viewer.seat("west"), Viewer.seat("east"), Viewer.SPECTATOR, Viewer.FACILITATOR)) {
            assertThat(seenBy(d, v).toString()).as("replayed to %s", v).doesNotContain("Rude words");
        }
        assertThat(d.log().toString()).as("the journal keeps them").contains("Rude words at the end.");
        assertThat(Match.replay(d.state().scenario(), d.log())
                        .state()
                        .outcome()
                        .orElseThrow()
                        .decisions()
                        .get("east")
                        .statement())
                .as("replayed from the log, the same")
                .isEmpty();
    }

    @Test
    void onlyAFloorStatementCanBeHiddenAndOnlyOnce() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").say("Fine words."));
        long said = d.match().lastSeq();
        ok(d.seat("north").dm("south", "A private word."));
        long dm = d.match().lastSeq();

        d.refuses(
                "unknown_statement",
                "Event " + dm + " carries no words that can be hidden",
                () -> d.facilitator().hide(dm));
        d.refuses(
                "unknown_statement",
                "only floor statements, the words of a pledge",
                () -> d.facilitator().hide(9999));
        d.refuses(
                "unknown_statement",
                "needs the \"seq\" of the event that carried them",
                () -> d.facilitator().submit(new Command.HideStatement(null)));
        ok(d.facilitator().hide(said));
        d.refuses("already_hidden", "already hidden", () -> d.facilitator().hide(said));
        d.refuses("forbidden", "Only the facilitator", () -> d.seat("south").submit(new Command.HideStatement(said)));
    }

    @Test
    void theFacilitatorCanHideWhileThePlayIsPaused() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").say("Something rude."));
        long rude = d.match().lastSeq();
        ok(d.facilitator().pause());

        ok(d.facilitator().hide(rude));
    }

    // ---- muting a delegation -------------------------------------------------------------------

    @Test
    void aMutedDelegationSendsNoMessagesButStillPlays() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("east").createCaucus("Friends", "west"));
        String caucus = d.state().caucuses().iterator().next().id();

        ok(d.facilitator().mute("east"));

        d.refuses(
                "muted",
                "You can still propose, vote, make deals and decide",
                () -> d.seat("east").say("Hello?"));
        d.refuses("muted", "cannot send messages", () -> d.seat("east").dm("west", "Psst."));
        d.refuses("muted", "cannot send messages", () -> d.seat("east").caucusSay(caucus, "Psst."));
        ok(d.seat("east").submit(new Command.Propose("forum", "un", null)));
        ok(d.seat("west").propose("control", "meaningful"));
        assertThat(commands(d, "east"))
                .doesNotContain("say", "dm", "caucus_say")
                .contains("vote", "pledge", "offer");
        assertThat(commands(d, "west")).contains("say", "dm", "caucus_say");
        ok(d.seat("west").say("We carry on."));

        ok(d.facilitator().unmute("east"));

        ok(d.seat("east").say("Sorry."));
        assertThat(commands(d, "east")).contains("say", "dm", "caucus_say");
    }

    @Test
    void aMutedDelegationPutsNoWordsOfItsOwnAnywhere() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.facilitator().mute("east"));
        var seat = d.seat("east");

        d.refuses(
                "muted",
                "without its \"rationale\"",
                () -> seat.submit(new Command.Propose("forum", "un", "Something rude.")));
        d.refuses(
                "muted",
                "without its \"text\"",
                () -> seat.submit(new Command.MakePledge(
                        org.summitsim.core.scenario.Decision.SIGN, List.of(), "Something rude.", null)));
        d.refuses(
                "muted",
                "without its \"text\"",
                () -> seat.submit(new Command.OfferDeal(
                        "west",
                        MatchDriver.decides(org.summitsim.core.scenario.Decision.SIGN),
                        MatchDriver.decides(org.summitsim.core.scenario.Decision.SIGN),
                        "Something rude.")));
        d.refuses("muted", "cannot send messages", () -> seat.createCaucus("Something rude", "west"));
        assertThat(commands(d, "east")).doesNotContain("caucus_create");

        ok(seat.submit(new Command.Propose("forum", "un", " ")));
        ok(seat.submit(new Command.MakePledge(org.summitsim.core.scenario.Decision.SIGN, List.of(), null, null)));
        ok(seat.submit(new Command.OfferDeal(
                "west",
                MatchDriver.decides(org.summitsim.core.scenario.Decision.SIGN),
                MatchDriver.decides(org.summitsim.core.scenario.Decision.SIGN),
                null)));
        d.toFinal();
        d.refuses(
                "muted",
                "without its \"statement\"",
                () -> seat.submit(new Command.Decide(org.summitsim.core.scenario.Decision.SIGN, "Something rude.")));
        ok(seat.submit(new Command.Decide(org.summitsim.core.scenario.Decision.SIGN, null)));
    }

    @Test
    void aMuteIsBetweenTheFacilitatorAndTheDelegation() {
        MatchDriver d = MatchDriver.open().toOpening();

        Event muted = ok(d.facilitator().mute("east")).get(0);

        assertThat(muted).isEqualTo(new Event.SeatMuted("east"));
        assertThat(seenBy(d, Viewer.seat("east"))).contains(muted);
        assertThat(seenBy(d, Viewer.FACILITATOR)).contains(muted);
        assertThat(seenBy(d, Viewer.seat("west"))).doesNotContain(muted);
        assertThat(seenBy(d, Viewer.SPECTATOR)).doesNotContain(muted);
        assertThat(d.view(Viewer.seat("east")).muted()).containsExactly("east");
        assertThat(d.view(Viewer.FACILITATOR).muted()).containsExactly("east");
        assertThat(d.view(Viewer.seat("west")).muted()).isEmpty();
        assertThat(d.view(Viewer.SPECTATOR).muted()).isEmpty();
    }

    @Test
    void muteAndUnmuteSayWhatIsWrong() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "unknown_delegation",
                "There is no delegation \"atlantis\"",
                () -> d.facilitator().mute("atlantis"));
        d.refuses(
                "unknown_delegation",
                "Muting needs its \"seat\"",
                () -> d.facilitator().mute(null));
        d.refuses("not_muted", "nothing to undo", () -> d.facilitator().unmute("east"));
        ok(d.facilitator().mute("east"));
        d.refuses("already_muted", "already muted", () -> d.facilitator().mute("east"));
        d.refuses("forbidden", "Only the facilitator", () -> d.seat("west").submit(new Command.Mute("east")));
    }

    @Test
    void aReplayedLogRebuildsTheModeration() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").say("Something rude."));
        long rude = d.match().lastSeq();
        ok(d.facilitator().hide(rude));
        ok(d.facilitator().mute("east"));

        Match again = Match.replay(d.match().state().scenario(), d.log());

        assertThat(again.state().hiddenStatements()).containsExactly(rude);
        assertThat(again.state().isMuted("east")).isTrue();
    }
}
