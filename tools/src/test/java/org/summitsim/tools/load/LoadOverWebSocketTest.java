package org.summitsim.tools.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.summitsim.core.IntegrationTest;
import org.summitsim.server.SummitServer;

/**
 * A small load over each transport against an embedded server, and over WebSocket against the
 * plain Netty baseline: every command is answered, none is refused, and each floor statement
 * reaches the room's three clients.
 */
@IntegrationTest
class LoadOverWebSocketTest {

    private static final Load LOAD = new Load(2, 3, 5, true);

    @TempDir
    static Path data;

    private static SummitServer server;
    private static ClientLoops loops;

    @BeforeAll
    static void start() throws Exception {
        server = new SummitServer(SummitServer.Config.defaults().toBuilder()
                        .port(0)
                        .dataDir(data)
                        .fsync(false)
                        .ioThreads(1)
                        .journalThreads(1)
                        .build())
                .start();
        loops = ClientLoops.create();
    }

    @AfterAll
    static void stop() {
        loops.close();
        server.close();
    }

    @ParameterizedTest
    @EnumSource(LoadTransport.class)
    void summitAnswersEveryCommandAndFansOutEachStatement(LoadTransport transport) throws Exception {
        List<String> codes = SummitRooms.create("127.0.0.1", server.port(), "hague-2023", LOAD.rooms());
        LoadResult r = LoadRun.measure(loops, transport, "127.0.0.1", server.port(), codes, LOAD, 1, 2);
        assertAnsweredAndFannedOut(r);
    }

    @Test
    void theBaselineAnswersEveryCommandAndFansOutOverWebSocket() throws Exception {
        try (BroadcastBaseline b =
                new BroadcastBaseline(loops.group(), loops.group(), loops.serverChannel(), 0, LoadTransport.WS)) {
            LoadResult r = LoadRun.measure(
                    loops, LoadTransport.WS, "127.0.0.1", b.port(), SummitRooms.groups("g", LOAD.rooms()), LOAD, 1, 2);
            assertAnsweredAndFannedOut(r);
        }
    }

    private static void assertAnsweredAndFannedOut(LoadResult r) {
        assertThat(r.connections()).isEqualTo(6);
        assertThat(r.samples()).isGreaterThan(20);
        assertThat(r.errors()).isZero();
        // Each statement goes to the room's 3 clients, and its sender gets an ack: about 4 lines out per line in.
        assertThat(r.outPerSecond()).isGreaterThan(3 * r.inPerSecond());
        assertThat(r.p50()).isPositive();
    }
}
