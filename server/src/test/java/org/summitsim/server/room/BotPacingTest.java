package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bots in a room take their turn a thinking time after the news that woke them, never inside it. */
class BotPacingTest {

    private static long floorStatementsBy(FakeMember m, String seat) {
        return m.events().stream()
                .filter(e -> e.path("type").asText().equals("floor")
                        && e.path("seat").asText().equals(seat))
                .count();
    }

    /** North is human; the other three are utility bots that think for {@code thinkMs}. */
    private static RoomHarness withBots(long thinkMs) {
        RoomHarness h = RoomHarness.setup().botThinkMs(thinkMs).open();
        h.facilitator().request(FakeMember.msg("fill_bots").put("strategy", "utility"));
        return h;
    }

    @Test
    void aBotSpeaksOnlyOnceItsThinkingTimeHasPassed() {
        try (RoomHarness h = withBots(2_000)) {
            FakeMember f = h.facilitator();
            FakeMember north = h.join("north", "Ada");
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"advance\"}");

            h.advance(Duration.ofMillis(1_999));
            assertThat(floorStatementsBy(north, "east")).as("still thinking").isZero();
            h.advance(Duration.ofMillis(1));
            assertThat(floorStatementsBy(north, "east")).isPositive();
        }
    }

    @Test
    void aRemovedBotsTurnIsDropped() {
        try (RoomHarness h = withBots(2_000)) {
            FakeMember f = h.facilitator();
            FakeMember north = h.join("north", "Ada");
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"advance\"}");
            h.advance(Duration.ofMillis(1_000));

            f.request(FakeMember.msg("remove_bot").put("seat", "east"));
            h.advance(Duration.ofSeconds(10));

            assertThat(floorStatementsBy(north, "east")).isZero();
            assertThat(floorStatementsBy(north, "south")).isPositive();
        }
    }

    @Test
    void botsAlonePlayASummitToItsEndWithinItsDeadlines() {
        try (RoomHarness h = RoomHarness.setup().botThinkMs(1_500).open()) {
            FakeMember f = h.facilitator();
            f.request(FakeMember.msg("fill_bots").put("strategy", "utility"));
            f.commandOk("LOBBY", "{\"type\":\"start\"}");

            h.advance(Duration.ofHours(2));

            assertThat(f.eventTypes()).contains("vote_cast", "decisions_revealed", "match_ended");
            assertThat(h.finished()).isTrue();
        }
    }
}
