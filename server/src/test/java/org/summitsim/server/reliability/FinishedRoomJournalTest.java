package org.summitsim.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.server.it.Rooms;
import org.summitsim.server.it.TestClient;
import org.summitsim.server.it.TestServer;

/**
 * A finished room keeps its journal closed while it has nothing to write (found by the soak: one
 * open file per finished room, for the server's lifetime and again after each restart), and
 * opens it again when something must be written.
 */
@IntegrationTest
class FinishedRoomJournalTest {

    private static List<Path> openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(fd -> {
                        try {
                            return Files.readSymbolicLink(fd);
                        } catch (IOException e) {
                            return fd;
                        }
                    })
                    .toList();
        }
    }

    private static boolean open(Path journal) throws IOException {
        return openFiles().stream().anyMatch(p -> p.toString().equals(journal.toString()));
    }

    private static void eventually(IOCheck check) throws Exception {
        long until = System.currentTimeMillis() + 5_000;
        while (!check.ok()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("not within 5 s");
            }
            Thread.sleep(20);
        }
    }

    interface IOCheck {
        boolean ok() throws IOException;
    }

    @Test
    void aFinishedRoomHoldsNoFileOpenYetStillWrites() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
        Path journal;
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator()) {
                try (Stream<Path> files = Files.list(s.data.resolve("rooms"))) {
                    journal = files.filter(p -> p.toString().endsWith(".jsonl"))
                            .findFirst()
                            .orElseThrow()
                            .toRealPath();
                }
                Rooms.toRound1(f);
                assertThat(open(journal)).isTrue();
                f.commandOk("ROUND 1", "{\"type\":\"end\"}");
                eventually(() -> !open(journal));
                // Something to write in a finished room: the file opens, takes the record, closes again.
                String id = f.request(TestClient.msg("reset_token").put("seat", "north"));
                JsonNode reply = f.awaitReply(id);
                assertThat(reply.path("type").asText()).isEqualTo("ack");
                eventually(() -> Files.readString(journal).contains("\"kind\":\"token\""));
                eventually(() -> !open(journal));
                String events = f.request(TestClient.msg("get_events"));
                f.await(
                        n -> events.equals(n.path("id").asText(null))
                                && n.path("type").asText().equals("events_end"),
                        "events_end");
            }
        }
        // Restored as finished: it is read, and not kept open.
        try (TestServer again = TestServer.start(journal.getParent().getParent(), b -> b)) {
            assertThat(again.server.restoredRooms()).isEqualTo(1);
            eventually(() -> !open(journal));
        }
    }
}
