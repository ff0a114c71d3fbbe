package org.summitsim.client.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.client.report.ReportHtmlInChromiumTest;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.scenario.Decision;

/**
 * The scores chart's longest labels, at the end of a full bar, drawn by Chromium inside the
 * chart: a top score ("100 out of 100 · 40.6 pts") was cut off at the right edge.
 */
@IntegrationTest
class ScoreChartInChromiumTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        ReportHtmlInChromiumTest.findChromium();
    }

    private static DelegationResult row(
            String name, Decision decision, boolean defaulted, double score, double percent) {
        return new DelegationResult(
                name.toLowerCase(java.util.Locale.ROOT),
                name,
                null,
                decision,
                defaulted,
                null,
                score,
                percent,
                60,
                -20,
                Map.of(),
                Map.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    @Test
    void everyScoreLabelFitsInTheChart() throws Exception {
        String svg = ScoreChart.render(List.of(
                row("Netherlands", Decision.SIGN, false, 40.6, 100),
                row("United Kingdom", Decision.PUSH_BINDING, true, -123.4, 100),
                row("China", Decision.ABSTAIN, false, 2.5, 12)));
        String page = HtmlPage.render("Scores", "Scores", "", List.of(), HtmlPage.figure(svg, "Scores"), "");

        assertThat(ReportHtmlInChromiumTest.clippedTexts(dir, page)).isEmpty();
        assertThat(svg).contains("100 out of 100 · 40.6 pts", "100 out of 100 · -123.4 pts (no decision)");
    }
}
