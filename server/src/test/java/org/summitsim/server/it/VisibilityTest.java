package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two players and a spectator in one room see exactly what they should. */
class VisibilityTest {

    @Test
    void playersSpectatorAndFacilitatorSeeExactlyWhatTheyMay() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            TestClient f = room.facilitator();
            try (TestClient north = Rooms.join(s.port(), room.code(), "north", "Ada");
                 TestClient south = Rooms.join(s.port(), room.code(), "south", "Bo");
                 TestClient watcher = Rooms.spectate(s.port(), room.code());
                 f) {
                JsonNode northWelcome = north.seen().stream().filter(n -> n.path("type").asText().equals("welcome"))
                        .findFirst().orElseThrow();
                assertThat(northWelcome.path("seat").asText()).isEqualTo("north");
                assertThat(northWelcome.path("token").asText()).startsWith("st.");
                assertThat(northWelcome.path("view").path("briefs").fieldNames()).toIterable().containsExactly("north");
                JsonNode watcherWelcome = watcher.seen().get(watcher.seen().size() - 1);
                assertThat(watcherWelcome.path("view").path("briefs").size()).isZero();
                assertThat(watcherWelcome.has("token")).isFalse();
                assertThat(watcherWelcome.path("scenario").toString()).doesNotContain("You host");

                Rooms.toRound1(f);
                north.commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"south\",\"text\":\"Just between us.\"}");
                north.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"Hello, everyone.\"}");

                assertThat(south.awaitEvent("dm").path("event").path("text").asText()).isEqualTo("Just between us.");
                assertThat(f.awaitEvent("dm").path("event").path("from").asText()).isEqualTo("north");
                south.awaitEvent("floor");
                f.awaitEvent("floor");
                watcher.awaitEvent("floor");
                assertThat(watcher.seen()).noneMatch(n -> n.path("event").path("type").asText().equals("dm"));

                f.commandOk("ROUND 1", "{\"type\":\"advance\"}");
                f.commandOk("ROUND 2", "{\"type\":\"advance\"}");
                north.commandOk("FINAL", "{\"type\":\"decide\",\"decision\":\"SIGN\",\"statement\":\"Yes.\"}");
                assertThat(north.seen()).anyMatch(n -> n.path("event").path("type").asText().equals("decision_sealed"));
                f.awaitEvent("decision_sealed");
                south.awaitEvent("delegation_decided");
                watcher.awaitEvent("delegation_decided");
                for (TestClient c : List.of(south, watcher)) {
                    assertThat(c.drain(100)).noneMatch(n -> n.path("event").path("type").asText()
                            .equals("decision_sealed"));
                    assertThat(c.seen()).noneMatch(n -> n.path("event").path("type").asText()
                            .equals("decision_sealed"));
                }
            }
        }
    }

    @Test
    void commandsBeyondARoleAreForbiddenWithoutSayingMore() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator();
                 TestClient north = Rooms.join(s.port(), room.code(), "north", "Ada");
                 TestClient watcher = Rooms.spectate(s.port(), room.code())) {
                String id = north.command("LOBBY", "{\"type\":\"start\"}");
                assertThat(north.awaitReply(id).path("code").asText()).isEqualTo("forbidden");
                id = watcher.command("LOBBY", "{\"type\":\"say\",\"text\":\"hi\"}");
                assertThat(watcher.awaitReply(id).path("code").asText()).isEqualTo("forbidden");
                id = f.command("LOBBY", "{\"type\":\"say\",\"text\":\"hi\"}");
                assertThat(f.awaitReply(id).path("code").asText()).isEqualTo("forbidden");
                id = f.command("LOBBY", "{\"type\":\"deadline\"}");
                assertThat(f.awaitReply(id).path("code").asText()).isEqualTo("forbidden");
                id = north.request(TestClient.msg("kick").put("player", "p1"));
                assertThat(north.awaitReply(id).path("code").asText()).isEqualTo("forbidden");
            }
        }
    }
}
