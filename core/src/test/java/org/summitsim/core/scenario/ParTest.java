package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The par table: where a total shows on the comparable scale, and how it is written into a file. */
class ParTest {

    /** Quantiles 0, 5, ..., 100 % of the totals 0, 1, ..., 20: the k-th quantile is k. */
    private static Par linear() {
        List<Double> q = new ArrayList<>();
        for (int i = 0; i <= Par.STEPS; i++) {
            q.add((double) i);
        }
        return new Par(List.of("utility", "silent"), 21, 7, Map.of("north", q));
    }

    @Test
    void theMedianShowsAsFiftyThe95PercentQuantileAsAHundredAndThe5PercentQuantileAsZero() {
        Par par = linear();

        assertThat(par.rating("north", 10)).isEqualTo(50.0);
        assertThat(par.rating("north", 19)).isEqualTo(100.0);
        assertThat(par.rating("north", 1)).isEqualTo(0.0);
        // Linear in between: 14.5 is half way from the median (10) to the 95 % quantile (19).
        assertThat(par.rating("north", 14.5)).isCloseTo(75.0, within(1e-9));
        assertThat(par.rating("north", 5.5)).isCloseTo(25.0, within(1e-9));
        assertThat(par.rating("north", -3)).isEqualTo(0.0);
        assertThat(par.rating("north", 25)).isEqualTo(100.0);
        assertThat(par.rating("south", 10)).isNull();
    }

    @Test
    void aRoleWhoseResultsMostlyTieKeepsAScaleAPointEitherSideAtLeast() {
        List<Double> q = new ArrayList<>();
        for (int i = 0; i <= Par.STEPS; i++) {
            q.add(i == 0 ? 3.0 : i == Par.STEPS ? 12.0 : 8.0);
        }
        Par par = new Par(List.of("utility"), 21, 1, Map.of("north", q));

        assertThat(par.scale("north")).containsExactly(3.0, 8.0, 12.0);
        assertThat(par.rating("north", 8)).isEqualTo(50.0);
        assertThat(par.rating("north", 10)).isEqualTo(75.0);
    }

    @Test
    void quantilesAreTakenByNearestRank() {
        double[] sorted = new double[41];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i * 0.5;
        }

        List<Double> q = Par.quantilesOf(sorted);

        assertThat(q).hasSize(Par.STEPS + 1);
        assertThat(q.get(0)).isEqualTo(0.0);
        assertThat(q.get(10)).isEqualTo(10.0);
        assertThat(q.get(20)).isEqualTo(20.0);
    }

    @Test
    void aTableIsWrittenAsTheFilesLastFieldReplacingTheOldOneAndLeavingTheRestAsWritten() throws Exception {
        String file = "{\n  \"id\": \"x\",\n  \"title\": \"A  title\"\n}\n";

        String once = linear().writeInto(file);
        String twice = new Par(
                        List.of("silent"),
                        3,
                        2,
                        Map.of("north", linear().quantiles().get("north")))
                .writeInto(once);

        assertThat(once).startsWith("{\n  \"id\": \"x\",\n  \"title\": \"A  title\",\n  \"par\": {\n");
        assertThat(org.summitsim.core.json.Json.mapper()
                        .readTree(once)
                        .path("par")
                        .path("seed")
                        .asInt())
                .isEqualTo(7);
        assertThat(twice).startsWith("{\n  \"id\": \"x\",\n  \"title\": \"A  title\",\n  \"par\": {\n");
        assertThat(twice).containsOnlyOnce("\"par\"").contains("\"strategies\": [\"silent\"]");
        assertThat(org.summitsim.core.json.Json.mapper()
                        .readTree(twice)
                        .path("par")
                        .path("matches")
                        .asInt())
                .isEqualTo(3);
    }
}
