package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;

/**
 * One anonymous client must not be able to fill the server's room limit: rooms per address are
 * counted, a server may require the facilitator key, and rooms nobody starts expire.
 */
@IntegrationTest
class RoomCreationLimitsTest {

    @TempDir
    Path data;

    private static JsonNode create(TestClient c, String key) throws IOException {
        ObjectNode m = TestClient.msg("create_room").put("scenario", "test-4x3");
        if (key != null) {
            m.put("key", key);
        }
        JsonNode reply = c.awaitReply(c.request(m));
        if (reply.path("type").asText().equals("room_created")) {
            c.await("welcome");
            c.awaitReply(c.request(TestClient.msg("leave")));
        }
        return reply;
    }

    @Test
    void anAddressMayCreateOnlyItsQuotaOfRooms() throws Exception {
        try (TestServer s = TestServer.start(data, b -> b.roomQuota(3, 3_600_000));
                TestClient c = TestClient.hello(s.port(), "Flooder")) {
            for (int i = 0; i < 3; i++) {
                assertThat(create(c, null).path("type").asText()).isEqualTo("room_created");
            }
            JsonNode refused = create(c, null);
            assertThat(refused.path("code").asText()).isEqualTo("room_quota");
            assertThat(refused.path("message").asText()).contains("as many rooms as it may");
            assertThat(s.server.rooms()).hasSize(3);
            // Another connection from the same address is the same address.
            try (TestClient again = TestClient.hello(s.port(), "Flooder again")) {
                assertThat(create(again, null).path("code").asText()).isEqualTo("room_quota");
            }
        }
    }

    @Test
    void aServerThatRequiresTheKeyCreatesRoomsOnlyWithIt() throws Exception {
        try (TestServer s = TestServer.start(data, b -> b.facilitatorKey("fk.secret"));
                TestClient c = TestClient.hello(s.port(), "Teacher")) {
            JsonNode missing = create(c, null);
            assertThat(missing.path("code").asText()).isEqualTo("key_required");
            assertThat(missing.path("message").asText()).contains("--key");
            JsonNode wrong = create(c, "fk.guess");
            assertThat(wrong.path("code").asText()).isEqualTo("key_required");
            assertThat(wrong.path("message").asText()).contains("not this server's facilitator key");
            assertThat(s.server.rooms()).isEmpty();
            assertThat(create(c, "fk.secret").path("type").asText()).isEqualTo("room_created");
            assertThat(s.server.rooms()).hasSize(1);
        }
    }

    @Test
    void aRoomNeverStartedExpiresAndIsNotRestored() throws Exception {
        String code;
        String waitingRoom;
        try (TestServer s = TestServer.start(data, b -> b)) {
            Rooms.Created waiting = Rooms.create(s.port(), "{\"lobbyMinutes\":30}");
            Rooms.Created started = Rooms.create(s.port(), "{\"lobbyMinutes\":30}");
            waiting.facilitator().close();
            started.facilitator().commandOk("LOBBY", "{\"type\":\"start\"}");
            started.facilitator().close();
            code = waiting.code();
            waitingRoom = waiting.welcome().path("room").asText();
        }
        // Both rooms were made an hour ago, as if the server had been down over their expiry.
        for (Path f : Files.list(data.resolve("rooms"))
                .filter(f -> f.toString().endsWith(".jsonl"))
                .toList()) {
            backdate(f, 3_600_000);
        }
        try (TestServer s = TestServer.start(data, b -> b)) {
            assertThat(s.server.restoredRooms()).isEqualTo(2);
            // The expiry runs on the room's loop just after the restore.
            for (int i = 0; i < 500 && s.server.rooms().size() > 1; i++) {
                Thread.sleep(10);
            }
            try (TestClient c = TestClient.hello(s.port(), "Student")) {
                JsonNode reply = c.awaitReply(
                        c.request(TestClient.msg("join").put("code", code).put("role", "player")));
                assertThat(reply.path("code").asText()).isEqualTo("unknown_code");
            }
            assertThat(s.server.rooms()).hasSize(1);
            assertThat(s.server.rooms().get(0).stage()).isNotEqualTo("LOBBY");
            assertThat(data.resolve("rooms").resolve(waitingRoom + ".jsonl")).doesNotExist();
        }
    }

    /** Moves the room's creation {@code ms} into the past in its journal header. */
    private static void backdate(Path file, long ms) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Matcher m = Pattern.compile("\"created\":(\\d+)").matcher(lines.get(0));
        assertThat(m.find()).isTrue();
        long created = Long.parseLong(m.group(1));
        lines.set(0, lines.get(0).replace(m.group(), "\"created\":" + (created - ms)));
        Files.write(file, lines);
    }
}
