package org.summitsim.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.scenario.Scenario;

/**
 * The "no dominant strategy" target and its lint warning: one strategy best or tied for more
 * than half of the roles is named as dominant; several are named together as a tie that more
 * matches would have to break. The judgement (PASS or FAIL) is the same either way.
 */
class DominanceTest {

    private static final Scenario SCENARIO = TestScenarios.test4x3();
    private static AnalysisReport played;

    @BeforeAll
    static void play() {
        played = new Analysis(SCENARIO, List.of("utility", "mediator", "silent")).run(3, 1, 1, d -> {});
    }

    /** The played report with the field's best-or-tied counts replaced (4 roles). */
    private static AnalysisReport withBestOrTied(int utility, int mediator, int silent) {
        assertThat(played.roles()).hasSize(4);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("utility", utility);
        counts.put("mediator", mediator);
        counts.put("silent", silent);
        var f = played.field();
        var field = new AnalysisReport.Field(
                f.distinctTexts(),
                f.distinctTextsIn500(),
                f.amendments(),
                f.clauses(),
                f.bindingRate(),
                f.bindingMatches(),
                f.coordinatedMatches(),
                f.signatories(),
                counts,
                f.talking(),
                f.forecast());
        return Targets.check(
                SCENARIO,
                new AnalysisReport(
                        played.scenario(),
                        played.title(),
                        played.strategies(),
                        played.matches(),
                        played.seed(),
                        played.shownScore(),
                        played.roles(),
                        field,
                        played.blocking(),
                        played.poisonPill(),
                        List.of()));
    }

    private static AnalysisReport.Target dominance(AnalysisReport r) {
        return r.targets().stream()
                .filter(t -> t.name().equals("no dominant strategy"))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> warnings(AnalysisReport r) {
        return Warnings.of(r).stream().filter(w -> w.contains("best or tied")).toList();
    }

    @Test
    void severalStrategiesBestOrTiedForMostRolesAreATieThatNeedsMoreMatchesNotOneDominantStrategy() {
        AnalysisReport r = withBestOrTied(4, 4, 3);

        String figure = "utility and mediator best or tied for 4 of 4 roles each, silent for 3: they tie with one"
                + " another in most roles, so no single one stands out (more matches may tell them apart)";
        assertThat(dominance(r).status()).isEqualTo("FAIL");
        assertThat(dominance(r).figure()).isEqualTo(figure);
        assertThat(warnings(r)).containsExactly(figure);
        assertThat(Warnings.of(r)).noneMatch(w -> w.contains("a dominant strategy"));
    }

    @Test
    void theMostRolesComeFirstWhateverTheOrderOfTheMix() {
        AnalysisReport r = withBestOrTied(3, 4, 4);

        assertThat(dominance(r).figure())
                .startsWith("mediator and silent best or tied for 4 of 4 roles each, utility for 3: they tie with"
                        + " one another");
    }

    @Test
    void oneStrategyOverHalfOfTheRolesIsStillNamedDominant() {
        AnalysisReport r = withBestOrTied(4, 2, 1);

        assertThat(dominance(r).status()).isEqualTo("FAIL");
        assertThat(dominance(r).figure()).isEqualTo("utility best or tied for 4 of 4 roles");
        assertThat(warnings(r)).containsExactly("utility is best or tied for 4 of 4 roles: a dominant strategy");
    }

    @Test
    void aPassNamesEveryStrategyWithTheMostRolesAndWarnsOfNothing() {
        AnalysisReport r = withBestOrTied(2, 2, 1);

        assertThat(dominance(r).status()).isEqualTo("PASS");
        assertThat(dominance(r).figure()).isEqualTo("utility and mediator best or tied for 2 of 4 roles each");
        assertThat(warnings(r)).isEmpty();
    }

    @Test
    void namesAreListedAsInASentence() {
        assertThat(Targets.and(List.of("a"))).isEqualTo("a");
        assertThat(Targets.and(List.of("a", "b"))).isEqualTo("a and b");
        assertThat(Targets.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    }
}
