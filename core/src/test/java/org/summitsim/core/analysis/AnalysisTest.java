package org.summitsim.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.json.Json;
import org.summitsim.core.scenario.Scenario;

class AnalysisTest {

    static final List<String> MIX = List.of("utility", "mediator", "silent");

    @Test
    void theSameSeedGivesByteIdenticalFiguresWhateverTheThreadCount() {
        Scenario s = TestScenarios.test4x3();
        AnalysisReport one = new Analysis(s, MIX).run(12, 5, 1, done -> {});
        AnalysisReport three = new Analysis(s, MIX).run(12, 5, 3, done -> {});
        assertThat(Json.write(three)).isEqualTo(Json.write(one));
        assertThat(ReportText.render(three, true)).isEqualTo(ReportText.render(one, true));
        assertThat(Json.write(new Analysis(s, MIX).run(12, 6, 2, done -> {}))).isNotEqualTo(Json.write(one));
    }

    /**
     * A scenario author's own scenario is held to the binding-law band as the shipped ones are,
     * and its report says which scale its shown scores are on (test-4x3 has no par table).
     */
    @Test
    void anAuthorsScenarioIsHeldToTheBindingBandAndToldItsScale() {
        AnalysisReport r = new Analysis(TestScenarios.test4x3(), MIX).run(12, 1, 1, done -> {});

        var binding = r.targets().stream()
                .filter(t -> t.name().equals("binding reachable"))
                .findFirst()
                .orElseThrow();
        assertThat(binding.status()).isNotEqualTo("N/A");
        assertThat(r.shownScore()).isEqualTo(ShownScore.RANGE);
        assertThat(r.roles())
                .allSatisfy(role -> assertThat(role.margin()).isNotNull().isNotNegative());
        assertThat(MatchFacts.margin(java.util.Map.of(
                        org.summitsim.core.scenario.Decision.SIGN, 5.0,
                        org.summitsim.core.scenario.Decision.ABSTAIN, 2.0,
                        org.summitsim.core.scenario.Decision.PUSH_BINDING, -1.0)))
                .as("the best beats the next by")
                .isEqualTo(3.0);
        assertThat(ReportText.render(r, true))
                .contains("the share of each role's range (no par table: see --calibrate)");
        var comparable = new Analysis(TestScenarios.test4x3(), List.of("mixed"))
                .run(4, 1, 1, done -> {}).targets().stream()
                        .filter(t -> t.name().equals("comparable scores"))
                        .findFirst()
                        .orElseThrow();
        assertThat(comparable.status()).as("mixed deals several strategies").isEqualTo("N/A");
    }

    /**
     * The public forecast leans on the real decisions where nobody pledged: a table of delegations
     * that decide as the real states did and pledge nothing is forecast exactly; a mixed table is
     * not, and its signatory error is at least the gap between the two means.
     */
    @Test
    void theForecastIsMeasuredAgainstTheDecisionsTaken() {
        Scenario mini = org.summitsim.core.scenario.ScenarioCatalog.load("classroom-mini");
        var exact = new Analysis(mini, List.of("historical"))
                .run(4, 1, 1, done -> {})
                .field();
        assertThat(exact.forecast().decisionsRight()).isEqualTo(1.0);
        assertThat(exact.forecast().signatoryError()).isZero();
        assertThat(exact.forecast().signatories()).isEqualTo(exact.signatories().mean());

        var mixed = new Analysis(mini, List.of("utility", "mediator", "hardliner", "coalition"))
                .run(12, 1, 1, done -> {})
                .field();
        assertThat(mixed.forecast().decisionsRight()).isBetween(0.0, 1.0).isLessThan(1.0);
        assertThat(mixed.forecast().signatoryError())
                .isGreaterThan(0)
                .isGreaterThanOrEqualTo(Math.abs(mixed.forecast().signatories()
                                - mixed.signatories().mean())
                        - 0.01);
    }

    @Test
    void everyMatchAndReplayIsCountedOnce() {
        Scenario s = TestScenarios.test4x3();
        Analysis a = new Analysis(s, MIX);
        java.util.concurrent.atomic.AtomicInteger last = new java.util.concurrent.atomic.AtomicInteger();
        AnalysisReport r = a.run(9, 1, 2, done -> last.accumulateAndGet(done, Math::max));
        assertThat(last.get()).isEqualTo(a.work(9)).isEqualTo(9 + 9 + 9 + 9);
        assertThat(r.blocking().matches()).isEqualTo(9);
        assertThat(r.poisonPill().matches()).isEqualTo(9);
        for (var role : r.roles()) {
            assertThat(role.byStrategy().values().stream()
                            .mapToLong(AnalysisReport.Interval::n)
                            .sum())
                    .isEqualTo(9);
            assertThat(role.bestDecision().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(9);
            assertThat(role.taken().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(9);
        }
    }

    @Test
    void aStrategyTiesWithTheBestWithinTheCombinedInterval() {
        Sample a = new Sample();
        Sample b = new Sample();
        for (int i = 0; i < 100; i++) {
            a.add(i % 2 == 0 ? 10 : 20);
            b.add(i % 2 == 0 ? 11 : 21);
        }
        // Means 15 and 16, se 0.5025 each: tied within 1.96 * sqrt(2 * 0.5025^2) = 1.39.
        assertThat(Aggregate.tied(a, b)).isTrue();
        Sample c = new Sample();
        for (int i = 0; i < 100; i++) {
            c.add(i % 2 == 0 ? 12 : 22);
        }
        assertThat(Aggregate.tied(a, c)).isFalse();
    }

    @Test
    void percentilesAreByNearestRank() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Aggregate.percentile(v, 10)).isEqualTo(1);
        assertThat(Aggregate.percentile(v, 90)).isEqualTo(9);
    }
}
