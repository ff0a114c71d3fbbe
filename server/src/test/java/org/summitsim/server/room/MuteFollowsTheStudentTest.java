package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A teacher mutes a student, not a seat: moved to another seat the student stays muted; the seat
 * they leave is not, so the bot or the student who plays it next is heard. A bot on a seat muted
 * from the console still plays it: its decision counts, without its words.
 */
class MuteFollowsTheStudentTest {

    @Test
    void aMutedStudentMovedToAnotherSeatStaysMutedAndTheBotBackOnTheOldSeatIsNot() {
        try (RoomHarness h =
                RoomHarness.setup().options("{\"graceSeconds\":120}").open()) {
            FakeMember f = h.facilitator();
            fill(f, "east", "silent");
            FakeMember leo = h.join("east", "Leo");
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"mute\",\"seat\":\"east\"}");

            f.request(FakeMember.msg("move_player").put("player", leo.player()).put("seat", "west"));

            assertThat(Presence.status(f, "east")).isEqualTo("bot");
            assertThat(h.room().match().state().muted()).containsExactly("west");
            assertThat(leo.command("BRIEFING", "{\"type\":\"say\",\"text\":\"Hello from the west.\"}"))
                    .satisfies(id ->
                            assertThat(leo.reply(id).path("code").asText()).isEqualTo("muted"));
        }
    }

    @Test
    void aMutedStudentMovedToWatchingOrRemovedLeavesTheSeatUnmuted() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"graceSeconds\":120,\"absent\":\"bot\",\"bot\":\"silent\"}")
                .open()) {
            FakeMember f = h.facilitator();
            FakeMember ada = h.join("north", "Ada");
            FakeMember bo = h.join("south", "Bo");
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"mute\",\"seat\":\"north\"}");
            f.commandOk("BRIEFING", "{\"type\":\"mute\",\"seat\":\"south\"}");

            f.request(FakeMember.msg("move_player").put("player", ada.player()));
            f.request(FakeMember.msg("kick").put("player", bo.player()));

            assertThat(Presence.status(f, "north")).isEqualTo("bot");
            assertThat(h.room().match().state().muted()).isEmpty();
        }
    }

    @Test
    void aBotTakingOverAfterTheGraceIsNotMutedForTheStudentWhoLeft() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"graceSeconds\":10,\"absent\":\"bot\",\"bot\":\"silent\"}")
                .open()) {
            FakeMember f = h.facilitator();
            FakeMember ada = h.join("north", "Ada");
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"mute\",\"seat\":\"north\"}");

            ada.disconnect();
            assertThat(h.room().match().state().muted()).as("held for Ada").containsExactly("north");
            h.advance(Duration.ofSeconds(10));

            assertThat(Presence.status(f, "north")).isEqualTo("bot");
            assertThat(h.room().match().state().muted()).isEmpty();
        }
    }

    @Test
    void aBotOnAMutedSeatStillDecidesWithoutItsStatement() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            FakeMember f = h.facilitator();
            fill(f, "east", "utility");
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"mute\",\"seat\":\"east\"}");
            for (String stage : new String[] {"BRIEFING", "OPENING", "ROUND 1", "ROUND 2"}) {
                f.commandOk(stage, "{\"type\":\"advance\"}");
            }

            h.advance(Duration.ofSeconds(30));

            var decision = h.room().match().state().sealedDecision("east");
            assertThat(decision)
                    .as("the bot's decision, counted though it is muted")
                    .isPresent();
            assertThat(decision.get().defaulted()).isFalse();
            assertThat(h.room().match().state().muted()).containsExactly("east");
            assertThat(decision.get().statement()).isNullOrEmpty();
        }
    }

    private static void fill(FakeMember f, String seat, String strategy) {
        ObjectNode fill = FakeMember.msg("fill_bots").put("strategy", strategy);
        fill.putArray("seats").add(seat);
        f.request(fill);
    }
}
