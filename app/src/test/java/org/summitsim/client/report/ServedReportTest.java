package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.json.Json;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.protocol.journal.JournalReader;
import org.summitsim.protocol.journal.JournalRecord;

/**
 * The report the teacher's page opens, from a server assembled as {@code summit serve} does: the
 * very debrief {@code summit report ROOM} writes, under a policy that allows its stylesheet.
 */
@IntegrationTest
class ServedReportTest {

    @TempDir
    Path data;

    @Test
    void summitServeHandsTheTeachersPageTheConsolesDebrief() throws Exception {
        try (ServedRoom played = ServedRoom.played(data)) {
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(played.link())).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(200);
            String console = new Reports(data, null).debrief(played.room, "html");
            assertThat(page.body()).as("the console's debrief").isEqualTo(console);
            var scenario = ScenarioCatalog.load(ServedRoom.SCENARIO);
            assertThat(page.body())
                    .contains(scenario.title(), "Period 3")
                    .contains(scenario.playable().stream().map(Delegation::name).toList());

            Matcher style =
                    Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page.body());
            assertThat(style.find()).isTrue();
            String hash = Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256")
                            .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .startsWith("default-src 'none'; style-src 'sha256-" + hash + "';")
                            .doesNotContain("unsafe", "'self'"));
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    /** The grade sheet the teacher's page saves is the console's, to download under its own name. */
    @Test
    void summitServeHandsTheTeachersPageTheConsolesGradeSheet() throws Exception {
        try (ServedRoom played = ServedRoom.played(data)) {
            HttpResponse<String> sheet = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(played.link("csv")))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(sheet.statusCode()).isEqualTo(200);
            assertThat(sheet.body())
                    .as("the console's grade sheet")
                    .isEqualTo(new Reports(data, null).debrief(played.room, "csv"))
                    .startsWith("seat,name,players,decision,");
            assertThat(sheet.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
            assertThat(sheet.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"period-3.csv\"");
        }
    }

    /**
     * A server assembled as {@code summit serve} has the bot programs' provider on its class path,
     * but no client can make it start a program: its rooms take built-in strategies only.
     */
    @Test
    void noClientCanMakeTheServerRunAProgram() throws Exception {
        Path marker = data.resolve("ran");
        try (ServedRoom played = ServedRoom.played(data)) {
            JsonNode refused = played.fillBots("exec:touch " + marker);
            assertThat(refused.path("code").asText()).isEqualTo("bot_unavailable");
            assertThat(refused.path("message").asText()).contains("utility");
        }
        assertThat(marker).doesNotExist();
    }

    /** The journal the running server wrote is read as the server wrote it, and left as it was. */
    @Test
    void theJournalTheServerWroteMakesTheReportByJoinCode() throws Exception {
        try (ServedRoom played = ServedRoom.played(data)) {
            Path file = data.resolve("rooms").resolve(played.room + ".jsonl");
            byte[] before = Files.readAllBytes(file);
            List<JournalRecord> records = JournalReader.lines(file).records();
            JournalRecord.RoomOpened room = (JournalRecord.RoomOpened) records.get(0);
            Map<String, String> bots = new TreeMap<>();
            records.stream()
                    .filter(JournalRecord.BotTook.class::isInstance)
                    .map(JournalRecord.BotTook.class::cast)
                    .forEach(b -> bots.put(b.seat(), b.strategy()));
            long events = records.stream()
                    .filter(JournalRecord.EventRecord.class::isInstance)
                    .count();

            JsonNode meta = Json.mapper()
                    .readTree(new Reports(data, null).debrief(room.code(), "json"))
                    .path("meta");
            assertThat(meta.path("room").asText()).isEqualTo(played.room);
            assertThat(meta.path("label").asText()).isEqualTo("Period 3");
            assertThat(meta.path("events").asLong()).isEqualTo(events);
            assertThat(bots)
                    .hasSize(
                            ScenarioCatalog.load(ServedRoom.SCENARIO).playable().size());
            assertThat(Json.mapper().convertValue(meta.path("bots"), Map.class)).isEqualTo(bots);
            assertThat(Files.readAllBytes(file))
                    .as("a report never changes the journal")
                    .isEqualTo(before);
        }
    }
}
