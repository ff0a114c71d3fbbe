package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/**
 * A client's channel moves to its room's event loop when it enters the room (docs/PERFORMANCE.md).
 * Clients that enter while the room is busy, on a server with several loops, must still get
 * every event from their welcome on, once each and in order, and their own commands must work.
 */
@IntegrationTest
class JoinWhileBusyTest {

    private static final int LINES = 60;

    @Test
    void clientsEnteringABusyRoomMissNothingAndRepeatNothing() throws Exception {
        try (TestServer s = TestServer.start(b -> b.ioThreads(4).rate(1000, 1000))) {
            Rooms.Created room = Rooms.create(s.port(), null);
            TestClient north = Rooms.join(s.port(), room.code(), "north", "Ada");
            Rooms.toRound1(room.facilitator());
            CompletableFuture<Void> talk = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < LINES; i++) {
                        north.command("ROUND 1", "{\"type\":\"say\",\"text\":\"line " + i + "\"}");
                        Thread.sleep(5);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            List<TestClient> late = new ArrayList<>();
            for (String seat : List.of("south", "east", "west")) {
                late.add(Rooms.join(s.port(), room.code(), seat, "Late " + seat));
            }
            for (int i = 0; i < 4; i++) {
                late.add(Rooms.spectate(s.port(), room.code()));
            }
            talk.get();
            for (TestClient c : late) {
                c.await(n -> n.path("event").path("text").asText().equals("line " + (LINES - 1)), "the last line");
                long lastSeq = -1;
                int lastLine = -1;
                for (JsonNode n : c.seen()) {
                    if (!n.path("type").asText().equals("event")) {
                        continue;
                    }
                    long seq = n.path("seq").asLong();
                    assertThat(seq).as("the event after %d", lastSeq).isGreaterThan(lastSeq);
                    lastSeq = seq;
                    String text = n.path("event").path("text").asText();
                    if (text.startsWith("line ")) {
                        int line = Integer.parseInt(text.substring(5));
                        if (lastLine >= 0) {
                            assertThat(line).as("the line after %d", lastLine).isEqualTo(lastLine + 1);
                        }
                        lastLine = line;
                    }
                }
                assertThat(lastLine).isEqualTo(LINES - 1);
            }
            for (TestClient player : late.subList(0, 3)) {
                assertThat(player.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"here\"}")
                                .path("type")
                                .asText())
                        .isEqualTo("ack");
            }
            for (TestClient c : late) {
                c.close();
            }
            north.close();
            room.facilitator().close();
        }
    }
}
