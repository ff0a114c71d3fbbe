package org.summitsim.server.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.summitsim.server.SummitServer;

/** An embedded server on a free port with its own data directory; close it in a finally or try. */
public final class TestServer implements AutoCloseable {

    public final SummitServer server;
    public final Path data;

    private TestServer(SummitServer server, Path data) {
        this.server = server;
        this.data = data;
    }

    public static TestServer start() throws IOException {
        return start(b -> b);
    }

    public static TestServer start(UnaryOperator<SummitServer.Config.Builder> tweak) throws IOException {
        Path data = Files.createTempDirectory("summit-test-");
        return start(data, tweak);
    }

    public static TestServer start(Path data, UnaryOperator<SummitServer.Config.Builder> tweak) throws IOException {
        SummitServer.Config config = tweak.apply(SummitServer.Config.defaults().toBuilder()
                        .port(0)
                        .dataDir(data)
                        .fsync(false)
                        .botThinkMs(0)
                        .journalThreads(2)
                        .ioThreads(2)
                        // Every test client comes from 127.0.0.1; RoomQuotaTest sets the quota it tests.
                        .roomQuota(10_000, 1))
                .build();
        return new TestServer(new SummitServer(config).start(), data);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
