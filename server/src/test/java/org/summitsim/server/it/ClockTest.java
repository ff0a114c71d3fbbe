package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/**
 * A deadline set by a real server's event loop ends the phase, and clients hear of it with an
 * absolute deadline. Deadline rules (pause, extend, exact timing) are tested on a manual clock
 * (room.DeadlineTest).
 */
@IntegrationTest
class ClockTest {

    private static final String FAST =
            "{\"timing\":{\"briefing\":1,\"opening\":1,\"round\":1,\"rounds\":1,\"decision\":1}}";

    @Test
    void aDeadlineEndsThePhaseAndClientsGetAbsoluteDeadlines() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), FAST);
            try (TestClient f = room.facilitator()) {
                f.command("LOBBY", "{\"type\":\"start\"}");
                JsonNode clock = f.await(
                        n -> n.path("type").asText().equals("clock")
                                && n.path("stage").asText().equals("BRIEFING"),
                        "briefing clock");
                assertThat(clock.path("deadline").asLong()
                                - clock.path("serverTime").asLong())
                        .isBetween(900L, 1000L);
                assertThat(clock.path("remainingMs").asLong()).isBetween(900L, 1000L);
                long t0 = System.currentTimeMillis();
                f.await(
                        n -> n.path("event")
                                .path("stage")
                                .path("phase")
                                .asText()
                                .equals("OPENING"),
                        "opening");
                assertThat(System.currentTimeMillis() - t0).isBetween(500L, 2500L);
            }
        }
    }
}
