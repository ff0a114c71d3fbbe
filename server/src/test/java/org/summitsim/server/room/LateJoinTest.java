package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.summitsim.protocol.journal.JournalRecord;

/**
 * Once the summit has ended its seats are closed: someone new with the join code would otherwise
 * be credited with a game they never played (a bot's, or a player's who left). Spectators still
 * watch the results, and a seat's own player still comes back with its token.
 */
class LateJoinTest {

    /**
     * A finished room of the four seats: Ada played north and left it for good (grace 0, and a
     * handover open to the code), a bot played east, south and west nobody took.
     */
    private record Ended(RoomHarness h, String adasToken) {}

    private static Ended ended() {
        RoomHarness h = RoomHarness.setup()
                .options("{\"graceSeconds\":0,\"handover\":\"history\",\"bot\":\"silent\"}")
                .open();
        FakeMember f = h.facilitator();
        FakeMember ada = h.join("north", "Ada");
        ObjectNode fill = FakeMember.msg("fill_bots");
        fill.putArray("seats").add("east");
        f.request(fill);
        f.commandOk("LOBBY", "{\"type\":\"start\"}");
        f.commandOk("BRIEFING", "{\"type\":\"advance\"}");
        ada.disconnect();
        f.commandOk("OPENING", "{\"type\":\"end\"}");
        assertThat(h.room().match().state().over()).isTrue();
        assertThat(Presence.status(f, "east")).isEqualTo("bot");
        assertThat(Presence.status(f, "north")).isEqualTo("absent");
        return new Ended(h, ada.token());
    }

    private static void assertRefused(FakeMember late) {
        JsonNode error = late.last("error");
        assertThat(error.path("code").asText()).isEqualTo("match_over");
        assertThat(error.path("message").asText())
                .startsWith("The summit has ended, so its seats are closed.")
                .contains("watch the results as a spectator")
                .doesNotContain("\"", "resume", "token");
        assertThat(late.receivedAny(n -> n.path("type").asText().equals("welcome")))
                .isFalse();
        assertThat(late.inRoom()).isFalse();
    }

    @Test
    void afterTheEndAJoinTakesNoSeatOfABotNorAnEmptyNorAnAbandonedOne() {
        Ended e = ended();
        try (RoomHarness h = e.h()) {
            int records = h.journal().size();

            assertRefused(h.join("east", "Zed")); // the bot's seat
            assertRefused(h.join(null, "Zed")); // any seat the room would pick
            assertRefused(h.join("south", "Zed")); // a seat nobody took
            assertRefused(h.join("north", "Zed")); // a seat its player abandoned

            assertThat(h.journal()).hasSize(records);
            assertThat(h.journal())
                    .noneMatch(r -> r instanceof JournalRecord.PlayerSeated p
                            && p.name().equals("Zed"))
                    .noneMatch(r -> r instanceof JournalRecord.BotLeft);
            assertThat(Presence.status(h.facilitator(), "east")).isEqualTo("bot");

            JsonNode watching = h.spectate("Zed").last("welcome");
            assertThat(watching.path("role").asText()).isEqualTo("spectator");
            assertThat(watching.path("view").has("outcome")).isTrue();
        }
    }

    @Test
    void afterTheEndASeatsOwnPlayerStillComesBackWithItsToken() {
        Ended e = ended();
        try (RoomHarness h = e.h()) {
            JsonNode back = h.resume(e.adasToken(), "Ada", null).last("welcome");

            assertThat(back.path("role").asText()).isEqualTo("player");
            assertThat(back.path("seat").asText()).isEqualTo("north");
            assertThat(back.path("view").has("outcome")).isTrue();
        }
    }

    @Test
    void afterTheEndTheFacilitatorMovesNobodyOntoASeat() {
        Ended e = ended();
        try (RoomHarness h = e.h()) {
            FakeMember zed = h.spectate("Zed");

            String id = h.facilitator()
                    .request(FakeMember.msg("move_player")
                            .put("player", zed.player())
                            .put("seat", "east"));

            JsonNode error = h.facilitator().reply(id);
            assertThat(error.path("code").asText()).isEqualTo("match_over");
            assertThat(error.path("message").asText())
                    .isEqualTo("The summit has ended, so its seats are closed: nobody new takes one now. To let "
                            + "Zed watch the results, move them to watching only.");
            assertThat(zed.last("welcome").path("role").asText()).isEqualTo("spectator");
            assertThat(Presence.status(h.facilitator(), "east")).isEqualTo("bot");
        }
    }
}
