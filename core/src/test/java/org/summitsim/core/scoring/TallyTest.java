package org.summitsim.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.reads;
import static org.summitsim.core.scenario.Decision.ABSTAIN;
import static org.summitsim.core.scenario.Decision.PUSH_BINDING;
import static org.summitsim.core.scenario.Decision.SIGN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.rules.BackgroundDecision;
import org.summitsim.core.scenario.BackgroundRule;
import org.summitsim.core.scenario.BackgroundState;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;

/** Counting decisions: seats plus background states (follows, signsIf, fixed; absent ones excluded). */
class TallyTest {

    private static final Map<String, String> DRAFT =
            Map.of("law", "applies", "control", "appropriate", "forum", "summit");
    private static final Map<String, String> SILENT =
            Map.of("law", "silent", "control", "appropriate", "forum", "summit");

    private static Map<String, Decision> seats(Decision north, Decision south, Decision east, Decision west) {
        return Map.of("north", north, "south", south, "east", east, "west", west);
    }

    private static Scenario withBackground(BackgroundState... states) {
        Scenario b = TestScenarios.test4x3();
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
                b.delegations(),
                List.of(states),
                b.injects(),
                b.debrief(),
                null,
                null,
                null,
                null);
    }

    @Test
    void aFollowerGroupDecidesAsItsDelegationAndCountsByItsSize() {
        Tally t = Tally.of(TestScenarios.test4x3(), DRAFT, seats(PUSH_BINDING, PUSH_BINDING, ABSTAIN, ABSTAIN));

        assertThat(t.background().get("allies"))
                .isEqualTo(new BackgroundDecision("Allies of Northland", 2, PUSH_BINDING));
        assertThat(t.bindingCount()).isEqualTo(4);
        assertThat(t.bindingReached()).isTrue();
    }

    @Test
    void aConditionalGroupSignsOnlyWhenTheTextMeetsItsConditions() {
        Scenario s = TestScenarios.test4x3();

        assertThat(Tally.of(s, DRAFT, seats(ABSTAIN, ABSTAIN, ABSTAIN, ABSTAIN)).decisions())
                .containsEntry("others", SIGN);
        assertThat(Tally.of(s, SILENT, seats(ABSTAIN, ABSTAIN, ABSTAIN, ABSTAIN))
                        .decisions())
                .containsEntry("others", ABSTAIN);
    }

    @Test
    void aStateThatDidNotAttendNeitherDecidesNorCounts() {
        Tally t = Tally.of(TestScenarios.test4x3(), DRAFT, seats(SIGN, SIGN, SIGN, SIGN));

        assertThat(t.decisions()).doesNotContainKey("absent");
        assertThat(t.background()).doesNotContainKey("absent");
        assertThat(t.attendingStates()).isEqualTo(4 + 6 + 2);
        assertThat(t.signatoryCount()).isEqualTo(12);
        assertThat(t.signatoryShare()).isEqualTo(1.0);
    }

    @Test
    void aFixedGroupAlwaysDecidesTheSame() {
        Scenario s = withBackground(new BackgroundState(
                "hawks", "Hawks", 3, true, new BackgroundRule(null, null, null, PUSH_BINDING), null));

        Tally t = Tally.of(s, DRAFT, seats(ABSTAIN, ABSTAIN, ABSTAIN, ABSTAIN));

        assertThat(t.decisions()).containsEntry("hawks", PUSH_BINDING);
        assertThat(t.bindingCount()).isEqualTo(3);
        assertThat(t.bindingReached()).isTrue();
    }

    @Test
    void followsTakesPrecedenceOverTheOtherForms() {
        Scenario s = withBackground(new BackgroundState(
                "mixed",
                "Mixed",
                1,
                true,
                new BackgroundRule("west", List.of(reads("law", "applies")), ABSTAIN, PUSH_BINDING),
                null));

        assertThat(Tally.of(s, DRAFT, seats(SIGN, SIGN, SIGN, ABSTAIN)).decisions())
                .containsEntry("mixed", ABSTAIN);
    }

    @Test
    void aConditionalGroupWithoutAnOtherwiseFallsBackToTheScenarioDefault() {
        Scenario s = withBackground(new BackgroundState(
                "picky",
                "Picky",
                1,
                true,
                new BackgroundRule(null, List.of(reads("law", "applies"), reads("forum", "un")), null, null),
                null));

        assertThat(Tally.of(s, DRAFT, seats(SIGN, SIGN, SIGN, SIGN)).decisions())
                .containsEntry("picky", ABSTAIN);
    }

    @Test
    void aGroupWithoutARuleTakesTheScenarioDefault() {
        Scenario s = withBackground(new BackgroundState("quiet", "Quiet", 5, true, null, null));

        Tally t = Tally.of(s, DRAFT, seats(SIGN, SIGN, SIGN, SIGN));

        assertThat(t.decisions()).containsEntry("quiet", ABSTAIN);
        assertThat(t.signatoryCount()).isEqualTo(4);
        assertThat(t.attendingStates()).isEqualTo(9);
    }

    @Test
    void theThresholdIsReachedExactlyAtItsValue() {
        Scenario s = withBackground();

        assertThat(Tally.of(s, DRAFT, seats(PUSH_BINDING, PUSH_BINDING, ABSTAIN, SIGN))
                        .bindingReached())
                .isFalse();
        assertThat(Tally.of(s, DRAFT, seats(PUSH_BINDING, PUSH_BINDING, PUSH_BINDING, SIGN))
                        .bindingReached())
                .isTrue();
    }
}
