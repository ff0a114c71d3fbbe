package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;

/**
 * Opens the debrief in headless Chromium as the teacher's page does, from a server assembled as
 * {@code summit serve} assembles it; the browser harness is the reports' ReportHtmlInChromiumTest.
 * Skipped when no Chromium is installed (Debian: apt-get install -y chromium).
 */
@IntegrationTest
class ServedReportsInChromiumTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        ReportHtmlInChromiumTest.findChromium();
    }

    /**
     * The debrief as the teacher's page opens it: served by a server assembled as {@code summit
     * serve} does, through its one-time link, under the report's own policy (nothing but its
     * inline stylesheet, by hash), which the browser must not have had to refuse anything under.
     */
    @Test
    void theDebriefTheTeachersPageOpensRendersUnderItsPolicy() throws Exception {
        try (ServedRoom played = ServedRoom.played(dir.resolve("data"))) {
            ReportHtmlInChromiumTest.Result dom = chromium(List.of("--dump-dom", played.link()));
            assertThat(dom.stderr())
                    .as("what the browser logged")
                    .doesNotContain("Content Security Policy", "Refused", "Uncaught", "ERROR:CONSOLE", "CONSOLE(");
            String rendered = dom.stdout();
            assertThat(rendered).contains("<svg class=\"chart scores\"", "</html>");
            String text = rendered.replaceAll("<[^>]*>", " ");
            assertThat(text)
                    .contains(org.summitsim.core.scenario.ScenarioCatalog.load(ServedRoom.SCENARIO)
                            .title());
            assertThat(text).contains(ReportHtmlInChromiumTest.names(ServedRoom.SCENARIO));
            Path shots = Files.createDirectories(ReportHtmlInChromiumTest.buildDir(ServedReportsInChromiumTest.class)
                    .resolve("report-screenshots"));
            Path png = shots.resolve("debrief-served.png");
            Files.deleteIfExists(png);
            ReportHtmlInChromiumTest.Result shot = chromium(
                    List.of("--hide-scrollbars", "--window-size=1200,4000", "--screenshot=" + png, played.link()));
            assertThat(shot.stderr()).doesNotContain("Content Security Policy", "Refused", "CONSOLE(");
            assertThat(png).exists();
        }
    }

    private ReportHtmlInChromiumTest.Result chromium(List<String> args) throws Exception {
        return ReportHtmlInChromiumTest.chromium(dir, args);
    }
}
