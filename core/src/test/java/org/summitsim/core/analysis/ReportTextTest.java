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
                new AnalysisReport.Role(
                        first.id(),
                        first.name(),
                        first.shown(),
                        first.rawMean(),
                        first.byStrategy(),
                        "utility",
                        List.of("mediator", "hardliner", "coalition", "silent", "random"),
                        first.parts(),
                        first.bestDecision(),
                        first.taken(),
                        first.tension(),
                        first.choice()));
        AnalysisReport r = new AnalysisReport(
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
}
