package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/** A reconnect mid-round misses nothing and duplicates nothing. */
@IntegrationTest
class ReconnectTest {

    @Test
    void resumeSendsWhatWasMissedInOrderOnceThenLiveEvents() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator();
                    TestClient south = Rooms.join(s.port(), room.code(), "south", "Bo")) {
                TestClient north = Rooms.join(s.port(), room.code(), "north", "Ada");
                String token = north.seen().stream()
                        .filter(n -> n.path("type").asText().equals("welcome"))
                        .findFirst()
                        .orElseThrow()
                        .path("token")
                        .asText();
                Rooms.toRound1(f);
                long last = north.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"one\"}")
                        .path("seq")
                        .asLong();
                north.close();
                JsonNode absent = f.await(
                        n -> n.path("type").asText().equals("presence")
                                && n.path("seats")
                                        .get(0)
                                        .path("status")
                                        .asText()
                                        .equals("absent"),
                        "north absent");
                assertThat(absent.path("seats").get(0).path("graceEndsAt").asLong())
                        .isPositive();

                south.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"two\"}");
                south.commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"north\",\"text\":\"three\"}");
                south.commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"west\",\"text\":\"not for north\"}");
                f.commandOk("ROUND 1", "{\"type\":\"announce\",\"text\":\"four\"}");

                AtomicBoolean talking = new AtomicBoolean(true);
                // A task, not a bare thread: a failure while chattering fails the test at get().
                java.util.concurrent.FutureTask<Void> chatter = new java.util.concurrent.FutureTask<>(() -> {
                    int i = 0;
                    while (talking.get() && i < 15) {
                        south.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"live " + (i++) + "\"}");
                        Thread.sleep(5);
                    }
                    return null;
                });
                new Thread(chatter, "chatter").start();
                try (TestClient back = TestClient.hello(s.port(), "Ada")) {
                    String id = back.request(
                            TestClient.msg("resume").put("token", token).put("lastSeq", last));
                    JsonNode welcome = back.awaitReply(id);
                    assertThat(welcome.path("type").asText()).isEqualTo("welcome");
                    assertThat(welcome.path("seat").asText()).isEqualTo("north");
                    chatter.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    talking.set(false);
                    south.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"five\"}");
                    back.await(n -> n.path("event").path("text").asText().equals("five"), "five");

                    List<Long> got = new ArrayList<>();
                    List<String> texts = new ArrayList<>();
                    for (JsonNode n : back.seen()) {
                        if (n.path("type").asText().equals("event")) {
                            got.add(n.path("seq").asLong());
                            texts.add(n.path("event").path("text").asText());
                        }
                    }
                    assertThat(got).isSorted().doesNotHaveDuplicates();
                    assertThat(texts.subList(0, 3)).containsExactly("two", "three", "four");
                    assertThat(texts).doesNotContain("not for north", "one");

                    String q = back.request(TestClient.msg("get_events").put("afterSeq", last));
                    List<Long> expected = new ArrayList<>();
                    back.await(
                            n -> {
                                if (n.path("type").asText().equals("event")
                                        && n.path("seq").asLong() > got.get(got.size() - 1)) {
                                    return false;
                                }
                                return n.path("type").asText().equals("events_end")
                                        && n.path("id").asText().equals(q);
                            },
                            "events_end");
                    boolean collecting = false;
                    for (JsonNode n : back.seen()) {
                        if (n.path("type").asText().equals("ack")
                                || n.path("id").asText().equals(id)) {
                            continue;
                        }
                        if (n.path("type").asText().equals("event")) {
                            if (collecting) {
                                expected.add(n.path("seq").asLong());
                            }
                        }
                        if (n.path("event").path("text").asText().equals("five")) {
                            collecting = true;
                        }
                    }
                    assertThat(got).containsExactlyElementsOf(expected);
                }
            }
        }
    }

    @Test
    void aWrongTokenIsForbiddenAndSaysNothingMore() throws Exception {
        try (TestServer s = TestServer.start();
                TestClient c = TestClient.hello(s.port(), "Eve")) {
            Rooms.create(s.port(), null).facilitator().close();
            String id = c.request(TestClient.msg("resume")
                    .put("token", "st.guessedtokenguessedtoken")
                    .put("lastSeq", 0));
            JsonNode e = c.awaitReply(id);
            assertThat(e.path("code").asText()).isEqualTo("forbidden");
            assertThat(e.path("message").asText()).isEqualTo("That token does not open any seat or room.");
        }
    }
}
