package org.summitsim.client.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.client.net.ProtocolClient;
import org.summitsim.client.net.Requests;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.json.Json;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.protocol.journal.ScenarioCopy;
import org.summitsim.server.SummitServer;

/**
 * A class played from a teacher's own scenario file, which no jar holds: uploaded with
 * `class create --scenario FILE` or placed in the server's scenario folder, played to the end,
 * and reported from the content it was played with even after the file is edited.
 */
@IntegrationTest
class OwnScenarioClassTest {

    private static final Pattern TOKEN = Pattern.compile("Facilitator token: +(\\S+)");
    private static final Pattern ROOM = Pattern.compile("\\(room (r-[a-z0-9]+)\\)");

    @TempDir
    Path data;

    @TempDir
    Path desk;

    private SummitServer server;
    private String address;

    @BeforeEach
    void start() throws IOException {
        server = new SummitServer(SummitServer.Config.defaults().toBuilder()
                        .port(0)
                        .dataDir(data)
                        .fsync(false)
                        .botThinkMs(0)
                        .journalThreads(1)
                        .ioThreads(2)
                        .allowUploads(true)
                        .build())
                .start();
        address = "127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    /** The first lesson as a file of the teacher's own: another id, title and host. */
    private static String ownLesson() {
        return ScenarioFile.shipped("classroom-mini")
                .text()
                .replace("\"id\": \"classroom-mini\"", "\"id\": \"our-lesson\"")
                .replace("First lesson: six states and a Call to Action on military AI", "Our own lesson")
                .replace("\"name\": \"Netherlands\"", "\"name\": \"Hostland\"")
                .replace(
                        "\"id\": \"our-lesson\",",
                        "\"id\": \"our-lesson\", \"notes\": \"Adapted for period 3.\","
                                + " \"sources\": [\"Call to Action, 16 February 2023\"],"
                                + " \"finalAdoption\": {\"rule\": \"quorum\", \"minSignatories\": 40},");
    }

    /** Bots in every seat, one round, to the results: the room's whole match. */
    private void playToTheEnd(String token) throws IOException {
        try (ProtocolClient chair =
                ProtocolClient.connect("127.0.0.1", server.port(), "test", "Teacher", new ProtocolClient.Handler() {
                    @Override
                    public void message(JsonNode message, String raw) {}

                    @Override
                    public void closed(String reason) {}
                })) {
            JsonNode welcome = chair.call(Requests.resume(token, "Teacher", 0), ProtocolClient.REPLY_TIMEOUT_MS);
            assertThat(welcome.path("role").asText()).isEqualTo("facilitator");
            assertThat(chair.call(Requests.fillBots(null, null), ProtocolClient.REPLY_TIMEOUT_MS)
                            .path("type")
                            .asText())
                    .isEqualTo("ack");
            command(chair, "LOBBY", "start");
            // Bots move some phases on by themselves, so advance whatever phase the room is in until the results.
            for (int i = 0; i < 20; i++) {
                String stage = chair.call(Requests.getClock(), ProtocolClient.REPLY_TIMEOUT_MS)
                        .path("stage")
                        .asText();
                if (stage.equals("RESULTS")) {
                    return;
                }
                command(chair, stage, "advance");
            }
            throw new AssertionError("the room did not reach its results");
        }
    }

    private static JsonNode command(ProtocolClient chair, String stage, String type) throws IOException {
        ObjectNode m = Json.mapper().createObjectNode().put("type", "command").put("stage", stage);
        m.set("command", Json.mapper().createObjectNode().put("type", type));
        return chair.call(m, ProtocolClient.REPLY_TIMEOUT_MS);
    }

    private String report(String room) {
        CommandRun r = run("report", room, "--data", data.toString(), "--format", "md");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    /**
     * A file whose numbers changed since its par table was made rates every student wrongly: the
     * class sheet says so first (the check runs here, where the file is read, not on the server).
     */
    @Test
    void aFileWhoseParTableNoLongerFitsIsSaidToOnTheClassSheet() throws IOException {
        String copy =
                ScenarioFile.shipped("classroom-mini").text().replace("\"id\": \"classroom-mini\"", "\"id\": \"copy\"");
        Path same = Files.writeString(desk.resolve("copy.json"), copy);
        CommandRun fine = run("class", "create", "--server", address, "--scenario", same.toString());
        assertThat(fine.exitCode()).as(fine.err()).isZero();
        assertThat(fine.out()).doesNotContain("par table");

        Path changed = Files.writeString(
                desk.resolve("changed.json"),
                copy.replace("\"id\": \"copy\"", "\"id\": \"changed\"")
                        .replaceFirst("\"breadth\": 16,", "\"breadth\": 6,"));
        CommandRun warned = run("class", "create", "--server", address, "--scenario", changed.toString());
        assertThat(warned.exitCode()).as(warned.err()).isZero();
        assertThat(warned.out())
                .contains("Note: the par table was made for other numbers")
                .contains("scores out of 100 are off");
    }

    @Test
    void anUploadedScenarioIsPlayedAndReportedAsItWasWhenPlayed() throws IOException {
        Path file = Files.writeString(desk.resolve("our-lesson.json"), ownLesson());
        CommandRun created =
                run("class", "create", "--server", address, "--scenario", file.toString(), "--rounds", "1");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("Our own lesson");
        String room = first(ROOM, created.out());
        playToTheEnd(first(TOKEN, created.out()));

        Files.writeString(
                file, ownLesson().replace("Our own lesson", "Edited lesson").replace("Hostland", "Editland"));
        String md = report(room);
        assertThat(md).contains("Our own lesson", "Hostland").doesNotContain("Edited lesson", "Editland");
        assertThat(md)
                .containsPattern("- \\*\\*The declaration:\\*\\* (Adopted|Not adopted, so no one is bound by it):"
                        + " the declaration is adopted only if at least 40 states sign it.");
        assertThat(md)
                .contains(
                        "## Sources and notes",
                        "**The scenario**: Adapted for period 3.",
                        "- Call to Action, 16 February 2023");

        // A copy changed behind the report's back is refused, not silently used.
        Path copy = ScenarioCopy.beside(data.resolve("rooms").resolve(room + ".jsonl"));
        Files.writeString(copy, Files.readString(copy).replace("Hostland", "Editland"));
        CommandRun refused = run("report", room, "--data", data.toString(), "--format", "md");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("was changed after the room was played");
    }

    @Test
    void aScenarioInTheServersFolderIsPlayedByIdAndReported() throws IOException {
        Files.createDirectories(data.resolve("scenarios"));
        Path file = Files.writeString(data.resolve("scenarios").resolve("lesson.json"), ownLesson());
        CommandRun created = run("class", "create", "--server", address, "--scenario", "our-lesson", "--rounds", "1");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String room = first(ROOM, created.out());
        playToTheEnd(first(TOKEN, created.out()));
        Files.delete(file);
        assertThat(report(room)).contains("Our own lesson", "Hostland");
    }

    @Test
    void aBadFileIsRefusedWithWhereAndWhat() throws IOException {
        Path file =
                Files.writeString(desk.resolve("bad.json"), ownLesson().replaceFirst("\"briefing\":", "\"briefng\":"));
        CommandRun r = run("class", "create", "--server", address, "--scenario", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(file.toString(), "briefng: unknown field; did you mean \"briefing\"?");
        assertThat(server.rooms()).isEmpty();
    }

    @Test
    void scenarioListShowsFolderFilesWithTheirProblemsHereAndOnTheServer() throws IOException {
        Files.createDirectories(data.resolve("scenarios"));
        Files.writeString(data.resolve("scenarios").resolve("lesson.json"), ownLesson());
        Files.writeString(
                data.resolve("scenarios").resolve("typo.json"),
                ownLesson().replace("our-lesson", "typo").replaceFirst("\"preferences\"", "\"prefs\""));
        CommandRun show = run(
                "scenario",
                "show",
                data.resolve("scenarios").resolve("lesson.json").toString());
        assertThat(show.out())
                .startsWith("Our own lesson (our-lesson)")
                .contains(ScenarioFile.shipped("classroom-mini").scenario().setting());
        for (CommandRun r : List.of(
                run("scenario", "list", "--data", data.toString()), run("scenario", "list", "--server", address))) {
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            assertThat(r.out())
                    .containsPattern("classroom-mini +6 +shipped")
                    .containsPattern("our-lesson +6 +lesson.json +Our own lesson")
                    .contains(
                            "1 file cannot be played until fixed",
                            "typo.json: 1 problem",
                            "  delegations[0].prefs: unknown field; did you mean \"preferences\"?");
        }
    }

    @Test
    void aDemoPlaysAScenarioFileInTheConsole() throws IOException {
        Path file = Files.writeString(desk.resolve("our-lesson.json"), ownLesson());
        Path script = Files.writeString(desk.resolve("script.txt"), "brief\n");
        CommandRun r = run(
                "demo",
                "--scenario",
                file.toString(),
                "--as",
                "united-states",
                "--script",
                script.toString(),
                "--journals",
                desk.resolve("demos").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String brief = ScenarioFile.shipped("classroom-mini")
                .scenario()
                .delegation("united-states")
                .orElseThrow()
                .brief();
        assertThat(r.out())
                .contains(
                        "You lead the delegation of the United States at Our own lesson",
                        "Careful: the declaration is adopted only if at least 40 states sign it.",
                        brief.substring(0, brief.indexOf(' ', 20)));
    }
}
