package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitsim.core.IntegrationTest;

/**
 * The server killed with SIGKILL mid-match and restarted keeps every acknowledged action, with
 * the journal as shipped (written before each ack, forced to disk in the background) and with
 * fsync always (forced before each ack).
 */
@IntegrationTest
class CrashRecoveryTest {

    @TempDir
    Path data;

    @ParameterizedTest(name = "fsync {0}")
    @ValueSource(strings = {"default", "always"})
    void aKilledServerComesBackWithEveryAcknowledgedActionAndItsClock(String fsync) throws Exception {
        String[] mode = fsync.equals("default") ? new String[0] : new String[] {"--fsync", fsync};
        Map<Long, String> acked = new LinkedHashMap<>();
        String seatToken;
        String facilitatorToken;
        long deadline;
        try (ChildServer first = ChildServer.start(data, mode)) {
            assertThat(first.output)
                    .anyMatch(l -> l.contains("journal fsync: " + (fsync.equals("default") ? "interval" : fsync)));
            Rooms.Created room = Rooms.create(first.port(), "{\"timing\":{\"round\":600}}");
            facilitatorToken = room.token();
            TestClient f = room.facilitator();
            TestClient north = Rooms.join(first.port(), room.code(), "north", "Ada");
            seatToken = north.seen().get(north.seen().size() - 1).path("token").asText();
            Rooms.toRound1(f);
            deadline = f.find(
                            n -> n.path("type").asText().equals("clock")
                                    && n.path("stage").asText().equals("ROUND 1"),
                            "round clock")
                    .path("deadline")
                    .asLong();
            for (int i = 0; i < 200; i++) {
                north.command("ROUND 1", "{\"type\":\"say\",\"text\":\"line " + i + "\"}");
            }
            Map<Long, String> texts = new LinkedHashMap<>();
            // The rate limit (a burst of 40, less the hello and the join) refuses most of the 200, so
            // as few as 38 may be acked: stop at 40 acks or once every command has its reply.
            int replies = 0;
            while (acked.size() < 40 && replies < 200) {
                JsonNode n =
                        north.await(m -> m.path("type").asText().matches("event|ack|error"), "event, ack or error");
                if (n.path("type").asText().equals("event")) {
                    texts.put(
                            n.path("seq").asLong(), n.path("event").path("text").asText());
                } else {
                    replies++;
                    if (n.path("type").asText().equals("ack")) {
                        acked.put(
                                n.path("seq").asLong(), texts.get(n.path("seq").asLong()));
                    }
                }
            }
            first.kill();
        }
        Path journal;
        try (var files = Files.list(data.resolve("rooms"))) {
            journal = files.filter(f -> f.toString().endsWith(".jsonl"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(journal, "{\"kind\":\"event\",\"seq\":999,\"ti", StandardOpenOption.APPEND);

        try (ChildServer second = ChildServer.start(data, mode);
                TestClient back = TestClient.hello(second.port(), "Ada");
                TestClient f = TestClient.hello(second.port(), "Teacher")) {
            String id = back.request(
                    TestClient.msg("resume").put("token", seatToken).put("lastSeq", 0));
            JsonNode welcome = back.awaitReply(id);
            assertThat(welcome.path("seat").asText()).isEqualTo("north");
            assertThat(welcome.path("clock").path("stage").asText()).isEqualTo("ROUND 1");
            assertThat(welcome.path("clock").path("deadline").asLong()).isEqualTo(deadline);
            long lastSeq = welcome.path("view").path("seq").asLong();
            back.await(n -> n.path("seq").asLong() == lastSeq, "replay up to " + lastSeq);
            Map<Long, String> replayed = new LinkedHashMap<>();
            for (JsonNode n : back.seen()) {
                if (n.path("type").asText().equals("event")) {
                    replayed.put(
                            n.path("seq").asLong(), n.path("event").path("text").asText());
                }
            }
            assertThat(replayed).containsAllEntriesOf(acked);
            back.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"after the crash\"}");

            id = f.request(
                    TestClient.msg("resume").put("token", facilitatorToken).put("lastSeq", lastSeq));
            assertThat(f.awaitReply(id).path("role").asText()).isEqualTo("facilitator");
            assertThat(second.output).anyMatch(l -> l.contains("cut short by a crash"));

            assertThat(second.terminate()).isZero();
            JsonNode bye = back.await("bye");
            assertThat(bye.path("code").asText()).isEqualTo("server_shutdown");
            List<String> lines = Files.readAllLines(journal);
            assertThat(lines.get(lines.size() - 1)).contains("after the crash");
        }
    }
}
