package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Phase deadlines are the room's timers: they fire on time, pause stops them, extend moves them. */
class DeadlineTest {

    private static final String ONE_SECOND_PHASES =
            "{\"timing\":{\"briefing\":1,\"opening\":1,\"round\":1,\"rounds\":1,\"decision\":1}}";

    private static boolean phaseStarted(JsonNode n, String phase) {
        return n.path("event").path("type").asText().equals("phase_started")
                && n.path("event").path("stage").path("phase").asText().equals(phase);
    }

    @Test
    void aDeadlineEndsThePhaseExactlyWhenItIsDue() {
        try (RoomHarness h = RoomHarness.setup().options(ONE_SECOND_PHASES).open()) {
            FakeMember f = h.facilitator();
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            JsonNode clock = f.last("clock");
            assertThat(clock.path("stage").asText()).isEqualTo("BRIEFING");
            assertThat(clock.path("deadline").asLong()).isEqualTo(h.now() + 1_000);
            assertThat(clock.path("remainingMs").asLong()).isEqualTo(1_000);

            h.advance(Duration.ofMillis(999));
            assertThat(f.receivedAny(n -> phaseStarted(n, "OPENING")))
                    .as("a millisecond early")
                    .isFalse();
            h.advance(Duration.ofMillis(1));
            assertThat(f.receivedAny(n -> phaseStarted(n, "OPENING")))
                    .as("on time")
                    .isTrue();
            assertThat(f.last("clock").path("deadline").asLong()).isEqualTo(h.now() + 1_000);
        }
    }

    @Test
    void everyPhaseRunsOutInTurnUntilTheResults() {
        try (RoomHarness h = RoomHarness.setup().options(ONE_SECOND_PHASES).open()) {
            FakeMember f = h.facilitator();
            f.commandOk("LOBBY", "{\"type\":\"start\"}");

            h.advance(Duration.ofSeconds(5));

            assertThat(f.eventTypes()).contains("decisions_revealed", "match_ended");
            assertThat(h.finished()).isTrue();
            assertThat(h.clock().pending()).as("no timer left behind").isZero();
        }
    }

    @Test
    void pauseStopsTheClockAndResumeRestartsItWithWhatWasLeft() {
        try (RoomHarness h =
                RoomHarness.setup().options("{\"timing\":{\"briefing\":2}}").open()) {
            FakeMember f = h.facilitator();
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            h.advance(Duration.ofMillis(500));
            f.commandOk("BRIEFING", "{\"type\":\"pause\"}");
            JsonNode paused = f.last("clock");
            assertThat(paused.path("paused").asBoolean()).isTrue();
            assertThat(paused.has("deadline")).isFalse();
            assertThat(paused.path("remainingMs").asLong()).isEqualTo(1_500);

            h.advance(Duration.ofHours(1));
            assertThat(f.receivedAny(n -> phaseStarted(n, "OPENING")))
                    .as("paused for an hour")
                    .isFalse();

            f.commandOk("BRIEFING", "{\"type\":\"extend\",\"seconds\":-1}");
            f.commandOk("BRIEFING", "{\"type\":\"resume\"}");
            JsonNode resumed = f.last("clock");
            assertThat(resumed.path("remainingMs").asLong()).isEqualTo(500);
            h.advance(Duration.ofMillis(499));
            assertThat(f.receivedAny(n -> phaseStarted(n, "OPENING"))).isFalse();
            h.advance(Duration.ofMillis(1));
            assertThat(f.receivedAny(n -> phaseStarted(n, "OPENING"))).isTrue();
        }
    }

    @Test
    void anExtensionMovesTheDeadline() {
        try (RoomHarness h =
                RoomHarness.setup().options("{\"timing\":{\"briefing\":10}}").open()) {
            FakeMember f = h.facilitator();
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"extend\",\"seconds\":30}");

            h.advance(Duration.ofSeconds(39));
            assertThat(f.receivedAny(n -> phaseStarted(n, "OPENING"))).isFalse();
            h.advance(Duration.ofSeconds(1));
            assertThat(f.receivedAny(n -> phaseStarted(n, "OPENING"))).isTrue();
        }
    }

    @Test
    void aRoomNobodyStartsExpiresAfterItsLobbyMinutes() {
        try (RoomHarness h = RoomHarness.setup().options("{\"lobbyMinutes\":5}").open()) {
            FakeMember north = h.join("north", "Ada");

            h.advance(Duration.ofMinutes(5).minusMillis(1));
            assertThat(h.expired()).isFalse();
            h.advance(Duration.ofMillis(1));

            assertThat(h.expired()).isTrue();
            assertThat(north.last("bye").path("code").asText()).isEqualTo("room_expired");
            assertThat(h.tokenWorks(north.token())).isFalse();
        }
    }
}
