package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.json.Json;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.protocol.journal.ScenarioCopy;

/** Scenario files in the server's folder: offered at once, problems listed, rooms unmoved by later edits. */
@IntegrationTest
class ScenarioFolderTest {

    @TempDir
    Path data;

    /** The tests' small scenario under another id and title: a file no jar holds. */
    static String ownScenario(String id) throws IOException {
        try (InputStream in = ScenarioFolderTest.class.getResourceAsStream("/scenarios/test-4x3.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"id\": \"test-4x3\"", "\"id\": \"" + id + "\"")
                    .replace("Test summit: four delegations, three clauses", "Our own summit")
                    .replace(
                            "{\"id\": \"law\", \"title\": \"International law\",",
                            "{\"id\": \"law\", \"title\": \"International law\", \"notes\": \"TEACHER-ONLY note\","
                                    + " \"sources\": [\"TEACHER-ONLY source\"],");
        }
    }

    private Path folderFile(String name, String text) throws IOException {
        Path file = data.resolve("scenarios").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static JsonNode list(TestClient c) throws IOException {
        return c.awaitReply(c.request(TestClient.msg("list_scenarios")));
    }

    private static JsonNode offered(JsonNode scenarios, String id) {
        for (JsonNode s : scenarios.path("scenarios")) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        return null;
    }

    private Path journal() throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("rooms"))) {
            return files.filter(f -> f.toString().endsWith(".jsonl"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /**
     * A teacher's variant whose numbers changed since its par table was made is offered with a
     * warning that its scores out of 100 are off (a play-test's author saw a role's 47 shown as 0,
     * with no word anywhere); an unchanged copy has none.
     */
    @Test
    void aVariantWhoseParTableNoLongerFitsIsOfferedWithAWarning() throws Exception {
        String mini = Files.readString(Path.of("..", "scenarios", "classroom-mini.json"));
        folderFile("copy.json", mini.replace("\"id\": \"classroom-mini\"", "\"id\": \"class-9b\""));
        String changed = mini.replace("\"id\": \"classroom-mini\"", "\"id\": \"class-9b-changed\"")
                .replaceFirst("\"breadth\": 16,", "\"breadth\": 6,");
        assertThat(changed).contains("\"breadth\": 6,");
        folderFile("changed.json", changed);
        try (TestServer s = TestServer.start(data, b -> b);
                TestClient teacher = TestClient.hello(s.port(), "Teacher")) {
            JsonNode listed = list(teacher);
            assertThat(offered(listed, "class-9b").path("warnings")).isEmpty();
            assertThat(offered(listed, "class-9b-changed").path("warnings"))
                    .singleElement()
                    .satisfies(w -> assertThat(w.asText())
                            .startsWith("the par table was made for other numbers")
                            .contains("scores out of 100 are off", "--calibrate"));
        }
    }

    @Test
    void aFolderScenarioIsPlayedAsItWasWhenTheRoomWasCreated() throws Exception {
        Path file = folderFile("own.json", ownScenario("our-own"));
        String code;
        try (TestServer s = TestServer.start(data, b -> b)) {
            try (TestClient teacher = TestClient.hello(s.port(), "Teacher")) {
                JsonNode own = offered(list(teacher), "our-own");
                assertThat(own).as("offered from the folder").isNotNull();
                assertThat(own.path("source").asText()).isEqualTo("own.json");
                assertThat(own.path("title").asText()).isEqualTo("Our own summit");
            }
            Rooms.Created room = Rooms.create(s.port(), null, "our-own");
            code = room.code();
            assertThat(room.welcome().path("scenario").path("title").asText()).isEqualTo("Our own summit");
            Rooms.toRound1(room.facilitator());

            // Edited while the room plays: offered at once in its new form...
            String edited = ownScenario("our-own").replace("Northland", "Renamedland");
            Files.writeString(file, edited);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            try (TestClient other = TestClient.hello(s.port(), "Other")) {
                assertThat(offered(list(other), "our-own").path("hash").asText())
                        .isEqualTo(ScenarioFile.hash(edited));
            }
            // ...while the room keeps the version it was created from.
            try (TestClient watcher = Rooms.spectate(s.port(), code)) {
                assertThat(Json.write(watcher.find(w -> w.path("type").asText().equals("welcome"), "welcome")))
                        .contains("Northland", "International law")
                        .doesNotContain("Renamedland", "TEACHER-ONLY");
            }
            room.facilitator().close();
        }
        Path journal = journal();
        String header = Files.readAllLines(journal).get(0);
        String copy = Files.readString(ScenarioCopy.beside(journal));
        assertThat(copy).isEqualTo(ownScenario("our-own"));
        assertThat(Json.mapper().readTree(header).path("scenarioHash").asText()).isEqualTo(ScenarioFile.hash(copy));

        // Deleted from the folder, then the server restarts: the room comes back as it was played.
        Files.delete(file);
        try (TestServer again = TestServer.start(data, b -> b);
                TestClient watcher = Rooms.spectate(again.port(), code)) {
            assertThat(again.server.restoredRooms()).isEqualTo(1);
            JsonNode welcome = watcher.find(w -> w.path("type").asText().equals("welcome"), "welcome");
            assertThat(welcome.path("scenario").path("title").asText()).isEqualTo("Our own summit");
            assertThat(Json.write(welcome)).contains("Northland");
        }
    }

    @Test
    void aCopyChangedBehindTheServersBackIsNotPlayed() throws Exception {
        folderFile("own.json", ownScenario("our-own"));
        try (TestServer s = TestServer.start(data, b -> b)) {
            Rooms.create(s.port(), null, "our-own").facilitator().close();
        }
        Path copy = ScenarioCopy.beside(journal());
        Files.writeString(copy, Files.readString(copy).replace("Northland", "Renamedland"));
        try (TestServer again = TestServer.start(data, b -> b)) {
            assertThat(again.server.restoredRooms()).isZero();
        }
    }

    @Test
    void filesThatCannotBePlayedAreListedWithEveryProblem() throws Exception {
        folderFile("typo.json", ownScenario("typo").replaceFirst("\"preferences\"", "\"prefernces\""));
        folderFile("broken.json", "{\"id\": \"broken\",\n  \"title\": \"x\"\n  \"briefing\": \"y\"}");
        folderFile("taken.json", ownScenario("classroom-mini"));
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        root.setLevel(Level.WARN);
        root.addAppender(log);
        try (TestServer s = TestServer.start(data, b -> b);
                TestClient c = TestClient.hello(s.port(), "Teacher")) {
            // At start, each problem is in the server's log with its file and JSON path.
            assertThat(log.list.stream().map(ILoggingEvent::getFormattedMessage).toList())
                    .anySatisfy(m -> assertThat(m).contains("broken.json", "line 3, column 3"))
                    .anySatisfy(m -> assertThat(m).contains("taken.json", "id: the id \"classroom-mini\""))
                    .anySatisfy(m -> assertThat(m).contains("typo.json", "delegations[0].prefernces: unknown field"));
            JsonNode reply = list(c);
            assertThat(offered(reply, "typo")).isNull();
            assertThat(offered(reply, "classroom-mini").path("source").asText()).isEqualTo("shipped");
            JsonNode invalid = reply.path("invalid");
            assertThat(invalid).hasSize(3);
            assertThat(invalid.get(0).path("file").asText()).isEqualTo("broken.json");
            assertThat(invalid.get(0).path("problems").get(0).asText()).startsWith("line 3, column 3:");
            assertThat(invalid.get(1).path("file").asText()).isEqualTo("taken.json");
            assertThat(invalid.get(1).path("problems").get(0).asText())
                    .contains("id: the id \"classroom-mini\" is already used by a scenario shipped with Summit");
            assertThat(invalid.get(2).path("file").asText()).isEqualTo("typo.json");
            assertThat(invalid.get(2).path("problems").toString())
                    .contains("delegations[0].prefernces: unknown field; did you mean \\\"preferences\\\"?");

            String id = c.request(TestClient.msg("create_room").put("scenario", "typo"));
            assertThat(c.awaitReply(id).path("code").asText()).isEqualTo("unknown_scenario");
        } finally {
            root.detachAppender(log);
            root.setLevel(before);
        }
    }
}
