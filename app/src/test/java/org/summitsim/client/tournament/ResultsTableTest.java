package org.summitsim.client.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.analysis.Ties;

/** The tournament's table: ties with the best marked by the analysis's rule, columns that line up. */
class ResultsTableTest {

    private static final String HAWK = "script:/home/ann/some/rather/long/folder/treaty-hawk.json";

    /** A result whose by-delegation figures are {@code cells}: strategy, then seat to {mean, ci95}. */
    private static TournamentResult result(int matches, Map<String, Map<String, double[]>> cells) {
        List<String> strategies = List.copyOf(cells.keySet());
        Map<String, Stats.Summary> overall = new LinkedHashMap<>();
        Map<String, Map<String, Stats.Summary>> byDelegation = new LinkedHashMap<>();
        Map<String, TournamentResult.Faults> faults = new LinkedHashMap<>();
        cells.forEach((strategy, seats) -> {
            overall.put(strategy, new Stats.Summary(10L * matches, 50, 5));
            Map<String, Stats.Summary> bySeat = new LinkedHashMap<>();
            seats.forEach((seat, x) -> bySeat.put(seat, new Stats.Summary(matches, x[0], x[1])));
            byDelegation.put(strategy, bySeat);
            faults.put(strategy, new TournamentResult.Faults(0, 0, 0, null));
        });
        return new TournamentResult(
                "test",
                strategies,
                matches,
                1,
                overall,
                byDelegation,
                overall,
                new Stats.Summary(matches, 40, 2),
                0.5,
                new Stats.Summary(matches, 0.9, 0.01),
                1,
                faults,
                List.of());
    }

    private static Map<String, double[]> seats(double[] austria, double[] china) {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("austria", austria);
        m.put("china", china);
        return m;
    }

    private static String row(String table, String seat) {
        return table.lines().filter(l -> l.startsWith(seat)).findFirst().orElseThrow();
    }

    @Test
    void theStrategiesTiedWithTheBestAreMarkedByTheAnalysisRuleAndTheHeadingSaysWhatTheMarksMean() {
        Map<String, Map<String, double[]>> cells = new LinkedHashMap<>();
        // austria: best hardliner 80 ± 8; utility 70 ± 6 is within sqrt(8² + 6²) = 10 of it, silent 60 ± 6 not.
        cells.put("utility", seats(new double[] {70, 6}, new double[] {20, 3}));
        cells.put("hardliner", seats(new double[] {80, 8}, new double[] {60, 4}));
        cells.put("silent", seats(new double[] {60, 6}, new double[] {30, 3}));
        TournamentResult r = result(40, cells);

        String table = ResultsTable.render(r);

        assertThat(ResultsTable.tiedWithBest(r, "austria")).containsExactly("utility");
        assertThat(ResultsTable.tiedWithBest(r, "china")).isEmpty();
        assertThat(Ties.tiedByHalfWidth(80, 8, 70, 6)).isTrue();
        assertThat(row(table, "austria")).matches("austria +70\\.0 ± +6\\.0= +80\\.0 ± +8\\.0\\* +60\\.0 ± +6\\.0");
        assertThat(row(table, "china")).matches("china +20\\.0 ± +3\\.0 +60\\.0 ± +4\\.0\\* +30\\.0 ± +3\\.0");
        assertThat(table.replaceAll("\\s+", " "))
                .contains(
                        "± 95 % interval",
                        "* the best strategy", "= tied with the best (the difference is not" + " significant");
        assertThat(table).doesNotContain("more matches are needed");
    }

    @Test
    void eachStrategyIsComparedWithSilentDelegationByDelegation() {
        Map<String, Map<String, double[]>> cells = new LinkedHashMap<>();
        // Against silent: utility tied in austria (66 ± 6 against 60 ± 6: within sqrt(6² + 6²) = 8.5), worse in
        // china (20 against 30 ± 3); hardliner better in both.
        cells.put("utility", seats(new double[] {66, 6}, new double[] {20, 3}));
        cells.put("hardliner", seats(new double[] {80, 8}, new double[] {60, 4}));
        cells.put("silent", seats(new double[] {60, 6}, new double[] {30, 3}));

        String table = ResultsTable.render(result(40, cells));

        assertThat(table)
                .contains("Against silent, delegation by delegation")
                .containsPattern("\\n  utility +better for 0, tied for 1, worse for 1\\n")
                .containsPattern("\\n  hardliner +better for 2, tied for 0, worse for 0\\n")
                .doesNotContain("  silent ");
        cells.remove("silent");
        assertThat(ResultsTable.render(result(40, cells)))
                .as("no silent in the field, nothing to compare with")
                .doesNotContain("Against silent");
    }

    @Test
    void whenTooFewMatchesMakeEveryCellATieTheTableSaysSoInPlainWords() {
        Map<String, Map<String, double[]>> cells = new LinkedHashMap<>();
        cells.put("utility", seats(new double[] {70, 13}, new double[] {20, 23}));
        cells.put("hardliner", seats(new double[] {80, 15}, new double[] {30, 20}));
        String table = ResultsTable.render(result(10, cells));

        assertThat(table)
                .contains("With 10 matches no strategy is clearly better than another for any delegation: every"
                        + " difference\nis within chance. More matches are needed to tell the strategies apart.");
    }

    @Test
    void whenSomeDelegationsAreUndecidedTheTableCountsThem() {
        Map<String, Map<String, double[]>> cells = new LinkedHashMap<>();
        cells.put("utility", seats(new double[] {70, 13}, new double[] {20, 2}));
        cells.put("hardliner", seats(new double[] {80, 15}, new double[] {30, 2}));
        String table = ResultsTable.render(result(10, cells));

        assertThat(table)
                .contains("For 1 of 2 delegations every strategy is tied with the best: more matches are needed"
                        + " there.")
                .doesNotContain("With 10 matches");
    }

    @Test
    void columnsLineUpWhateverTheLengthsOfTheStrategiesNamesAndScriptsGoByTheirFilesName() {
        Map<String, Map<String, double[]>> cells = new LinkedHashMap<>();
        cells.put("utility", seats(new double[] {70, 6}, new double[] {5.5, 3}));
        cells.put(HAWK, seats(new double[] {100, 12.5}, new double[] {60, 4}));
        cells.put("class:org.example.bots.Dove", seats(new double[] {8, 0.5}, new double[] {30, 3}));

        String table = ResultsTable.render(result(40, cells));

        assertThat(table).contains("  treaty-hawk.json: " + HAWK + "\n", "  Dove: class:org.example.bots.Dove\n");
        List<String> overall =
                table.lines().dropWhile(l -> !l.startsWith("strategy")).limit(4).toList();
        assertThat(overall.get(1)).startsWith("utility ");
        assertThat(overall.get(2)).startsWith("treaty-hawk.json ");
        assertThat(overall.get(3)).startsWith("Dove ");
        assertThat(overall)
                .extracting(String::length)
                .containsOnly(overall.get(0).length());
        // Each number ends where its column's heading ends.
        for (String l : overall.subList(1, 4)) {
            assertThat(l.indexOf("50.0") + 4).isEqualTo(overall.get(0).indexOf("of 100") + 6);
        }
        List<String> bySeat = table.lines()
                .dropWhile(l -> !l.startsWith("delegation"))
                .limit(3)
                .toList();
        assertThat(bySeat.get(0)).contains("treaty-hawk.json", "Dove").doesNotContain("script:");
        // The ± signs of each column sit one above the other, and each heading ends above its column.
        assertThat(plusMinus(bySeat.get(1))).isEqualTo(plusMinus(bySeat.get(2))).hasSize(3);
        assertThat(bySeat.get(0).indexOf("treaty-hawk.json") + "treaty-hawk.json".length())
                .isEqualTo(bySeat.get(1).indexOf("100.0 ± 12.5*") + "100.0 ± 12.5".length());
    }

    private static List<Integer> plusMinus(String line) {
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = line.indexOf('±'); i >= 0; i = line.indexOf('±', i + 1)) {
            at.add(i);
        }
        return at;
    }
}
