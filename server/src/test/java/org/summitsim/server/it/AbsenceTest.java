package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A seat whose humans are gone is shown absent, keeps its place for the grace period, then the policy applies. */
class AbsenceTest {

    private static boolean seatStatus(JsonNode presence, String seat, String status) {
        if (!presence.path("type").asText().equals("presence")) {
            return false;
        }
        for (JsonNode s : presence.path("seats")) {
            if (s.path("seat").asText().equals(seat)) {
                return s.path("status").asText().equals(status);
            }
        }
        return false;
    }

    private static String token(TestClient c) {
        return c.seen().stream().filter(n -> n.path("type").asText().equals("welcome")).findFirst().orElseThrow()
                .path("token").asText();
    }

    @Test
    void afterTheGracePeriodABotTakesOverAndStepsAsideWhenTheHumanReturns() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), "{\"absent\":\"bot\",\"graceSeconds\":1,\"bot\":\"silent\"}");
            try (TestClient f = room.facilitator()) {
                TestClient north = Rooms.join(s.port(), room.code(), "north", "Ada");
                String token = token(north);
                north.close();
                f.await(n -> seatStatus(n, "north", "absent"), "north absent");
                f.await(n -> seatStatus(n, "north", "bot"), "north played by a bot");
                try (TestClient back = TestClient.hello(s.port(), "Ada")) {
                    String id = back.request(TestClient.msg("resume").put("token", token).put("lastSeq", 0));
                    assertThat(back.awaitReply(id).path("seat").asText()).isEqualTo("north");
                    f.await(n -> seatStatus(n, "north", "present"), "north present again");
                }
            }
        }
    }

    @Test
    void withTheDefaultPolicyTheSummitEndsWithoutTheAbsentSeat() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), "{\"absent\":\"default\",\"graceSeconds\":0}");
            try (TestClient f = room.facilitator()) {
                for (String seat : new String[] {"north", "south", "east", "west"}) {
                    Rooms.join(s.port(), room.code(), seat, seat).close();
                }
                f.commandOk("LOBBY", "{\"type\":\"start\"}");
                JsonNode ended = f.awaitEvent("match_ended");
                JsonNode north = ended.path("event").path("outcome").path("decisions").path("north");
                assertThat(north.path("decision").asText()).isEqualTo("ABSTAIN");
                assertThat(north.path("defaulted").asBoolean()).as("revealed as defaulted").isTrue();
            }
        }
    }

    @Test
    void theFacilitatorFillsEmptySeatsWithBots() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator(); TestClient north = Rooms.join(s.port(), room.code(), "north", "A")) {
                String id = f.request(TestClient.msg("fill_bots").put("strategy", "utility"));
                assertThat(f.awaitReply(id).path("type").asText()).isEqualTo("ack");
                JsonNode p = f.await(n -> seatStatus(n, "east", "bot"), "bots seated");
                assertThat(p.path("seats").get(0).path("status").asText()).isEqualTo("present");
                id = f.request(TestClient.msg("fill_bots").put("strategy", "genius"));
                assertThat(f.awaitReply(id).path("code").asText()).isEqualTo("bot_unavailable");
                f.commandOk("LOBBY", "{\"type\":\"start\"}");
                f.commandOk("BRIEFING", "{\"type\":\"advance\"}");
                // The bots speak only in the opening, on a turn of their own: advancing past it at once
                // can end the opening before any of them has had that turn.
                north.awaitEvent("floor");
            }
        }
    }
}
