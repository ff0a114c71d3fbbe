package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/** A player the facilitator moves off a seat, or kicks, cannot come back to it with the old token. */
@IntegrationTest
class SeatTokenTest {

    @Test
    void aPlayerMadeSpectatorCannotResumeTheOldSeat() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator();
                    TestClient north = Rooms.join(s.port(), room.code(), "north", "Ada")) {
                String oldToken = welcome(north).path("token").asText();
                String player = welcome(north).path("player").asText();
                String id = f.request(
                        TestClient.msg("move_player").put("player", player).putNull("seat"));
                assertThat(f.awaitReply(id).path("type").asText()).isEqualTo("ack");
                assertThat(north.await(
                                        n -> n.path("type").asText().equals("welcome")
                                                && n.path("role").asText().equals("spectator"),
                                        "the spectator's welcome")
                                .has("token"))
                        .isFalse();
                assertResumeForbidden(s.port(), oldToken);
            }
        }
    }

    @Test
    void aKickedPlayerCannotResumeTheSeat() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator();
                    TestClient north = Rooms.join(s.port(), room.code(), "north", "Ada")) {
                String oldToken = welcome(north).path("token").asText();
                String id = f.request(TestClient.msg("kick")
                        .put("player", welcome(north).path("player").asText())
                        .put("reason", "Please use your own seat."));
                assertThat(f.awaitReply(id).path("type").asText()).isEqualTo("ack");
                assertThat(north.await("bye").path("code").asText()).isEqualTo("kicked");
                assertResumeForbidden(s.port(), oldToken);
            }
        }
    }

    private static JsonNode welcome(TestClient c) {
        return c.find(n -> n.path("type").asText().equals("welcome"), "welcome");
    }

    private static void assertResumeForbidden(int port, String token) throws Exception {
        try (TestClient again = TestClient.hello(port, "Ada")) {
            String id =
                    again.request(TestClient.msg("resume").put("token", token).put("lastSeq", 0));
            assertThat(again.awaitReply(id).path("code").asText()).isEqualTo("forbidden");
        }
    }
}
