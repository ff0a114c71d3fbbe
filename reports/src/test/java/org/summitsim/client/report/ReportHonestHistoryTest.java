package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.json.Json;

/**
 * The debrief compares the class with the real summit without claiming more than the sources:
 * the reported count is open-ended, seats of unknown decision are not counted as non-signers,
 * and groups standing in for unnamed governments are never shown as what happened in reality.
 */
class ReportHonestHistoryTest {

    @TempDir
    Path dir;

    @Test
    void markdownSaysHowSureTheComparisonIsAndShowsStandInsAsAssumptions() throws IOException {
        Path journal = ReportFixtures.headless(dir, "hague-2023", 7, "historical");
        String md = new Reports(dir, null).debrief(journal.toString(), "md");

        assertThat(md)
                .contains("(within the reported range, 57 or more). **Reported for the real summit:** 57 to more"
                        + " than 60")
                .contains("How sure this is: the reported count has no upper bound (57 or more); 12 delegations here"
                        + " have no known real decision, so they are compared neither as signers nor as non-signers;"
                        + " 7 background groups (56 states) stand in for governments not named here; what they did is"
                        + " an assumption sized to the reported count, not a record.")
                .doesNotContain("real range");
        String europe = line(md, "| Other European governments");
        assertThat(europe).contains("(stand-in)", "no record: stand-in, assumed Sign");
        String russia = line(md, "| Russia");
        assertThat(russia).doesNotContain("stand-in");
    }

    @Test
    void htmlAndJsonMarkStandInsAndTheOpenEndedRange() throws IOException {
        Path journal = ReportFixtures.headless(dir, "classroom-mini", 2, "historical");
        Reports reports = new Reports(dir, null);
        String html = reports.debrief(journal.toString(), "html");
        JsonNode json = Json.mapper().readTree(reports.debrief(journal.toString(), "json"));

        assertThat(line(html, "Close partners of the United States")).contains("no record: stand-in, assumed Sign");
        assertThat(html).contains("Ukraine").contains("within the reported range (57 or more)");
        JsonNode h = json.path("history");
        assertThat(h.path("rangeMin").asInt()).isEqualTo(57);
        assertThat(h.hasNonNull("rangeMax")).isFalse();
        assertThat(h.path("range").asText()).isEqualTo("57 or more");
        assertThat(h.path("unknown").asInt()).isEqualTo(2);
        for (JsonNode b : h.path("background")) {
            boolean named = b.path("id").asText().matches("israel|russia|ukraine");
            assertThat(b.path("standIn").asBoolean()).as(b.path("id").asText()).isEqualTo(!named);
        }
    }

    private static String line(String text, String start) {
        return Arrays.stream(text.split("\n"))
                .filter(l -> l.contains(start))
                .findFirst()
                .orElseThrow();
    }
}
