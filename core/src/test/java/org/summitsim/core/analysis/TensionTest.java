package org.summitsim.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scenario.Scenario;

/**
 * The counterfactual "which decision would have been best" on test-4x3, where Westria cares only
 * about deciding as its partner Eastmark does: the answer is Eastmark's decision, by hand.
 */
class TensionTest {

    /** test-4x3 with Westria worth nothing but {@code standing} points for matching Eastmark. */
    static Scenario westFollowsEast(int standing) {
        Scenario s = TestScenarios.test4x3();
        Preferences only = new Preferences(
                Map.of(),
                Map.of(),
                List.of(),
                0,
                Map.of(Decision.SIGN, 0, Decision.ABSTAIN, 0, Decision.PUSH_BINDING, 0),
                0,
                0,
                standing,
                0,
                0,
                List.of("east"),
                null);
        List<Delegation> delegations = s.delegations().stream()
                .map(d -> !d.id().equals("west")
                        ? d
                        : new Delegation(
                                d.id(),
                                d.name(),
                                d.bloc(),
                                d.playable(),
                                d.profile(),
                                d.publicStance(),
                                d.brief(),
                                only,
                                d.history()))
                .toList();
        return new Scenario(
                s.id(),
                s.title(),
                s.summary(),
                s.setting(),
                s.briefing(),
                s.chair(),
                s.timing(),
                s.timingPresets(),
                s.adoption(),
                s.binding(),
                s.defaultDecision(),
                s.clauses(),
                s.blocs(),
                delegations,
                s.backgroundStates(),
                s.injects(),
                s.debrief(),
                null,
                null,
                null,
                null);
    }

    private static MatchFacts facts(Scenario s, Decision east, Decision west) {
        MatchDriver d = MatchDriver.open(s)
                .decideAll("north", Decision.SIGN, "south", Decision.SIGN, "east", east, "west", west);
        Replay r = new Replay(d.state(), d.outcome(), d.log(), java.util.Map.of());
        return MatchFacts.of(r, List.of("north", "south", "east", "west"), true);
    }

    @Test
    void theBestDecisionInHindsightIsThePartnersWhateverTheSeatDid() {
        Scenario s = westFollowsEast(5);
        for (Decision east : Decision.values()) {
            for (Decision west : Decision.values()) {
                MatchFacts f = facts(s, east, west);
                assertThat(f.decision()[3]).isEqualTo(west.ordinal());
                assertThat(Decision.values()[f.best()[3]])
                        .as("east %s, west %s", east, west)
                        .isEqualTo(east);
                // By hand: 5 points for matching the partner, nothing else.
                assertThat(f.raw()[3]).isEqualTo(east == west ? 5.0 : 0.0);
            }
        }
    }

    @Test
    void aTieGoesToTheDecisionTaken() {
        Scenario s = westFollowsEast(0);
        for (Decision west : Decision.values()) {
            MatchFacts f = facts(s, Decision.SIGN, west);
            assertThat(Decision.values()[f.best()[3]]).isEqualTo(west);
        }
    }

    @Test
    void withoutTensionTheBestIsTheDecisionTaken() {
        MatchDriver d = MatchDriver.open(westFollowsEast(5))
                .decideAll(
                        "north",
                        Decision.SIGN,
                        "south",
                        Decision.SIGN,
                        "east",
                        Decision.ABSTAIN,
                        "west",
                        Decision.SIGN);
        MatchFacts f = MatchFacts.of(
                new Replay(d.state(), d.outcome(), d.log(), java.util.Map.of()),
                List.of("north", "south", "east", "west"),
                false);
        assertThat(f.best()).isEqualTo(f.decision());
    }

    /** The choice lies between the worst decision (0) and the best (100); all alike is 100. */
    @Test
    void theChoiceIsPlacedBetweenTheWorstAndTheBestDecision() {
        Map<Decision, Double> totals = Map.of(Decision.SIGN, 10.0, Decision.ABSTAIN, 4.0, Decision.PUSH_BINDING, -2.0);
        assertThat(MatchFacts.choice(totals, Decision.SIGN)).isEqualTo(100.0);
        assertThat(MatchFacts.choice(totals, Decision.ABSTAIN)).isEqualTo(50.0);
        assertThat(MatchFacts.choice(totals, Decision.PUSH_BINDING)).isEqualTo(0.0);
        Map<Decision, Double> alike = Map.of(Decision.SIGN, 3.0, Decision.ABSTAIN, 3.0, Decision.PUSH_BINDING, 3.0);
        assertThat(MatchFacts.choice(alike, Decision.ABSTAIN)).isEqualTo(100.0);
    }
}
