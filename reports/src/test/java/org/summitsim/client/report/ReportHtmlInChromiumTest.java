package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;

/**
 * Opens the HTML reports in headless Chromium. The reports carry no script, so what is checked
 * is what the browser made of them: the page parses to the end, each chart is drawn with marks
 * in it, every delegation of the match is named, and no number came out as NaN, Infinity,
 * null or undefined; a screenshot of each is kept under the build directory
 * (report-screenshots/) for a person to look at. Skipped when no Chromium is installed
 * (Debian: apt-get install -y chromium). The launcher's ServedReportsInChromiumTest opens the
 * debrief as the teacher's page does, served by {@code summit serve}.
 */
@IntegrationTest
public class ReportHtmlInChromiumTest {

    private static final List<String> NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    private static Path chromium;

    @TempDir
    Path dir;

    @BeforeAll
    public static void findChromium() {
        Optional<Path> found = Optional.ofNullable(System.getenv("SUMMIT_CHROMIUM"))
                .map(Path::of)
                .filter(Files::isExecutable)
                .or(() -> NAMES.stream()
                        .flatMap(n -> pathEntries().stream().map(p -> p.resolve(n)))
                        .filter(Files::isExecutable)
                        .findFirst());
        Assumptions.assumeTrue(
                found.isPresent(),
                "No Chromium found on the PATH (or in SUMMIT_CHROMIUM); install it with `apt-get install -y chromium` "
                        + "to check that HTML reports render.");
        chromium = found.get();
    }

    private static List<Path> pathEntries() {
        List<Path> out = new ArrayList<>();
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!p.isBlank()) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    @Test
    void theDebriefOfAScriptedRoomRendersWithoutConsoleErrors() throws Exception {
        Path journal = ReportFixtures.serverJournal(dir.resolve("room.jsonl"), ReportFixtures.scripted(true, true));
        check(
                "debrief-scripted-room",
                new Reports(dir, null).debrief(journal.toString(), "html"),
                "chart scores",
                names("classroom-mini"));
    }

    @Test
    void theDebriefOfALargeBotMatchRendersWithoutConsoleErrors() throws Exception {
        Path journal = ReportFixtures.headless(dir, "hague-2023", 5, "utility", "mediator", "random", "hardliner");
        check(
                "debrief-hague-2023",
                new Reports(dir, null).debrief(journal.toString(), "html"),
                "chart talk",
                names("hague-2023"));
    }

    @Test
    void theComparisonRendersWithoutConsoleErrors() throws Exception {
        Path a = ReportFixtures.headless(dir, "classroom-mini", 1, "utility");
        Path b = ReportFixtures.headless(dir, "classroom-mini", 2, "hardliner", "mediator");
        check(
                "comparison",
                new Reports(dir, null).compare(List.of(a.toString(), b.toString()), "html"),
                "chart signatories",
                List.of());
    }

    /** Loads the page twice: once for the rendered DOM and the console, once for the screenshot. */
    private void check(String name, String html, String chartClass, List<String> delegations) throws Exception {
        Path page = Files.writeString(dir.resolve(name + ".html"), html, StandardCharsets.UTF_8);
        Path measured = Files.writeString(
                dir.resolve(name + "-measured.html"),
                html.replace("</body>", MEASURE + "</body>"),
                StandardCharsets.UTF_8);
        Result dom = chromium(dir, List.of("--dump-dom", measured.toUri().toString()));
        assertThat(dom.stderr())
                .as("console output of " + name)
                .doesNotContain("Uncaught", "ERROR:CONSOLE", "CONSOLE(");
        String rendered = dom.stdout();
        assertThat(rendered).contains("<svg class=\"" + chartClass + "\"", "</html>");
        String chart = rendered.substring(rendered.indexOf("<svg class=\"" + chartClass + "\""));
        chart = chart.substring(0, chart.indexOf("</svg>"));
        assertThat(chart.split("<(rect|path|circle|line)\\b", -1).length - 1)
                .as("marks in the " + chartClass + " chart")
                .isGreaterThanOrEqualTo(3);
        assertThat(clipped(rendered))
                .as("chart labels cut off at a chart's edge in " + name)
                .isEmpty();
        String text = rendered.replaceAll("<[^>]*>", " ");
        assertThat(text).as("text of " + name).doesNotContain("NaN", "Infinity", "undefined", " null ");
        for (String delegation : delegations) {
            assertThat(text).as("delegations named in " + name).contains(delegation);
        }
        Path shots =
                Files.createDirectories(buildDir(ReportHtmlInChromiumTest.class).resolve("report-screenshots"));
        Path png = shots.resolve(name + ".png");
        Files.deleteIfExists(png);
        Result shot = chromium(
                dir,
                List.of(
                        "--hide-scrollbars",
                        "--window-size=1200,4000",
                        "--screenshot=" + png,
                        page.toUri().toString()));
        assertThat(shot.stderr()).doesNotContain("Uncaught", "ERROR:CONSOLE", "CONSOLE(");
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);
        Files.copy(page, shots.resolve(name + ".html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The words of every chart that Chromium drew (partly) outside the chart, where they are cut
     * off, each as "text (from x to x of width)"; {@code html} a report page, which has no script
     * of its own, so the measuring script is added to a copy of it.
     */
    public static List<String> clippedTexts(Path dir, String html) throws Exception {
        Path page = Files.writeString(
                Files.createTempFile(dir, "measured", ".html"),
                html.replace("</body>", MEASURE + "</body>"),
                StandardCharsets.UTF_8);
        Result dom = chromium(dir, List.of("--dump-dom", page.toUri().toString()));
        assertThat(dom.stdout()).contains("<pre id=\"clipped\"");
        return clipped(dom.stdout());
    }

    /** Measures each chart's text against its own width (its viewBox) and lists what spills over. */
    // On the screen, so that rotated labels count where they are drawn; in the chart's own units.
    private static final String MEASURE = "<script>const out = [];"
            + " for (const svg of document.querySelectorAll('svg')) { const w = svg.viewBox.baseVal.width;"
            + " const box = svg.getBoundingClientRect(); const scale = w / box.width;"
            + " for (const t of svg.querySelectorAll('text')) { const r = t.getBoundingClientRect();"
            + " const left = (r.left - box.left) * scale, right = (r.right - box.left) * scale;"
            + " if (left < -0.5 || right > w + 0.5) { out.push(t.textContent + ' (from ' + Math.round(left)"
            + " + ' to ' + Math.round(right) + ' of ' + w + ')'); } } }"
            + " const pre = document.createElement('pre'); pre.id = 'clipped'; pre.textContent = out.join('\\n');"
            + " document.body.append(pre);</script>\n";

    private static List<String> clipped(String dumped) {
        int at = dumped.indexOf("<pre id=\"clipped\">");
        if (at < 0) {
            return List.of();
        }
        String inside = dumped.substring(at + "<pre id=\"clipped\">".length(), dumped.indexOf("</pre>", at));
        return inside.isBlank() ? List.of() : List.of(inside.split("\n"));
    }

    /** The names of the scenario's playable delegations, as the report prints them. */
    static List<String> names(String scenario) {
        return org.summitsim.core.scenario.ScenarioCatalog.load(scenario).playable().stream()
                .map(org.summitsim.core.scenario.Delegation::name)
                .toList();
    }

    public record Result(String stdout, String stderr) {}

    /** Runs headless Chromium with {@code args}, its profile and output in {@code dir}. */
    public static Result chromium(Path dir, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--enable-logging=stderr",
                "--v=0",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        cmd.addAll(args);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 seconds: " + cmd);
        }
        return new Result(Files.readString(out), Files.readString(err));
    }

    /** target/ (or the -Dsummit.build directory): where the test classes of {@code test} were compiled. */
    static Path buildDir(Class<?> test) throws Exception {
        return Path.of(test.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
    }
}
