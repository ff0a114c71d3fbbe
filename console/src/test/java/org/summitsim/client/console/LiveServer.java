package org.summitsim.client.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.summitsim.server.SummitServer;

/** A real server on a free port with a temporary data directory, removed on close. */
final class LiveServer implements AutoCloseable {

    /** Long phases: the tests move the summit on themselves, with `advance`. */
    static final String SLOW = "{\"timing\":{\"briefing\":600,\"opening\":600,\"round\":600,\"rounds\":1,"
            + "\"decision\":600},\"seed\":7}";

    private final Path data;
    private final SummitServer server;

    LiveServer() throws IOException {
        data = Files.createTempDirectory("summit-console-test-");
        server = new SummitServer(SummitServer.Config.defaults().toBuilder()
                        .host("127.0.0.1")
                        .port(0)
                        .dataDir(data)
                        .fsync(false)
                        .ioThreads(2)
                        .journalThreads(1)
                        .botThinkMs(20)
                        .build())
                .start();
    }

    int port() {
        return server.port();
    }

    SummitServer.Created room(String scenario, String options) {
        return server.createRoom(scenario, options);
    }

    /** How many players are in {@code room} now, by the server's own count. */
    int players(String room) {
        return server.rooms().stream()
                .filter(r -> r.room().equals(room))
                .mapToInt(r -> r.players())
                .sum();
    }

    @Override
    public void close() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
