package org.summitsim.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How nearly the same play gets the same shown score in every role, in a varied field. */
class TargetsTest {

    private static AnalysisReport.Role role(String id, double utility, double mediator) {
        Map<String, AnalysisReport.Interval> by = new LinkedHashMap<>();
        by.put("utility", AnalysisReport.Interval.of(100, utility, 1));
        by.put("mediator", AnalysisReport.Interval.of(100, mediator, 1));
        return new AnalysisReport.Role(
                id,
                id,
                new AnalysisReport.Distribution(50, 10, 90),
                0,
                by,
                "utility",
                List.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                1,
                by,
                null);
    }

    @Test
    void eachStrategyCountsTheRolesWithinTenPointsOfItsOwnMean() {
        // utility: mean (50 + 58 + 62) / 3 = 56.67, off by 6.67, 1.33 and 5.33: all three within 10;
        // mediator: mean (70 + 40 + 55) / 3 = 55, off by 15, 15 and 0: one within 10.
        List<AnalysisReport.Role> roles = List.of(role("a", 50, 70), role("b", 58, 40), role("c", 62, 55));

        assertThat(Targets.withinTen(roles))
                .isEqualTo("roles within 10 points of each strategy's mean: utility 3/3, mediator 1/3");
        assertThat(Targets.withinTen(roles, AnalysisReport.Role::choice))
                .isEqualTo("roles within 10 points of each strategy's mean: utility 3/3, mediator 1/3");
    }
}
