package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/** A request that arrives just after its sender left the room is answered, never dropped. */
@IntegrationTest
class LeaveRaceTest {

    @Test
    void requestsRightAfterALeaveAreAnswered() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator()) {
                for (int i = 0; i < 20; i++) {
                    try (TestClient north = Rooms.spectate(s.port(), room.code())) {
                        // Sent back to back: the second may reach the room before the connection is back in the lobby.
                        String first = north.request(TestClient.msg("leave"));
                        String second = north.request(TestClient.msg("leave"));
                        assertThat(north.awaitReply(first).path("type").asText())
                                .isEqualTo("left");
                        assertThat(north.awaitReply(second).path("code").asText())
                                .isEqualTo("not_in_room");
                    }
                }
            }
        }
    }
}
