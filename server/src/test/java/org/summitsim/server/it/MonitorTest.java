package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/** The facilitator's monitor, over a real socket: activity shows up in the counts, and only there. */
@IntegrationTest
class MonitorTest {

    @Test
    void aPlayersActivityShowsUpInTheFacilitatorsMonitor() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), "{\"label\":\"Period 3\"}");
            try (TestClient f = room.facilitator();
                    TestClient north = Rooms.join(s.port(), room.code(), "north", "Ada");
                    TestClient south = Rooms.join(s.port(), room.code(), "south", "Bo")) {
                JsonNode lobby = monitor(f);
                assertThat(lobby.path("label").asText()).isEqualTo("Period 3");
                assertThat(lobby.path("clock").path("stage").asText()).isEqualTo("LOBBY");
                assertThat(bySeat(lobby).get("east").path("status").asText()).isEqualTo("empty");

                Rooms.toRound1(f);
                north.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"We need meaningful control.\"}");
                north.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"And the UN.\"}");
                north.commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"south\",\"text\":\"Support a1?\"}");
                north.commandOk("ROUND 1", "{\"type\":\"caucus_create\",\"name\":\"Friends\",\"members\":[\"south\"]}");
                String caucus = event(north, "caucus_created")
                        .path("event")
                        .path("caucus")
                        .asText();
                north.commandOk(
                        "ROUND 1", "{\"type\":\"caucus_say\",\"caucus\":\"" + caucus + "\",\"text\":\"Hold firm.\"}");
                north.commandOk(
                        "ROUND 1",
                        "{\"type\":\"propose\",\"clause\":\"forum\",\"option\":\"un\","
                                + "\"rationale\":\"All states sit there.\"}");
                String a = event(north, "amendment_proposed")
                        .path("event")
                        .path("amendment")
                        .asText();
                north.commandOk(
                        "ROUND 1",
                        "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"conditions\":[],"
                                + "\"text\":\"We will sign.\"}");
                north.commandOk(
                        "ROUND 1",
                        "{\"type\":\"offer\",\"to\":\"south\",\"give\":{\"kind\":\"decide\","
                                + "\"decision\":\"SIGN\",\"conditions\":[]},\"want\":{\"kind\":\"vote\",\"amendment\":\""
                                + a
                                + "\",\"ballot\":\"SUPPORT\"},\"text\":\"Yours for mine.\"}");
                String deal =
                        event(south, "deal_offered").path("event").path("deal").asText();
                south.commandOk("ROUND 1", "{\"type\":\"accept\",\"deal\":\"" + deal + "\"}");
                south.commandOk("ROUND 1", "{\"type\":\"vote\",\"amendment\":\"" + a + "\",\"ballot\":\"SUPPORT\"}");

                JsonNode m = monitor(f);
                assertThat(m.path("clock").path("stage").asText()).isEqualTo("ROUND 1");
                Map<String, JsonNode> seats = bySeat(m);
                JsonNode n = seats.get("north");
                assertThat(n.path("name").asText()).isEqualTo("Northland");
                assertThat(n.path("status").asText()).isEqualTo("present");
                assertThat(n.path("humans").asInt()).isEqualTo(1);
                assertThat(n.path("players").get(0).path("name").asText()).isEqualTo("Ada");
                assertThat(n.path("players").get(0).path("player").asText()).startsWith("p");
                JsonNode counts = n.path("counts");
                assertThat(counts.path("floor").asInt()).isEqualTo(2);
                assertThat(counts.path("messages").asInt()).isEqualTo(1);
                assertThat(counts.path("caucusMessages").asInt()).isEqualTo(1);
                assertThat(counts.path("amendments").asInt()).isEqualTo(1);
                assertThat(counts.path("pledges").asInt()).isEqualTo(1);
                assertThat(counts.path("deals").asInt()).isEqualTo(1);
                assertThat(counts.path("votes").asInt()).isZero();
                assertThat(n.path("lastActedAt").asLong()).isPositive();
                assertThat(n.path("idleSeconds").asLong()).isLessThan(5);
                assertThat(n.path("decided").asBoolean()).isFalse();

                JsonNode so = seats.get("south");
                assertThat(so.path("counts").path("votes").asInt()).isEqualTo(1);
                assertThat(so.path("counts").path("deals").asInt()).isEqualTo(1);
                assertThat(so.path("counts").path("floor").asInt()).isZero();
                assertThat(seats.get("east").has("lastActedAt")).isFalse();
                // Only seats humans took and that have not spoken on the floor: the students to draw in.
                assertThat(m.path("notSpoken")).extracting(JsonNode::asText).containsExactly("south");

                f.commandOk("ROUND 1", "{\"type\":\"advance\"}");
                f.commandOk("ROUND 2", "{\"type\":\"advance\"}");
                south.commandOk("FINAL", "{\"type\":\"decide\",\"decision\":\"PUSH_BINDING\"}");
                JsonNode fin = monitor(f);
                assertThat(bySeat(fin).get("south").path("decided").asBoolean()).isTrue();
                assertThat(bySeat(fin).get("north").path("decided").asBoolean()).isFalse();
                // Whether, never what.
                assertThat(fin.toString()).doesNotContain("PUSH_BINDING");
            }
        }
    }

    @Test
    void playersAndSpectatorsAreForbidden() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator();
                    TestClient north = Rooms.join(s.port(), room.code(), "north", "Ada");
                    TestClient watcher = Rooms.spectate(s.port(), room.code())) {
                for (TestClient c : new TestClient[] {north, watcher}) {
                    String id = c.request(TestClient.msg("get_monitor"));
                    JsonNode reply = c.awaitReply(id);
                    assertThat(reply.path("type").asText()).isEqualTo("error");
                    assertThat(reply.path("code").asText()).isEqualTo("forbidden");
                }
                assertThat(monitor(f).path("spectators").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void inTheLobbyTheMonitorIsNotAvailable() throws Exception {
        try (TestServer s = TestServer.start();
                TestClient c = TestClient.hello(s.port(), "Ada")) {
            String id = c.request(TestClient.msg("get_monitor"));
            assertThat(c.awaitReply(id).path("code").asText()).isEqualTo("not_in_room");
        }
    }

    /** An event this client already received (commandOk reads past the events it causes). */
    private static JsonNode event(TestClient c, String type) {
        return c.find(e -> e.path("event").path("type").asText().equals(type), type);
    }

    static JsonNode monitor(TestClient f) throws Exception {
        String id = f.request(TestClient.msg("get_monitor"));
        JsonNode reply = f.awaitReply(id);
        assertThat(reply.path("type").asText()).as(reply.toString()).isEqualTo("monitor");
        return reply;
    }

    static Map<String, JsonNode> bySeat(JsonNode monitor) {
        Map<String, JsonNode> map = new HashMap<>();
        monitor.path("seats").forEach(s -> map.put(s.path("seat").asText(), s));
        return map;
    }
}
