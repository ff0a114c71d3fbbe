package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A seat whose player the facilitator moves elsewhere or removes is not held for them (they
 * cannot come back to it: its token is new). The bot they had taken it over from comes back at
 * once; a seat nobody had taken from a bot follows the room's absent policy at once.
 */
class MovedOffSeatTest {

    @Test
    void theBotAStudentTookTheSeatFromComesBackWhenTheyAreMoved() {
        try (RoomHarness h =
                RoomHarness.setup().options("{\"graceSeconds\":120}").open()) {
            FakeMember f = h.facilitator();
            fill(f, "east", "silent");
            FakeMember leo = h.join("east", "Leo");
            assertThat(Presence.status(f, "east")).isEqualTo("present");

            move(f, leo, "west");

            assertThat(Presence.status(f, "east"))
                    .as("no wait for Leo, now at another seat")
                    .isEqualTo("bot");
            assertThat(Presence.seat(f, "east").path("bot").asText()).isEqualTo("silent");
            assertThat(Presence.status(f, "west")).isEqualTo("present");
        }
    }

    @Test
    void theBotComesBackWhenTheStudentIsRemoved() {
        try (RoomHarness h =
                RoomHarness.setup().options("{\"graceSeconds\":120}").open()) {
            FakeMember f = h.facilitator();
            fill(f, "east", "silent");
            FakeMember leo = h.join("east", "Leo");

            f.request(FakeMember.msg("kick").put("player", leo.player()));

            assertThat(Presence.status(f, "east")).isEqualTo("bot");
        }
    }

    @Test
    void aSeatWithoutABotBeforeFollowsTheAbsentPolicyAtOnce() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"graceSeconds\":120,\"absent\":\"bot\",\"bot\":\"silent\"}")
                .open()) {
            FakeMember f = h.facilitator();
            FakeMember ada = h.join("north", "Ada");

            f.request(FakeMember.msg("move_player").put("player", ada.player()));

            assertThat(Presence.status(f, "north")).isEqualTo("bot");
        }
    }

    @Test
    void underTheOpenPolicyTheSeatIsFreeForTheNextStudentAtOnce() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"graceSeconds\":120,\"handover\":\"history\"}")
                .open()) {
            FakeMember f = h.facilitator();
            FakeMember ada = h.join("north", "Ada");

            move(f, ada, "south");
            FakeMember bo = h.join("north", "Bo");

            assertThat(bo.last("welcome").path("seat").asText()).isEqualTo("north");
        }
    }

    @Test
    void aBotTheFacilitatorTookOffDoesNotComeBack() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"graceSeconds\":120,\"handover\":\"history\"}")
                .open()) {
            FakeMember f = h.facilitator();
            fill(f, "east", "silent");
            FakeMember leo = h.join("east", "Leo");
            move(f, leo, "west");
            f.request(FakeMember.msg("remove_bot").put("seat", "east"));
            h.advance(Duration.ofSeconds(120));
            FakeMember bo = h.join("east", "Bo");

            move(f, bo, "south");

            assertThat(Presence.status(f, "east")).isEqualTo("absent");
        }
    }

    @Test
    void aBotFromBeforeAnEarlierStudentDoesNotComeBackForALaterOne() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"graceSeconds\":10,\"handover\":\"history\"}")
                .open()) {
            FakeMember f = h.facilitator();
            fill(f, "east", "silent");
            FakeMember leo = h.join("east", "Leo");
            leo.disconnect();
            h.advance(Duration.ofSeconds(10)); // Leo's grace is over; the seat is free, with no bot
            FakeMember bo = h.join("east", "Bo");

            move(f, bo, "west");

            assertThat(Presence.status(f, "east"))
                    .as("Bo took a free seat, not a bot's: the absent rule (open) applies")
                    .isEqualTo("absent");
        }
    }

    @Test
    void aStudentWhoDropsOutStillHasTheGracePeriod() {
        try (RoomHarness h =
                RoomHarness.setup().options("{\"graceSeconds\":120}").open()) {
            FakeMember f = h.facilitator();
            fill(f, "east", "silent");
            FakeMember leo = h.join("east", "Leo");

            leo.disconnect();

            assertThat(Presence.status(f, "east"))
                    .as("held for Leo, who may come back")
                    .isEqualTo("absent");
        }
    }

    /** The facilitator moves {@code who} to {@code seat}. */
    private static void move(FakeMember f, FakeMember who, String seat) {
        f.request(FakeMember.msg("move_player").put("player", who.player()).put("seat", seat));
    }

    private static void fill(FakeMember f, String seat, String strategy) {
        ObjectNode fill = FakeMember.msg("fill_bots").put("strategy", strategy);
        fill.putArray("seats").add(seat);
        f.request(fill);
    }
}
