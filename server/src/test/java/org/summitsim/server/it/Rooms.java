package org.summitsim.server.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.summitsim.core.json.Json;

/** Steps the integration tests share: create a room, join it, move it along. */
public final class Rooms {

    private Rooms() {}

    /** A facilitator who created a room; {@code welcome} is the facilitator's welcome. */
    public record Created(TestClient facilitator, String code, String token, JsonNode welcome) {}

    public static Created create(int port, String optionsJson) throws IOException {
        return create(port, optionsJson, "test-4x3");
    }

    public static Created create(int port, String optionsJson, String scenario) throws IOException {
        TestClient f = TestClient.hello(port, "Teacher");
        ObjectNode m = TestClient.msg("create_room").put("scenario", scenario);
        if (optionsJson != null) {
            m.set("options", Json.mapper().readTree(optionsJson));
        }
        String id = f.request(m);
        JsonNode created = f.awaitReply(id);
        if (!created.path("type").asText().equals("room_created")) {
            throw new AssertionError("create_room failed: " + created);
        }
        JsonNode welcome = f.await("welcome");
        return new Created(
                f,
                created.path("code").asText(),
                created.path("facilitatorToken").asText(),
                welcome);
    }

    /** A player at {@code seat} (null: assigned); returns the client after its welcome. */
    public static TestClient join(int port, String code, String seat, String name) throws IOException {
        TestClient c = TestClient.hello(port, name);
        ObjectNode m = TestClient.msg("join").put("code", code).put("role", "player");
        if (seat != null) {
            m.put("seat", seat);
        }
        String id = c.request(m);
        JsonNode w = c.awaitReply(id);
        if (!w.path("type").asText().equals("welcome")) {
            throw new AssertionError("join failed: " + w);
        }
        return c;
    }

    public static TestClient spectate(int port, String code) throws IOException {
        TestClient c = TestClient.hello(port, "Watcher");
        String id = c.request(TestClient.msg("join").put("code", code).put("role", "spectator"));
        JsonNode w = c.awaitReply(id);
        if (!w.path("type").asText().equals("welcome")) {
            throw new AssertionError("spectate failed: " + w);
        }
        return c;
    }

    /** Starts the summit and advances the facilitator to the first round. */
    public static void toRound1(TestClient f) throws IOException {
        f.commandOk("LOBBY", "{\"type\":\"start\"}");
        f.commandOk("BRIEFING", "{\"type\":\"advance\"}");
        f.commandOk("OPENING", "{\"type\":\"advance\"}");
    }
}
