package org.summitsim.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.ok;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scenario.Scenario;

/** Influence: points for adopted amendments a delegation authored (1 credit) or co-sponsored (0.5), at most 3 credits. */
class InfluenceTest {

    /** test-4x3 where Northland earns 2 points per credit. */
    private static Scenario northValuesInfluence() {
        Scenario b = TestScenarios.test4x3();
        List<Delegation> delegations = new ArrayList<>();
        for (Delegation d : b.delegations()) {
            Preferences p = d.preferences();
            if (d.id().equals("north")) {
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
                        2,
                        p.partners(),
                        p.endorsement());
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
                b.binding(),
                b.defaultDecision(),
                b.clauses(),
                b.blocs(),
                delegations,
                b.backgroundStates(),
                b.injects(),
                b.debrief(),
                null,
                null,
                null,
                null);
    }

    private static double influence(MatchDriver d, String seat) {
        return d.outcome().scores().get(seat).breakdown().get("influence");
    }

    @Test
    void anAdoptedAmendmentEarnsItsProposerACredit() {
        MatchDriver d = MatchDriver.open(northValuesInfluence()).toRound(1);
        ok(d.seat("north").propose("forum", "un"));

        d.finish();

        assertThat(influence(d, "north")).isEqualTo(2.0);
        assertThat(influence(d, "south")).isEqualTo(0.0);
    }

    @Test
    void coSponsoringEarnsHalfACredit() {
        MatchDriver d = MatchDriver.open(northValuesInfluence()).toRound(1);
        ok(d.seat("south").propose("forum", "un"));
        ok(d.seat("north").cosponsor("A1"));

        d.finish();

        assertThat(influence(d, "north")).isEqualTo(1.0);
    }

    @Test
    void rejectedAndWithdrawnAmendmentsEarnNothing() {
        MatchDriver d = MatchDriver.open(northValuesInfluence()).toRound(1);
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("south").oppose("A1"));
        ok(d.seat("east").oppose("A1"));
        ok(d.seat("west").oppose("A1"));
        ok(d.seat("north").propose("law", "silent"));
        ok(d.seat("north").withdraw("A2"));

        d.finish();

        assertThat(influence(d, "north")).isEqualTo(0.0);
    }

    @Test
    void atMostThreeCreditsCount() {
        MatchDriver d = MatchDriver.open(northValuesInfluence()).toRound(1);
        for (String[] change : new String[][] {{"forum", "un"}, {"law", "silent"}, {"control", "meaningful"}}) {
            ok(d.seat("north").propose(change[0], change[1]));
            ok(d.facilitator().callVote(d.state().openAmendments().get(0).id()));
        }
        d.toRound(2);
        ok(d.seat("north").propose("forum", "summit"));

        d.finish();

        assertThat(d.state().amendments())
                .allSatisfy(a -> assertThat(a.status().name()).isEqualTo("ADOPTED"));
        assertThat(influence(d, "north")).isEqualTo(6.0);
        assertThat(d.outcome().scores().get("north").best()).isEqualTo(28 + 6);
    }

    @Test
    void anAmendmentAdoptedWhenTheFacilitatorEndsTheMatchStillEarnsItsCredit() {
        MatchDriver d = MatchDriver.open(northValuesInfluence()).toRound(1);
        ok(d.seat("north").propose("forum", "un"));

        ok(d.facilitator().end());

        assertThat(d.outcome().text()).containsEntry("forum", "un");
        assertThat(influence(d, "north")).isEqualTo(2.0);
    }

    @Test
    void theProjectionCountsTheAmendmentsAdoptedSoFar() {
        MatchDriver d = MatchDriver.open(northValuesInfluence()).toRound(1);
        ok(d.seat("north").propose("forum", "un"));
        ok(d.facilitator().callVote("A1"));

        assertThat(d.seat("north").view().projection().values())
                .allSatisfy(s -> assertThat(s.breakdown()).containsEntry("influence", 2.0));
    }

    @Test
    void theProjectionCountsARejectionAsSoonAsItHappens() {
        MatchDriver d = MatchDriver.open(northValuesInfluence()).toRound(1);
        ok(d.seat("north").propose("forum", "un"));
        ok(d.facilitator().callVote("A1"));
        assertThat(d.seat("north")
                        .view()
                        .projection()
                        .get(org.summitsim.core.scenario.Decision.SIGN)
                        .breakdown())
                .containsEntry("influence", 2.0); // seen once, so the projection is now kept

        ok(d.seat("north").propose("law", "silent"));
        ok(d.seat("south").oppose("A2"));
        ok(d.seat("east").oppose("A2"));
        ok(d.seat("west").oppose("A2"));

        // One adopted (1 credit) less half a credit for the rejected one: 0.5 credit, worth 1.0.
        assertThat(d.state().amendment("A2").orElseThrow().status().name()).isEqualTo("REJECTED");
        assertThat(d.seat("north").view().projection().values())
                .allSatisfy(s -> assertThat(s.breakdown()).containsEntry("influence", 1.0));
    }
}
