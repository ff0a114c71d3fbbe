package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/**
 * A seat handed over fresh keeps its earlier private talk from the new player across a restart:
 * what is hidden is in the journal, not only in memory. The handover rules themselves are
 * tested without sockets (room.HandoverTest).
 */
@IntegrationTest
class HandoverTest {

    private static final String SECRET = "Our red line, between us.";

    /** Ada holds north, tells south a secret, and leaves for good; returns her token. */
    private static String adaLeavesAfterASecret(TestServer s, Rooms.Created room, TestClient south) throws Exception {
        TestClient f = room.facilitator();
        String token;
        try (TestClient ada = Rooms.join(s.port(), room.code(), "north", "Ada")) {
            token = ada.find(n -> n.path("type").asText().equals("welcome"), "welcome")
                    .path("token")
                    .asText();
            Rooms.toRound1(f);
            ada.commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"south\",\"text\":\"" + SECRET + "\"}");
            south.awaitEvent("dm");
        }
        // graceSeconds 0: the seat is absent with no grace left at once.
        f.await(
                n -> n.path("type").asText().equals("presence")
                        && seat(n, "north").path("status").asText().equals("absent")
                        && seat(n, "north").path("graceEndsAt").isMissingNode(),
                "north abandoned");
        return token;
    }

    private static JsonNode seat(JsonNode presence, String id) {
        for (JsonNode s : presence.path("seats")) {
            if (s.path("seat").asText().equals(id)) {
                return s;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Bob joins north with the code and asks for the whole log; returns his welcome or error. */
    private static JsonNode bobJoinsNorth(TestClient bob, String code) throws IOException {
        return bob.awaitReply(bob.request(
                TestClient.msg("join").put("code", code).put("seat", "north").put("lastSeq", 0)));
    }

    /** Whether the private message reached {@code c}: in the replay at join or in get_events. */
    private static boolean readsTheSecret(TestClient c) throws IOException {
        // The replayed events carry the request's id too: wait for the end of the replay.
        String id = c.request(TestClient.msg("get_events").put("afterSeq", 0));
        c.await(
                n -> n.path("type").asText().equals("events_end")
                        && id.equals(n.path("id").asText(null)),
                "the end of the replay");
        return c.seen().stream()
                .anyMatch(n -> n.path("event").path("text").asText().equals(SECRET));
    }

    private static JsonNode resume(TestServer s, String token) throws IOException {
        try (TestClient back = TestClient.hello(s.port(), "Ada again")) {
            return back.awaitReply(back.request(TestClient.msg("resume").put("token", token)));
        }
    }

    /** What a test sees once Ada (north) told south a secret and left for good. */
    private interface AfterAdaLeft {
        void test(TestServer s, Rooms.Created room, TestClient south, TestClient bob, String adasToken)
                throws Exception;
    }

    private static void afterAdaLeft(String handover, AfterAdaLeft then) throws Exception {
        String options = "{\"graceSeconds\":0" + (handover == null ? "" : ",\"handover\":\"" + handover + "\"") + "}";
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), options);
            try (TestClient f = room.facilitator();
                    TestClient south = Rooms.join(s.port(), room.code(), "south", "Cy");
                    TestClient bob = TestClient.hello(s.port(), "Bob")) {
                then.test(s, room, south, bob, adaLeavesAfterASecret(s, room, south));
            }
        }
    }

    @Test
    void aFreshHandoverStillHidesTheEarlierPrivateTalkAfterARestart() throws Exception {
        afterAdaLeft("fresh", (s, room, south, bob, adas) -> {
            JsonNode welcome = bobJoinsNorth(bob, room.code());
            assertThat(welcome.path("seat").asText()).isEqualTo("north");
            assertThat(welcome.path("token").asText()).startsWith("st.").isNotEqualTo(adas);
            assertThat(resume(s, adas).path("code").asText()).isEqualTo("forbidden");
            assertThat(readsTheSecret(bob)).isFalse();
            // Public history stays readable, and what comes after the handover is the new player's.
            assertThat(bob.seen())
                    .anyMatch(n -> n.path("event").path("type").asText().equals("phase_started"));
            south.commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"north\",\"text\":\"Welcome.\"}");
            assertThat(bob.awaitEvent("dm").path("event").path("text").asText()).isEqualTo("Welcome.");

            // The journal keeps what is hidden: after a restart Bob's replay still leaves out Ada's secret.
            s.close();
            try (TestServer again = TestServer.start(s.data, b -> b);
                    TestClient back = TestClient.hello(again.port(), "Bob")) {
                back.awaitReply(back.request(TestClient.msg("resume")
                        .put("token", welcome.path("token").asText())
                        .put("lastSeq", 0)));
                assertThat(readsTheSecret(back)).as("after a restart").isFalse();
                assertThat(back.seen())
                        .as("what came after the handover is his")
                        .anyMatch(n -> n.path("event").path("text").asText().equals("Welcome."));
            }
        });
    }
}
