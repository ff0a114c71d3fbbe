package org.summitsim.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.TestScenarios;

/** The readable report keeps every name whole, whatever the length of the lists. */
class ReportTextTest {

    private static final List<String> SIX =
            List.of("utility", "mediator", "hardliner", "coalition", "silent", "random");

    @Test
    void theRolesTableWrapsALongListOfTiedStrategiesUnderItsColumnInsteadOfCuttingIt() {
        AnalysisReport played = new Analysis(TestScenarios.test4x3(), SIX).run(2, 1, 1, d -> {});
        List<AnalysisReport.Role> roles = new ArrayList<>(played.roles());
        var first = roles.get(0);
        roles.set(
                0,
                withStrategies(
                        first,
                        first.byStrategy(),
                        "utility",
                        List.of("mediator", "hardliner", "coalition", "silent", "random")));
        AnalysisReport r = withRoles(played, roles);

        String text = ReportText.render(r, false);
        String table = text.substring(text.indexOf("ROLES:"), text.indexOf("MEAN SHOWN SCORE"));

        assertThat(table.lines()).allMatch(l -> l.length() <= 100);
        assertThat(table).doesNotContain("~");
        assertThat(table.replaceAll("\\s+", " "))
                .contains(first.name() + " ")
                .contains(" utility = mediator, hardliner, coalition, silent, random ");
        String continued = table.lines()
                .filter(l -> !l.isBlank() && l.startsWith(" "))
                .findFirst()
                .orElseThrow();
        assertThat(continued).startsWith(" ".repeat(53)).doesNotStartWith(" ".repeat(54));
    }

    @Test
    void theFocusComparesOneStrategyWithEachOtherRoleByRoleBeyondChance() {
        AnalysisReport played =
                new Analysis(TestScenarios.test4x3(), List.of("utility", "mediator", "silent")).run(2, 1, 1, d -> {});
        List<AnalysisReport.Role> roles = new ArrayList<>();
        for (var role : played.roles()) {
            // utility 60 ± 2, mediator 55 ± 2 (worse beyond chance), silent 59 ± 2 (tied)
            var by = new java.util.LinkedHashMap<String, AnalysisReport.Interval>();
            by.put("utility", new AnalysisReport.Interval(100, 60, 1, 58, 62));
            by.put("mediator", new AnalysisReport.Interval(100, 55, 1, 53, 57));
            by.put("silent", new AnalysisReport.Interval(100, 59, 1, 57, 61));
            roles.add(withStrategies(role, by, "utility", List.of("silent")));
        }
        AnalysisReport r = withRoles(played, roles);

        String text = ReportText.render(r, false, "mediator");
        String focus = text.substring(text.indexOf("FOCUS: mediator"), text.indexOf("TENSION"));
        assertThat(focus.lines().skip(1).findFirst().orElseThrow())
                .contains("utility")
                .contains("silent");
        assertThat(focus).contains(" -5.0± 2.8-").contains(" -4.0± 2.8-");
        int n = roles.size();
        assertThat(focus)
                .contains("against utility      better in 0 roles, worse in " + n + ", tied in 0")
                .contains("against silent       better in 0 roles, worse in " + n + ", tied in 0");
        assertThat(ReportText.render(r, false, "silent"))
                .contains("+4.0± 2.8+")
                .contains(" -1.0± 2.8=")
                .contains("against utility      better in 0 roles, worse in 0, tied in " + n);
        assertThat(ReportText.render(r, false)).doesNotContain("FOCUS");
    }

    /** {@code role} with other figures by strategy, best and tied. */
    private static AnalysisReport.Role withStrategies(
            AnalysisReport.Role role,
            java.util.Map<String, AnalysisReport.Interval> byStrategy,
            String best,
            List<String> tied) {
        return new AnalysisReport.Role(
                role.id(),
                role.name(),
                role.shown(),
                role.rawMean(),
                byStrategy,
                best,
                tied,
                role.parts(),
                role.bestDecision(),
                role.taken(),
                role.tension(),
                role.choice(),
                null);
    }

    /** {@code played} with these roles instead of its own. */
    private static AnalysisReport withRoles(AnalysisReport played, List<AnalysisReport.Role> roles) {
        return new AnalysisReport(
                played.scenario(),
                played.title(),
                played.strategies(),
                played.matches(),
                played.seed(),
                played.shownScore(),
                roles,
                played.field(),
                played.blocking(),
                played.poisonPill(),
                played.targets());
    }
}
