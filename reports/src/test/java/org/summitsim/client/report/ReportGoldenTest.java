package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report of two journals kept as files (a headless bot match and a room in the server's
 * format, as written when they were added) comes out exactly as it did then: reading journals
 * another way must not change a single byte of any report (the launcher's MatchJournalGoldenTest
 * checks that `summit match --journal` still writes the kept headless journal). After a deliberate change to a
 * report, {@code -Dsummit.golden.update=true} writes the expected files again (then review the diff).
 */
class ReportGoldenTest {

    private static final String DIR = "golden/";
    private static final Path SOURCE = Path.of("src/test/resources/org/summitsim/client/report/golden");
    static final String HEADLESS = "classroom-mini-3.jsonl";
    private static final String SERVER = "period3.jsonl";

    @TempDir
    Path dir;

    @Test
    void everyReportOfTheKeptJournalsIsUnchanged() throws IOException {
        Path headless = copy(HEADLESS);
        copy("classroom-mini-3.scenario.json");
        Path server = copy(SERVER);
        Reports reports = new Reports(dir, null);
        Map<String, Supplier<String>> outputs = new LinkedHashMap<>(headlessOutputs(reports, headless));
        for (String format : List.of("md", "html", "json", "csv")) {
            outputs.put("server.debrief." + format, () -> reports.debrief(server.toString(), format));
        }
        for (String format : List.of("md", "json", "csv")) {
            outputs.put(
                    "server.transcript." + format,
                    () -> reports.transcript(server.toString(), "united-states", format));
        }
        for (String format : List.of("md", "html", "json")) {
            outputs.put(
                    "compare." + format,
                    () -> reports.compare(List.of(headless.toString(), server.toString()), format));
        }
        check(dir, outputs, Boolean.getBoolean("summit.golden.update"));
    }

    /** The reports of the kept headless journal, by the name of the file each is kept in. */
    static Map<String, Supplier<String>> headlessOutputs(Reports reports, Path headless) {
        Map<String, Supplier<String>> outputs = new LinkedHashMap<>();
        for (String format : List.of("md", "html", "json", "csv")) {
            outputs.put("headless.debrief." + format, () -> reports.debrief(headless.toString(), format));
        }
        for (String format : List.of("md", "json", "csv")) {
            outputs.put(
                    "headless.transcript." + format, () -> reports.transcript(headless.toString(), "germany", format));
        }
        return outputs;
    }

    /** Each output, with {@code dir} written as $DIR, against its kept file (or, updating, written as it). */
    static void check(Path dir, Map<String, Supplier<String>> outputs, boolean update) throws IOException {
        for (Map.Entry<String, Supplier<String>> e : outputs.entrySet()) {
            String actual = e.getValue().get().replace(dir.toString(), "$DIR");
            if (update) {
                Files.writeString(SOURCE.resolve(e.getKey()), actual, StandardCharsets.UTF_8);
            } else {
                assertThat(actual).as(e.getKey()).isEqualTo(resource(e.getKey()));
            }
        }
    }

    private Path copy(String name) throws IOException {
        Path to = dir.resolve(name);
        Files.writeString(to, resource(name), StandardCharsets.UTF_8);
        return to;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReportGoldenTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
