package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A seat whose player left for good changes hands with a new token, so the one who left cannot
 * come back into it unasked; whether the new player reads the seat's earlier private talk is the
 * room's {@code handover} option.
 */
class HandoverTest {

    private static final String SECRET = "Our red line, between us.";

    /** A room where Ada (north) told south a secret in round 1 and left for good (grace 0). */
    private record AfterAdaLeft(RoomHarness h, FakeMember south, String adasToken) {}

    private static AfterAdaLeft afterAdaLeft(String handover) {
        String options = "{\"graceSeconds\":0" + (handover == null ? "" : ",\"handover\":\"" + handover + "\"") + "}";
        RoomHarness h = RoomHarness.setup().options(options).open();
        FakeMember f = h.facilitator();
        FakeMember south = h.join("south", "Cy");
        FakeMember ada = h.join("north", "Ada");
        f.commandOk("LOBBY", "{\"type\":\"start\"}");
        f.commandOk("BRIEFING", "{\"type\":\"advance\"}");
        f.commandOk("OPENING", "{\"type\":\"advance\"}");
        ada.commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"south\",\"text\":\"" + SECRET + "\"}");
        ada.disconnect();
        assertThat(Presence.status(f, "north")).isEqualTo("absent");
        assertThat(Presence.seat(f, "north").has("graceEndsAt")).isFalse();
        return new AfterAdaLeft(h, south, ada.token());
    }

    /** Whether the secret reaches {@code m} when it asks for the whole log. */
    private static boolean readsTheSecret(FakeMember m) {
        m.request(FakeMember.msg("get_events").put("afterSeq", 0));
        return m.received().stream()
                .anyMatch(n -> n.path("event").path("text").asText().equals(SECRET));
    }

    @Test
    void byDefaultOnlyTheFacilitatorGivesAnAbandonedSeatAway() {
        AfterAdaLeft a = afterAdaLeft(null);
        try (RoomHarness h = a.h()) {
            FakeMember refused = h.join("north", "Bob");
            JsonNode error = refused.last("error");
            assertThat(error.path("code").asText()).isEqualTo("seat_taken");
            assertThat(error.path("message").asText()).contains("only the facilitator");
            assertThat(h.join(null, "Dee").last("welcome").path("seat").asText())
                    .isNotEqualTo("north");

            FakeMember bob = h.spectate("Bob");
            h.facilitator()
                    .request(FakeMember.msg("move_player")
                            .put("player", bob.player())
                            .put("seat", "north"));

            JsonNode moved = bob.last("welcome");
            assertThat(moved.path("seat").asText()).isEqualTo("north");
            assertThat(moved.path("token").asText()).startsWith("st.").isNotEqualTo(a.adasToken());
            assertThat(h.tokenWorks(a.adasToken())).isFalse();
            assertThat(readsTheSecret(bob))
                    .as("the facilitator's choice reads the seat's history")
                    .isTrue();
        }
    }

    @Test
    void theFacilitatorMaySeatSomeoneWithoutTheSeatsHistory() {
        AfterAdaLeft a = afterAdaLeft(null);
        try (RoomHarness h = a.h()) {
            FakeMember bob = h.spectate("Bob");
            h.facilitator()
                    .request(FakeMember.msg("move_player")
                            .put("player", bob.player())
                            .put("seat", "north")
                            .put("history", false));

            assertThat(bob.last("welcome").path("seat").asText()).isEqualTo("north");
            assertThat(h.tokenWorks(a.adasToken())).isFalse();
            assertThat(readsTheSecret(bob)).isFalse();
        }
    }

    @Test
    void aFreshHandoverGivesANewTokenAndNoEarlierPrivateTalk() {
        AfterAdaLeft a = afterAdaLeft("fresh");
        try (RoomHarness h = a.h()) {
            FakeMember bob = h.join("north", "Bob");

            JsonNode welcome = bob.last("welcome");
            assertThat(welcome.path("seat").asText()).isEqualTo("north");
            assertThat(welcome.path("token").asText()).startsWith("st.").isNotEqualTo(a.adasToken());
            assertThat(h.tokenWorks(a.adasToken())).isFalse();
            assertThat(readsTheSecret(bob)).isFalse();
            // Public history stays readable, and what comes after the handover is the new player's.
            assertThat(bob.eventTypes()).contains("phase_started");
            a.south().commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"north\",\"text\":\"Welcome.\"}");
            assertThat(bob.last("event").path("event").path("text").asText()).isEqualTo("Welcome.");
        }
    }

    @Test
    void aHandoverWithHistoryLetsTheNewPlayerReadOn() {
        AfterAdaLeft a = afterAdaLeft("history");
        try (RoomHarness h = a.h()) {
            FakeMember bob = h.join("north", "Bob");

            assertThat(bob.token()).isNotEqualTo(a.adasToken());
            assertThat(h.tokenWorks(a.adasToken())).isFalse();
            assertThat(readsTheSecret(bob)).isTrue();
        }
    }
}
