package org.summitsim.tools.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;

/**
 * A data disk that fills up, or a data directory the server cannot write: a clear error, and no
 * acknowledgement (not even a {@code room_created}) for anything that did not reach the disk.
 * The full disk is real where a small tmpfs can be mounted (root), and otherwise a file-size
 * limit ({@code ulimit -f}) on the server process, which makes every write past it fail the
 * same way.
 */
@IntegrationTest
class StorageFaultTest {

    @TempDir
    Path tmp;

    @Test
    void aFullDiskStopsTheRoomWithAClearErrorAndLosesNothingAcknowledged() throws Exception {
        // Above the 20 KB copy of the scenario kept beside the journal, so that the journal is what fills up.
        fullDisk(tmp.resolve("data"), 32, false);
    }

    @Test
    void aRealFullTmpfsBehavesTheSame() throws Exception {
        Path mnt = tmp.resolve("mnt");
        Files.createDirectories(mnt);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt.toString())
                .redirectErrorStream(true)
                .start();
        boolean mounted = p.waitFor() == 0;
        assumeThat(mounted)
                .as("mounting a tmpfs needs root; the ulimit test covers the same path")
                .isTrue();
        try {
            fullDisk(mnt.resolve("data"), 0, true);
        } finally {
            new ProcessBuilder("umount", "-l", mnt.toString()).start().waitFor();
        }
    }

    private void fullDisk(Path data, long fileLimitKb, boolean tmpfs) throws Exception {
        int port = ServerProcess.freePort();
        Map<Long, String> acked = new LinkedHashMap<>();
        String token;
        try (ServerProcess server = ServerProcess.start(port, data, fileLimitKb)) {
            Client f = Client.hello(port);
            JsonNode created = f.call("{\"type\":\"create_room\",\"scenario\":\"classroom-mini\","
                    + "\"options\":{\"timing\":{\"round\":3600}}}");
            assertThat(created.path("type").asText()).isEqualTo("room_created");
            JsonNode welcome = f.awaitType("welcome");
            String code = welcome.path("code").asText();
            Client p = Client.hello(port);
            JsonNode pw = p.call("{\"type\":\"join\",\"code\":\"" + code + "\",\"seat\":\"netherlands\"}");
            assertThat(pw.path("type").asText()).isEqualTo("welcome");
            token = pw.path("token").asText();
            for (String c : List.of("start", "advance", "advance")) {
                String stage = f.call("{\"type\":\"get_clock\"}").path("stage").asText();
                assertThat(f.call(command(stage, "{\"type\":\"" + c + "\"}"))
                                .path("type")
                                .asText())
                        .isEqualTo("ack");
            }
            if (tmpfs) {
                // Fill the rest of the disk with another file, as another program would.
                try (var out = Files.newOutputStream(data.resolve("filler"))) {
                    byte[] kb = new byte[1024];
                    while (true) {
                        out.write(kb);
                    }
                } catch (java.io.IOException full) {
                    // The disk is full now.
                }
            }
            String failure = null;
            List<JsonNode> refusals = new ArrayList<>();
            for (int i = 0; i < 400 && refusals.size() < 3; i++) {
                Thread.sleep(60); // under the server's default rate limit of 20 messages a second
                JsonNode r = p.call(
                        command("ROUND 1", "{\"type\":\"say\",\"text\":\"line " + i + " " + "x".repeat(200) + "\"}"));
                if (r == null) {
                    failure = failure == null ? "no reply" : failure;
                    break;
                }
                if (r.path("type").asText().equals("ack")) {
                    acked.put(r.path("seq").asLong(), "line " + i);
                } else {
                    refusals.add(r);
                }
            }
            assertThat(failure)
                    .as("every command gets a reply, also after the disk is full")
                    .isNull();
            assertThat(refusals).isNotEmpty().allSatisfy(r -> {
                assertThat(r.path("code").asText()).isEqualTo("storage_failed");
                assertThat(r.path("message").asText()).isNotBlank();
            });
            assertThat(p.all()).anyMatch(n -> n.path("code").asText().equals("storage_failed") && !n.has("id"));
            // A new room on a full disk: a clear error, never a room_created for a room that is not stored.
            // (A file-size limit applies to each file, so only a really full disk refuses a new journal.)
            if (tmpfs) {
                newRoomOnAFullDisk(port, "classroom-mini");
            }
            assertThat(Client.hello(port)
                            .call("{\"type\":\"ping\"}")
                            .path("type")
                            .asText())
                    .isEqualTo("pong");
            server.kill();
        }
        if (tmpfs) {
            Files.deleteIfExists(data.resolve("filler"));
        }
        assertThat(acked).isNotEmpty();
        Path journal;
        try (var files = Files.list(data.resolve("rooms"))) {
            journal = files.filter(x -> x.toString().endsWith(".jsonl"))
                    .sorted((a, b) -> Long.compare(sizeOf(b), sizeOf(a)))
                    .findFirst()
                    .orElseThrow();
        }
        Map<Long, JsonNode> stored = Ledger.readJournal(journal, new ArrayList<>());
        acked.forEach((seq, text) -> assertThat(
                        stored.get(seq).path("event").path("text").asText())
                .as("acknowledged seq %d", seq)
                .startsWith(text));
        // With space again, the room comes back with everything that was acknowledged.
        try (ServerProcess again = ServerProcess.start(port, data, 0)) {
            Client p = Client.hello(port);
            JsonNode w = p.call("{\"type\":\"resume\",\"token\":\"" + token + "\",\"lastSeq\":0}");
            assertThat(w.path("type").asText()).isEqualTo("welcome");
            long last = acked.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(w.path("view").path("seq").asLong()).isGreaterThanOrEqualTo(last);
            assertThat(p.call(command("ROUND 1", "{\"type\":\"say\",\"text\":\"space again\"}"))
                            .path("type")
                            .asText())
                    .isEqualTo("ack");
            assertThat(again.terminate()).isZero();
        }
    }

    private static void newRoomOnAFullDisk(int port, String scenario) throws Exception {
        Client t = Client.hello(port);
        JsonNode second = t.call("{\"type\":\"create_room\",\"scenario\":\"" + scenario + "\"}");
        assertThat(second).as("a reply to create_room on a full disk").isNotNull();
        assertThat(second.path("type").asText()).isEqualTo("error");
        assertThat(second.path("code").asText()).isEqualTo("storage_failed");
        assertThat(t.all()).noneMatch(n -> n.path("type").asText().matches("room_created|welcome"));
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @Test
    void aRoomIsNotAnnouncedBeforeItsJournalIsStored() throws Exception {
        // 1 KiB per file: the first records of a room of 24 seats (its header, with a token per seat,
        // and match_opened) do not fit.
        int port = ServerProcess.freePort();
        try (ServerProcess server = ServerProcess.start(port, tmp.resolve("tiny"), 1)) {
            newRoomOnAFullDisk(port, "hague-2023");
            assertThat(server.terminate()).isZero();
        }
        try (ServerProcess again = ServerProcess.start(ServerProcess.freePort(), tmp.resolve("tiny"), 0)) {
            assertThat(again.restoredRooms()).isZero();
            assertThat(again.terminate()).isZero();
        }
    }

    @Test
    void aDataDirectoryTheServerCannotWriteGivesAClearErrorAndNoRoom() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        // A file where the rooms directory should be: no journal can be created there, even by root.
        Files.writeString(data.resolve("rooms"), "not a directory");
        int port = ServerProcess.freePort();
        try (ServerProcess server = ServerProcess.start(port, data, 0)) {
            Client c = Client.hello(port);
            JsonNode r = c.call("{\"type\":\"create_room\",\"scenario\":\"classroom-mini\"}");
            assertThat(r.path("type").asText()).isEqualTo("error");
            assertThat(r.path("code").asText()).isEqualTo("storage_failed");
            assertThat(r.path("message").asText()).contains("journal");
            assertThat(c.all()).noneMatch(n -> n.path("type").asText().equals("room_created"));
            assertThat(c.call("{\"type\":\"list_rooms\"}").path("rooms").size()).isZero();
            assertThat(server.output).anyMatch(l -> l.contains("could not be created"));
            assertThat(server.terminate()).isZero();
        }
    }

    static String command(String stage, String command) {
        return "{\"type\":\"command\",\"stage\":\"" + stage + "\",\"command\":" + command + "}";
    }

    /** A small request/reply client over {@link RawConnection}. */
    static final class Client {
        private final RawConnection c;
        private final List<JsonNode> all = new ArrayList<>();
        private int ids;

        private Client(RawConnection c) {
            this.c = c;
        }

        static Client hello(int port) throws Exception {
            Client cl = new Client(new RawConnection("127.0.0.1", port));
            cl.call("{\"type\":\"hello\",\"protocol\":1}");
            return cl;
        }

        /** Sends with a fresh id; the reply with that id, or null after 10 s. */
        JsonNode call(String json) throws Exception {
            String id = "q" + (++ids);
            c.writeLine("{\"id\":\"" + id + "\"," + json.substring(1));
            long until = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < until) {
                JsonNode n = c.poll(100);
                if (n == null) {
                    continue;
                }
                all.add(n);
                if (id.equals(n.path("id").asText(null))) {
                    return n;
                }
            }
            return null;
        }

        JsonNode awaitType(String type) {
            for (JsonNode n : all) {
                if (n.path("type").asText().equals(type)) {
                    return n;
                }
            }
            long until = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < until) {
                JsonNode n = c.poll(100);
                if (n != null) {
                    all.add(n);
                    if (n.path("type").asText().equals(type)) {
                        return n;
                    }
                }
            }
            throw new AssertionError("no " + type + " in " + all);
        }

        List<JsonNode> all() {
            JsonNode n;
            while ((n = c.poll(200)) != null) {
                all.add(n);
            }
            return all;
        }
    }
}
