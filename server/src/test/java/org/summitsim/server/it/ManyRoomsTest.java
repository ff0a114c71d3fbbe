package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/** Ten rooms at once do not see each other. */
@IntegrationTest
class ManyRoomsTest {

    @Test
    void tenRoomsAtOnceDoNotSeeEachOther() throws Exception {
        try (TestServer s = TestServer.start()) {
            List<Rooms.Created> rooms = new ArrayList<>();
            List<TestClient[]> players = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                Rooms.Created room = Rooms.create(s.port(), null);
                rooms.add(room);
                players.add(new TestClient[] {
                    Rooms.join(s.port(), room.code(), "north", "A" + r),
                    Rooms.join(s.port(), room.code(), "south", "B" + r)
                });
                Rooms.toRound1(room.facilitator());
            }
            for (int r = 0; r < 10; r++) {
                for (TestClient p : players.get(r)) {
                    for (int i = 0; i < 3; i++) {
                        p.command("ROUND 1", "{\"type\":\"say\",\"text\":\"room " + r + " line " + i + "\"}");
                    }
                }
            }
            for (int r = 0; r < 10; r++) {
                TestClient f = rooms.get(r).facilitator();
                final int room = r;
                f.await(
                        n -> n.path("event").path("text").asText().equals("room " + room + " line 2")
                                && n.path("event").path("seat").asText().equals("south"),
                        "room " + r + " last line");
                for (TestClient c : List.of(f, players.get(r)[0], players.get(r)[1])) {
                    c.drain(50);
                    long floor = 0;
                    for (JsonNode n : c.seen()) {
                        if (n.path("event").path("type").asText().equals("floor")) {
                            assertThat(n.path("event").path("text").asText()).startsWith("room " + r + " ");
                            floor++;
                        }
                    }
                    assertThat(floor).isLessThanOrEqualTo(6);
                }
                assertThat(f.seen().stream()
                                .filter(n ->
                                        n.path("event").path("type").asText().equals("floor")))
                        .hasSize(6);
            }
            for (int r = 0; r < 10; r++) {
                rooms.get(r).facilitator().close();
                for (TestClient p : players.get(r)) {
                    p.close();
                }
            }
            assertThat(s.server.rooms()).hasSize(10);
        }
    }
}
