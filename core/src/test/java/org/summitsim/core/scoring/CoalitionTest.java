package org.summitsim.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.scenario.Decision.ABSTAIN;
import static org.summitsim.core.scenario.Decision.PUSH_BINDING;
import static org.summitsim.core.scenario.Decision.SIGN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.CommitmentCheck;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.BackgroundRule;
import org.summitsim.core.scenario.BackgroundState;
import org.summitsim.core.scenario.BindingTrack;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scenario.Scenario;

/**
 * The binding-law coalition: a group that pushes with its leader, the cost of a push that falls
 * short, coalition pledges (kept, broken, void; counted in projections only when they add up),
 * and what signing a text is worth (endorsement).
 */
class CoalitionTest {

    private static final Map<String, String> DRAFT =
            Map.of("law", "applies", "control", "appropriate", "forum", "summit");

    /**
     * test-4x3 with a threshold of 4, a failed push costing 4, a "league" of 2 states that pushes
     * with Southia (and otherwise signs), and Southia's endorsement weight 6.
     */
    private static Scenario league() {
        Scenario b = TestScenarios.test4x3();
        List<BackgroundState> background = new ArrayList<>(b.backgroundStates());
        background.add(new BackgroundState(
                "league",
                "League of the South",
                2,
                true,
                new BackgroundRule(null, List.of(), null, SIGN, "south"),
                null));
        List<Delegation> delegations = new ArrayList<>();
        for (Delegation d : b.delegations()) {
            Preferences p = d.preferences();
            if (d.id().equals("south")) {
                p = new Preferences(
                        p.clauses(),
                        p.costs(),
                        p.redLines(),
                        p.redLinePenalty(),
                        p.decisions(),
                        p.breadth(),
                        p.binding(),
                        p.standing(),
                        p.trust(),
                        p.influence(),
                        p.partners(),
                        6);
            }
            delegations.add(new Delegation(
                    d.id(),
                    d.name(),
                    d.bloc(),
                    d.playable(),
                    d.profile(),
                    d.publicStance(),
                    d.brief(),
                    p,
                    d.history()));
        }
        return new Scenario(
                b.id(),
                b.title(),
                b.summary(),
                b.setting(),
                b.briefing(),
                b.chair(),
                b.timing(),
                b.timingPresets(),
                b.adoption(),
                new BindingTrack(4, "Four states.", 4),
                b.defaultDecision(),
                b.clauses(),
                b.blocs(),
                delegations,
                background,
                b.injects(),
                b.debrief(),
                null,
                null,
                null,
                null);
    }

    private static Map<String, Decision> seats(Decision north, Decision south, Decision east, Decision west) {
        return Map.of("north", north, "south", south, "east", east, "west", west);
    }

    @Test
    void aGroupPushesWithItsLeaderAndOtherwiseKeepsItsOwnRule() {
        Tally pushing = Tally.of(league(), DRAFT, seats(SIGN, PUSH_BINDING, SIGN, SIGN));
        Tally signing = Tally.of(league(), DRAFT, seats(SIGN, SIGN, SIGN, SIGN));

        assertThat(pushing.decisions()).containsEntry("league", PUSH_BINDING);
        assertThat(pushing.bindingCount()).isEqualTo(3);
        assertThat(signing.decisions()).containsEntry("league", SIGN);
    }

    @Test
    void aPushThatFallsShortCostsThePushersAndNobodyElse() {
        Scenario s = league();
        // Southia and its league: 3 of the 4 needed.
        Outcome shortOf = settle(s, seats(SIGN, PUSH_BINDING, SIGN, SIGN));
        // Westria joins: 4, reached.
        Outcome reached = settle(s, seats(SIGN, PUSH_BINDING, SIGN, PUSH_BINDING));

        assertThat(shortOf.bindingReached()).isFalse();
        assertThat(shortOf.scores().get("south").breakdown()).containsEntry("binding", -4.0);
        assertThat(shortOf.scores().get("north").breakdown()).containsEntry("binding", 0.0);
        assertThat(reached.bindingReached()).isTrue();
        assertThat(reached.scores().get("south").breakdown()).containsEntry("binding", 8.0);
        assertThat(reached.scores().get("west").breakdown()).containsEntry("binding", -3.0); // its own weight
        assertThat(reached.scores().get("north").breakdown()).containsEntry("binding", -2.0);
    }

    @Test
    void signingIsWorthMoreTheMoreTheTextHoldsWhatTheDelegationWants() {
        Scenario s = league();
        // Southia's text values: draft 4 - 1 - 1 = 2, worst -5 - 6 - 1 = -12, best 4 + 6 + 7 = 17;
        // share 14/29, so signing adds 6 * (28/29 - 1) = -0.21 to SIGN's 1.
        Outcome draft = settle(s, seats(SIGN, SIGN, SIGN, SIGN));
        Score abstaining = settle(s, seats(SIGN, ABSTAIN, SIGN, SIGN)).scores().get("south");

        assertThat(draft.scores().get("south").breakdown().get("decision")).isCloseTo(0.79, within(0.001));
        // Its best text (applies, meaningful, treaty: 17) would add the whole weight, +6.
        assertThat(Scorer.endorsement(
                        s.delegation("south").orElseThrow().preferences(),
                        17,
                        Scorer.range(s, s.delegation("south").orElseThrow())))
                .isEqualTo(6.0);
        assertThat(abstaining.breakdown().get("decision")).isEqualTo(-1.0); // ABSTAIN's value, no endorsement
    }

    @Test
    void aCoalitionPledgeIsVoidWhenTheCoalitionFallsShort() {
        MatchDriver d = MatchDriver.open(league());
        d.toOpening();
        ok(d.seat("south").submit(coalitionPledge()));

        Outcome o = d.decideAll("north", SIGN, "south", SIGN, "east", SIGN, "west", SIGN)
                .outcome();

        assertThat(o.commitments())
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CommitmentCheck.Status.VOID));
    }

    @Test
    void aCoalitionPledgeIsKeptByPushingAndBrokenByNotPushingOnceTheCoalitionIsReached() {
        MatchDriver kept = MatchDriver.open(league());
        kept.toOpening();
        ok(kept.seat("south").submit(coalitionPledge()));
        ok(kept.seat("west").submit(coalitionPledge()));
        MatchDriver broken = MatchDriver.open(league());
        broken.toOpening();
        ok(broken.seat("south").submit(coalitionPledge()));
        ok(broken.seat("west").submit(coalitionPledge()));

        Outcome k = kept.decideAll("north", SIGN, "south", PUSH_BINDING, "east", SIGN, "west", PUSH_BINDING)
                .outcome();
        // Westria pushes with Northland's allies following Northland into the push: reached without Southia.
        Outcome b = broken.decideAll("north", PUSH_BINDING, "south", SIGN, "east", SIGN, "west", PUSH_BINDING)
                .outcome();

        assertThat(k.commitments()).extracting(CommitmentCheck::status).containsOnly(CommitmentCheck.Status.KEPT);
        assertThat(b.bindingReached()).isTrue();
        assertThat(b.commitments())
                .filteredOn(c -> c.seat().equals("south"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CommitmentCheck.Status.BROKEN));
    }

    @Test
    void aCoalitionPledgeIsBrokenByTheDelegationWhosePushWasMissing() {
        MatchDriver d = MatchDriver.open(league());
        d.toOpening();
        ok(d.seat("south").submit(coalitionPledge()));
        ok(d.seat("west").submit(coalitionPledge()));

        // Westria pushes alone and falls short; with Southia's promised push it would have been reached.
        Outcome o = d.decideAll("north", SIGN, "south", SIGN, "east", SIGN, "west", PUSH_BINDING)
                .outcome();

        assertThat(o.bindingReached()).isFalse();
        assertThat(o.commitments())
                .filteredOn(c -> c.seat().equals("south"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CommitmentCheck.Status.BROKEN));
        assertThat(o.commitments())
                .filteredOn(c -> c.seat().equals("west"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CommitmentCheck.Status.VOID));
    }

    @Test
    void aCoalitionPledgeCountsInProjectionsOnlyWhenThePledgersTogetherReachTheThreshold() {
        MatchDriver d = MatchDriver.open(league());
        d.toOpening();
        ok(d.seat("south").submit(coalitionPledge()));
        // Southia and its league make 3 of 4: not yet.
        assertThat(Projection.expectedDecisions(d.state())).containsEntry("south", ABSTAIN);
        assertThat(d.view(org.summitsim.core.view.Viewer.seat("south"))
                        .projection()
                        .get(PUSH_BINDING)
                        .breakdown())
                .containsEntry("binding", -4.0);

        ok(d.seat("west").submit(coalitionPledge()));

        assertThat(Projection.expectedDecisions(d.state()))
                .containsEntry("south", PUSH_BINDING)
                .containsEntry("west", PUSH_BINDING);
        assertThat(d.view(org.summitsim.core.view.Viewer.seat("north"))
                        .projection()
                        .get(SIGN)
                        .breakdown())
                .containsEntry("binding", -2.0);
    }

    @Test
    void aPushPromisedInADealIsVoidWhenTheCoalitionFallsShortEvenWithIt() {
        MatchDriver d = pushDeal();

        // Nobody else pushes: Westria's push would have been a protest of one.
        Outcome alone = d.decideAll("north", SIGN, "south", SIGN, "east", SIGN, "west", SIGN)
                .outcome();

        assertThat(alone.bindingReached()).isFalse();
        assertThat(alone.commitments())
                .filteredOn(c -> c.seat().equals("west"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CommitmentCheck.Status.VOID));
    }

    @Test
    void aPushPromisedInADealIsBrokenByTheDelegationWhosePushWasMissing() {
        MatchDriver d = pushDeal();

        // Southia and its league make 3 of 4: Westria's promised push was the missing fourth.
        Outcome o = d.decideAll("north", SIGN, "south", PUSH_BINDING, "east", SIGN, "west", SIGN)
                .outcome();

        assertThat(o.bindingReached()).isFalse();
        assertThat(o.commitments())
                .filteredOn(c -> c.seat().equals("west"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CommitmentCheck.Status.BROKEN));
    }

    /** Westria promises Southia, in a deal, to push; Southia promises to support a wording in return. */
    private static MatchDriver pushDeal() {
        MatchDriver d = MatchDriver.open(league());
        d.toOpening();
        ok(d.seat("west")
                .submit(new Command.OfferDeal(
                        "south",
                        new org.summitsim.core.rules.Promise.Decide(PUSH_BINDING, List.of()),
                        new org.summitsim.core.rules.Promise.Support("forum", "summit"),
                        "Push together?")));
        ok(d.seat("south").submit(new Command.AcceptDeal("D1")));
        return d;
    }

    @Test
    void onlyAPledgeToPushCanDependOnTheCoalition() {
        MatchDriver d = MatchDriver.open(league());
        d.toOpening();

        d.refuses(
                "invalid",
                "Only a pledge to push for binding law (\"decision\": PUSH_BINDING) can depend on the coalition"
                        + " being reached (\"ifCoalition\": true).",
                () -> d.seat("north").submit(new Command.MakePledge(SIGN, List.of(), "", true)));
    }

    private static Command coalitionPledge() {
        return new Command.MakePledge(PUSH_BINDING, List.of(), "We push if enough states push.", true);
    }

    private static Outcome settle(Scenario s, Map<String, Decision> decisions) {
        MatchDriver d = MatchDriver.open(s);
        List<Object> args = new ArrayList<>();
        decisions.forEach((seat, dec) -> {
            args.add(seat);
            args.add(dec);
        });
        return d.decideAll(args.toArray()).outcome();
    }
}
