package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/**
 * A student who runs the join command after the summit has ended gets no seat, not even one a
 * bot played all game, and is told to watch as a spectator; the seat's own player still resumes
 * with its token, and a restarted server, which reads the end from the journal, refuses the same.
 * The seat rules themselves are tested without sockets (room.LateJoinTest).
 */
@IntegrationTest
class LateJoinTest {

    private static JsonNode join(TestClient c, String code, String seat) throws IOException {
        ObjectNode m = TestClient.msg("join").put("code", code).put("role", "player");
        if (seat != null) {
            m.put("seat", seat);
        }
        return c.awaitReply(c.request(m));
    }

    private static void assertRefused(JsonNode reply) {
        assertThat(reply.path("type").asText()).as("%s", reply).isEqualTo("error");
        assertThat(reply.path("code").asText()).isEqualTo("match_over");
        assertThat(reply.path("message").asText())
                .startsWith("The summit has ended, so its seats are closed.")
                .contains("watch the results as a spectator")
                .doesNotContain("\"", "resume", "token");
    }

    @Test
    void aLateJoinAfterTheEndTakesNoSeatEvenAfterARestart() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), "{\"bot\":\"silent\"}");
            String adasToken;
            try (TestClient f = room.facilitator();
                    TestClient ada = Rooms.join(s.port(), room.code(), "north", "Ada")) {
                adasToken = ada.find(n -> n.path("type").asText().equals("welcome"), "welcome")
                        .path("token")
                        .asText();
                ObjectNode fill = TestClient.msg("fill_bots");
                fill.putArray("seats").add("east");
                assertThat(f.awaitReply(f.request(fill)).path("type").asText()).isEqualTo("ack");
                f.commandOk("LOBBY", "{\"type\":\"start\"}");
                f.commandOk("BRIEFING", "{\"type\":\"end\"}");
                ada.awaitEvent("match_ended");

                try (TestClient zed = TestClient.hello(s.port(), "Zed")) {
                    assertRefused(join(zed, room.code(), "east"));
                    assertRefused(join(zed, room.code(), null));
                    JsonNode watching = zed.awaitReply(zed.request(
                            TestClient.msg("join").put("code", room.code()).put("role", "spectator")));
                    assertThat(watching.path("role").asText()).isEqualTo("spectator");
                    assertThat(watching.path("view").has("outcome")).isTrue();
                }
            }
            try (TestClient back = TestClient.hello(s.port(), "Ada")) {
                JsonNode welcome =
                        back.awaitReply(back.request(TestClient.msg("resume").put("token", adasToken)));
                assertThat(welcome.path("seat").asText()).isEqualTo("north");
            }

            s.close();
            try (TestServer again = TestServer.start(s.data, b -> b);
                    TestClient zed = TestClient.hello(again.port(), "Zed")) {
                assertRefused(join(zed, room.code(), "east"));
            }
        }
    }
}
