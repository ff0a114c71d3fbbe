package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Phase deadlines are server timers; pause stops the clock, resume restarts it. */
class ClockTest {

    private static final String FAST = "{\"timing\":{\"briefing\":1,\"opening\":1,\"round\":1,\"rounds\":1,\"decision\":1}}";

    @Test
    void aDeadlineEndsThePhaseAndClientsGetAbsoluteDeadlines() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), FAST);
            try (TestClient f = room.facilitator()) {
                f.command("LOBBY", "{\"type\":\"start\"}");
                JsonNode clock = f.await(n -> n.path("type").asText().equals("clock")
                        && n.path("stage").asText().equals("BRIEFING"), "briefing clock");
                assertThat(clock.path("deadline").asLong() - clock.path("serverTime").asLong()).isBetween(900L, 1000L);
                assertThat(clock.path("remainingMs").asLong()).isBetween(900L, 1000L);
                long t0 = System.currentTimeMillis();
                f.await(n -> n.path("event").path("stage").path("phase").asText().equals("OPENING"), "opening");
                assertThat(System.currentTimeMillis() - t0).isBetween(500L, 2500L);
            }
        }
    }

    @Test
    void pauseStopsTheClockAndResumeRestartsIt() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), "{\"timing\":{\"briefing\":2}}");
            try (TestClient f = room.facilitator()) {
                f.commandOk("LOBBY", "{\"type\":\"start\"}");
                String pause = f.command("BRIEFING", "{\"type\":\"pause\"}");
                JsonNode paused = f.await(n -> n.path("type").asText().equals("clock") && n.path("paused").asBoolean(),
                        "paused clock");
                assertThat(f.awaitReply(pause).path("type").asText()).isEqualTo("ack");
                assertThat(paused.has("deadline")).isFalse();
                assertThat(paused.path("remainingMs").asLong()).isBetween(1000L, 2000L);
                assertThat(f.drain(2500)).noneMatch(n -> n.path("event").path("type").asText().equals("phase_started"));
                f.commandOk("BRIEFING", "{\"type\":\"extend\",\"seconds\":-1}");
                f.command("BRIEFING", "{\"type\":\"resume\"}");
                JsonNode resumed = f.await(n -> n.path("type").asText().equals("clock") && !n.path("paused").asBoolean()
                        && n.has("deadline"), "running clock");
                assertThat(resumed.path("remainingMs").asLong()).isLessThanOrEqualTo(1000L);
                f.await(n -> n.path("event").path("stage").path("phase").asText().equals("OPENING"), "opening");
            }
        }
    }
}
