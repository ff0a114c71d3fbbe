package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.client.report.journal.ReportException;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Outcome;

/** Parallel rooms of one scenario side by side. */
class ReportCompareTest {

    @TempDir
    Path dir;

    @Test
    void putsRoomsSideBySide() throws IOException {
        Path a = ReportFixtures.headless(dir, "classroom-mini", 1, "utility");
        Path b = ReportFixtures.headless(dir, "classroom-mini", 2, "hardliner", "mediator");
        Path c = ReportFixtures.serverJournal(dir.resolve("period3.jsonl"), ReportFixtures.scripted(true, true));
        Reports reports = new Reports(dir, null);
        JsonNode json =
                Json.mapper().readTree(reports.compare(List.of(a.toString(), b.toString(), c.toString()), "json"));
        assertThat(json.path("rooms")).hasSize(3);
        assertThat(json.path("rooms").get(2).path("label").asText()).isEqualTo("Period 3");
        Outcome first = ReportFixtures.play("classroom-mini", 1, "utility").outcome();
        assertThat(json.path("rooms").get(0).path("signatories").asInt()).isEqualTo(first.signatoryCount());
        double mean = first.scores().values().stream()
                .mapToDouble(s -> s.total())
                .average()
                .orElseThrow();
        assertThat(json.path("rooms").get(0).path("meanScore").asDouble()).isEqualTo(mean);
        assertThat(json.path("text")).hasSize(3);
        assertThat(json.path("text").get(0).path("labels")).hasSize(3);
        assertThat(json.path("delegations").get(4).path("decisions").get(2).asText())
                .isEqualTo("PUSH_BINDING");

        String html = reports.compare(List.of(a.toString(), b.toString(), c.toString()), "html");
        assertThat(html)
                .contains("<svg class=\"chart signatories\"", "Period 3", "headless match, seed 2", "In reality");
        String md = reports.compare(List.of(a.toString(), c.toString()), "md");
        assertThat(md)
                .contains("## Outcomes", "## Final texts", "## Each delegation in each room", "| **Binding law** |");
    }

    @Test
    void refusesRoomsOfDifferentScenarios() throws IOException {
        Path a = ReportFixtures.headless(dir, "classroom-mini", 1, "utility");
        Path b = ReportFixtures.headless(dir, "seoul-2024", 1, "utility");
        assertThatThrownBy(() -> new Reports(dir, null).compare(List.of(a.toString(), b.toString()), "md"))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("same scenario");
    }
}
