package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person who takes a seat over from a bot, or comes back to one the stand-in for absent
 * players held, has not said they are done with the phase, whatever the bot said: the phase
 * must not end on the bot's word while the person has not acted.
 */
class TakeOverTest {

    @Test
    void aPersonTakingABotsSeatIsNotDoneWithThePhase() {
        try (RoomHarness h = RoomHarness.setup().open()) {
            FakeMember f = h.facilitator();
            ObjectNode fill = FakeMember.msg("fill_bots").put("strategy", "silent");
            fill.putArray("seats").add("east");
            f.request(fill);
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"advance\"}");
            h.advance(Duration.ofSeconds(30));
            assertThat(h.room().match().state().ready()).as("the bot is done").contains("east");

            FakeMember leo = h.join("east", "Leo");
            h.runDue();

            assertThat(h.room().match().state().ready()).as("Leo is not").doesNotContain("east");
            // Told after the welcome: nothing reaches a connection before it is in the room.
            List<JsonNode> got = leo.received();
            int welcome = got.indexOf(leo.last("welcome"));
            int told = got.indexOf(leo.last(
                    n -> n.path("type").asText().equals("event")
                            && n.path("event").path("type").asText().equals("seat_not_ready"),
                    "seat_not_ready"));
            assertThat(welcome).isLessThan(told);
            assertThat(f.events())
                    .as("everyone is told")
                    .anyMatch(n -> n.path("type").asText().equals("seat_not_ready"));
        }
    }

    @Test
    void aPlayerBackFromAnAbsenceIsNotDoneWithThePhase() {
        try (RoomHarness h = RoomHarness.setup()
                .options("{\"graceSeconds\":0,\"absent\":\"default\"}")
                .open()) {
            FakeMember f = h.facilitator();
            FakeMember ada = h.join("north", "Ada");
            String token = ada.token();
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"advance\"}");
            ada.disconnect();
            h.advance(Duration.ofSeconds(5));
            assertThat(h.room().match().state().ready())
                    .as("the stand-in is done")
                    .contains("north");

            FakeMember back = h.resume(token, "Ada", null);
            h.runDue();

            assertThat(h.room().match().state().ready()).as("Ada, back, is not").doesNotContain("north");
            assertThat(back.events()).anyMatch(n -> n.path("type").asText().equals("seat_not_ready"));
        }
    }
}
