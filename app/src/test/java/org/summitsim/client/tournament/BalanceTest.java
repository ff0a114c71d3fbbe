package org.summitsim.client.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.scenario.ScenarioReader;

/**
 * The two balance claims of docs/BOTS.md, on every shipped scenario: no strategy is best for
 * every delegation, and the strategies that propose, talk and deal beat the silent baseline by
 * more than both 95% intervals.
 */
@IntegrationTest // 2,300 matches: a statistical claim, not a unit of the fast loop
class BalanceTest {

    private static final List<String> BUILT_IN = List.of("utility", "mediator", "hardliner", "silent", "historical");

    @ParameterizedTest
    @CsvSource({"hague-2023, 300", "seoul-2024, 1000", "classroom-mini, 1000"})
    void negotiatingPaysAndNoStrategyIsBestForEveryone(String scenario, int matches) {
        TournamentResult r = new Tournament(ScenarioReader.shipped(scenario), BUILT_IN, 1000)
                .run(matches, 2026, Runtime.getRuntime().availableProcessors(), n -> {});
        Stats.Summary silent = r.byStrategy().get("silent");
        for (String negotiator : List.of("utility", "mediator")) {
            Stats.Summary s = r.byStrategy().get(negotiator);
            assertThat(s.mean() - s.ci95())
                    .as(negotiator + " against silent on " + scenario)
                    .isGreaterThan(silent.mean() + silent.ci95());
        }
        Set<String> best = new HashSet<>();
        r.byDelegation().values().iterator().next().keySet().forEach(seat -> best.add(ResultsTable.bestFor(r, seat)));
        assertThat(best)
                .as("strategies that are best for some delegation on " + scenario)
                .hasSizeGreaterThan(1);
    }
}
