package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.json.Json;

/** The room options a class runs with: adoption rule, pseudonyms, privacy; told at join, kept over a restart. */
@IntegrationTest
class ClassOptionsTest {

    @TempDir
    Path data;

    @Test
    void adoptionOverrideIsPlayedByAndToldToEveryone() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room =
                    Rooms.create(s.port(), "{\"adoption\":{\"rule\":\"supermajority\",\"fraction\":0.67}}");
            try (TestClient f = room.facilitator();
                    TestClient north = Rooms.join(s.port(), room.code(), "north", "Ada")) {
                JsonNode rules = welcome(north).path("rules");
                assertThat(rules.path("adoption").path("rule").asText()).isEqualTo("supermajority");
                assertThat(rules.path("adoption").path("fraction").asDouble()).isEqualTo(0.67);
                assertThat(rules.path("adoptionText").asText()).contains("67%");
                // The rule lives in match_opened, which the journal keeps and replays.
                String id = f.request(
                        TestClient.msg("get_events").put("afterSeq", 0).put("limit", 1));
                JsonNode opened = f.awaitEvent("match_opened");
                f.awaitReply(id);
                assertThat(opened.path("event")
                                .path("settings")
                                .path("adoption")
                                .path("rule")
                                .asText())
                        .isEqualTo("supermajority");
            }
        }
    }

    @Test
    void badAdoptionRulesAreRefusedWithTheirReason() throws Exception {
        try (TestServer s = TestServer.start();
                TestClient c = TestClient.hello(s.port(), "Teacher")) {
            List<String> bad = List.of(
                    "{\"rule\":\"supermajority\",\"fraction\":0.4}",
                    "{\"rule\":\"supermajority\"}",
                    "{\"rule\":\"consensus\",\"maxObjections\":4}",
                    "{\"rule\":\"consensus\",\"maxObjections\":-1}",
                    "{\"rule\":\"consensus\",\"maxObjections\":1,\"fraction\":0.7}",
                    "{\"rule\":\"majority\"}",
                    "\"consensus\"");
            for (String adoption : bad) {
                ObjectNode m = TestClient.msg("create_room").put("scenario", "test-4x3");
                m.set("options", Json.mapper().readTree("{\"adoption\":" + adoption + "}"));
                JsonNode reply = c.awaitReply(c.request(m));
                assertThat(reply.path("code").asText()).as(adoption).isEqualTo("bad_option");
                assertThat(reply.path("message").asText()).as(adoption).contains("adoption");
            }
            ObjectNode m = TestClient.msg("create_room").put("scenario", "test-4x3");
            m.set("options", Json.mapper().readTree("{\"pseudonyms\":\"yes\"}"));
            assertThat(c.awaitReply(c.request(m)).path("message").asText()).contains("pseudonyms");
        }
    }

    @Test
    void pseudonymsHideRealNamesFromPeersButNotFromTheFacilitator() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), "{\"pseudonyms\":true,\"facilitatorReadsPrivate\":false}");
            try (TestClient f = room.facilitator();
                    TestClient ada = Rooms.join(s.port(), room.code(), "north", "Ada");
                    TestClient bo = Rooms.join(s.port(), room.code(), "south", "Bo");
                    TestClient watcher = Rooms.spectate(s.port(), room.code())) {
                JsonNode rules = welcome(bo).path("rules");
                assertThat(rules.path("pseudonyms").asBoolean()).isTrue();
                assertThat(rules.path("facilitatorReadsPrivate").asBoolean()).isFalse();
                assertThat(rules.path("privacyText").asText())
                        .contains(
                                "cannot read your private messages",
                                "You appear to other players as \"Delegate 1 (Southia)\"");

                for (TestClient peer : List.of(bo, watcher)) {
                    JsonNode p = peer.awaitReply(peer.request(TestClient.msg("get_presence")));
                    assertThat(p.path("seats").get(0).path("names"))
                            .extracting(JsonNode::asText)
                            .containsExactly("Delegate 1 (Northland)");
                    assertThat(p.toString()).doesNotContain("Ada");
                    assertThat(p.has("players")).isFalse();
                }
                // A second player of the same seat is the next delegate of it.
                String token = welcome(ada).path("token").asText();
                try (TestClient cy = TestClient.hello(s.port(), "Cy")) {
                    cy.awaitReply(cy.request(TestClient.msg("resume").put("token", token)));
                    JsonNode p = bo.await(
                            n -> n.path("type").asText().equals("presence")
                                    && n.path("seats").get(0).path("humans").asInt() == 2,
                            "presence with Cy");
                    assertThat(p.path("seats").get(0).path("names"))
                            .extracting(JsonNode::asText)
                            .containsExactly("Delegate 1 (Northland)", "Delegate 2 (Northland)");
                    assertThat(p.toString()).doesNotContain("Cy");
                }

                JsonNode fp = f.awaitReply(f.request(TestClient.msg("get_presence")));
                assertThat(fp.path("seats").get(0).path("names"))
                        .extracting(JsonNode::asText)
                        .contains("Ada");
                JsonNode m = MonitorTest.monitor(f);
                assertThat(MonitorTest.bySeat(m)
                                .get("south")
                                .path("players")
                                .get(0)
                                .path("name")
                                .asText())
                        .isEqualTo("Bo");
            }
        }
    }

    @Test
    void everyPlayerIsToldWhetherTheFacilitatorReadsPrivateTalk() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator();
                    TestClient ada = Rooms.join(s.port(), room.code(), "north", "Ada")) {
                JsonNode rules = welcome(ada).path("rules");
                assertThat(rules.path("facilitatorReadsPrivate").asBoolean()).isTrue();
                assertThat(rules.path("pseudonyms").asBoolean()).isFalse();
                assertThat(rules.path("privacyText").asText())
                        .contains("The facilitator can read your private messages", "the name you joined with");
            }
        }
    }

    @Test
    void aRestartedServerKeepsTheNewOptions() throws Exception {
        String facilitatorToken;
        try (TestServer first = TestServer.start(data, b -> b)) {
            Rooms.Created room = Rooms.create(
                    first.port(),
                    "{\"pseudonyms\":true,\"facilitatorReadsPrivate\":false,"
                            + "\"adoption\":{\"rule\":\"consensus\",\"maxObjections\":0}}");
            facilitatorToken = room.token();
            room.facilitator().close();
        }
        try (var files = Files.list(data.resolve("rooms"))) {
            String header = Files.readAllLines(files.filter(f -> f.toString().endsWith(".jsonl"))
                            .findFirst()
                            .orElseThrow())
                    .get(0);
            assertThat(Json.mapper()
                            .readTree(header)
                            .path("options")
                            .path("pseudonyms")
                            .asBoolean())
                    .isTrue();
        }
        try (TestServer second = TestServer.start(data, b -> b);
                TestClient f = TestClient.hello(second.port(), "Teacher")) {
            JsonNode w = f.awaitReply(f.request(TestClient.msg("resume").put("token", facilitatorToken)));
            JsonNode rules = w.path("rules");
            assertThat(rules.path("pseudonyms").asBoolean()).isTrue();
            assertThat(rules.path("facilitatorReadsPrivate").asBoolean()).isFalse();
            assertThat(rules.path("adoption").path("maxObjections").asInt()).isZero();
            try (TestClient ada = Rooms.join(second.port(), w.path("code").asText(), "north", "Ada");
                    TestClient bo = Rooms.join(second.port(), w.path("code").asText(), "south", "Bo")) {
                JsonNode p = bo.awaitReply(bo.request(TestClient.msg("get_presence")));
                assertThat(p.toString()).doesNotContain("Ada").contains("Delegate 1 (Northland)");
            }
        }
    }

    private static JsonNode welcome(TestClient c) {
        return c.find(n -> n.path("type").asText().equals("welcome"), "welcome");
    }
}
