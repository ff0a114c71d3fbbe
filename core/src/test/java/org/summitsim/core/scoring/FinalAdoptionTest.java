package org.summitsim.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.summitsim.core.scenario.Decision.ABSTAIN;
import static org.summitsim.core.scenario.Decision.SIGN;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.json.Json;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.FinalAdoption;
import org.summitsim.core.scenario.Problem;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioReader;

/** A consensus body's final adoption: a text that too few sign is adopted by no one. */
class FinalAdoptionTest {

    private static final Map<String, String> DRAFT =
            Map.of("law", "applies", "control", "appropriate", "forum", "summit");

    private static Scenario with(FinalAdoption rule) {
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
                b.backgroundStates(),
                b.injects(),
                b.debrief(),
                b.notes(),
                b.sources(),
                rule,
                b.par());
    }

    private static Map<String, Decision> seats(Decision north, Decision south, Decision east, Decision west) {
        return Map.of("north", north, "south", south, "east", east, "west", west);
    }

    private static Map<String, Double> breakdown(Scenario s, String seat, Tally t) {
        return Scorer.score(s, s.delegation(seat).orElseThrow(), DRAFT, t, 1.0).breakdown();
    }

    @Test
    void withConsensusOneStateOutBlocksTheWholeText() {
        Scenario s = with(new FinalAdoption("consensus", 0, null));
        assertThat(Tally.of(s, DRAFT, seats(SIGN, SIGN, SIGN, SIGN)).adopted()).isTrue();

        Tally oneOut = Tally.of(s, DRAFT, seats(SIGN, SIGN, SIGN, ABSTAIN));
        assertThat(oneOut.adopted()).isFalse();
        assertThat(oneOut.signatoryShare()).isZero();
        Map<String, Double> north = breakdown(s, "north", oneOut);
        assertThat(north.get("text")).isZero();
        assertThat(north.get("constraints")).isZero();
        assertThat(north.get("breadth")).isZero();

        // The same decisions without the rule: the text stands and is worth something to Northland.
        Tally stands = Tally.of(TestScenarios.test4x3(), DRAFT, seats(SIGN, SIGN, SIGN, ABSTAIN));
        assertThat(stands.adopted()).isTrue();
        assertThat(breakdown(TestScenarios.test4x3(), "north", stands).get("breadth"))
                .isPositive();
    }

    @Test
    void consensusMayAllowSomeStatesOutAndAQuorumCountsSignatories() {
        Map<String, Decision> threeSign = seats(SIGN, SIGN, SIGN, ABSTAIN); // 11 of 12 attending states sign
        assertThat(Tally.of(with(new FinalAdoption("consensus", 1, null)), DRAFT, threeSign)
                        .adopted())
                .isTrue();
        assertThat(Tally.of(with(new FinalAdoption("quorum", null, 11)), DRAFT, threeSign)
                        .adopted())
                .isTrue();
        assertThat(Tally.of(with(new FinalAdoption("quorum", null, 12)), DRAFT, threeSign)
                        .adopted())
                .isFalse();
    }

    @Test
    void theOutcomeSaysWhetherTheTextWasAdoptedOnlyWhenTheScenarioHasARule() {
        assertThat(Json.write(TestScenarios.test4x3())).doesNotContain("finalAdoption");
        assertThat(new FinalAdoption("consensus", null, null).describe())
                .isEqualTo("the declaration is adopted only if every attending state signs it");
        assertThat(new FinalAdoption("quorum", null, 40).describe())
                .isEqualTo("the declaration is adopted only if at least 40 states sign it");
    }

    @Test
    void badRulesAreRefusedWithWhatIsAllowed() {
        String base = Json.write(TestScenarios.test4x3());
        for (String[] c : new String[][] {
            {
                "{\"rule\":\"unanimity\"}",
                "finalAdoption.rule: the final adoption rule must be \"consensus\" or"
                        + " \"quorum\", not \"unanimity\""
            },
            {
                "{\"rule\":\"quorum\"}",
                "finalAdoption.minSignatories: a quorum rule needs minSignatories, the fewest"
                        + " states that must sign"
            },
            {
                "{\"rule\":\"quorum\",\"minSignatories\":13}",
                "finalAdoption.minSignatories: minSignatories must be"
                        + " between 1 and the 12 attending states, but is 13"
            },
            {
                "{\"rule\":\"consensus\",\"maxNonSigners\":12}",
                "finalAdoption.maxNonSigners: maxNonSigners must be at"
                        + " least 0 and less than the 12 attending states, but is 12"
            }
        }) {
            String json = base.substring(0, base.length() - 1) + ",\"finalAdoption\":" + c[0] + "}";
            ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.parse(json));
            assertThat(e).as(c[0]).isNotNull();
            assertThat(e.problems()).map(Problem::toString).containsExactly(c[1]);
        }
    }
}
