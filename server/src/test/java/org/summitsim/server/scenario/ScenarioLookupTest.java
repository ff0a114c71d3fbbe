package org.summitsim.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;
import org.summitsim.server.SummitServer;
import org.summitsim.server.it.TestClient;
import org.summitsim.server.room.BotFactory;

/** Scenario ids come from clients: asking for ever new unknown ones must not grow the server's memory. */
@IntegrationTest
class ScenarioLookupTest {

    @TempDir
    Path data;

    @Test
    void unknownScenarioIdsAreForgottenBeyondTheCacheBound() throws Exception {
        ScenarioLibrary library = new ScenarioLibrary();
        try (SummitServer server = new SummitServer(
                                SummitServer.Config.defaults().toBuilder()
                                        .port(0)
                                        .dataDir(data)
                                        .fsync(false)
                                        .ioThreads(1)
                                        .journalThreads(1)
                                        .rate(100_000, 100_000)
                                        .build(),
                                library,
                                BotFactory.builtIn(0))
                        .start();
                TestClient c = TestClient.hello(server.port(), "Prober")) {
            int asked = ScenarioLibrary.CACHED_LOOKUPS * 2;
            for (int i = 0; i < asked; i++) {
                c.send("{\"type\":\"create_room\",\"id\":\"q" + i + "\",\"scenario\":\"nowhere-" + i + "\"}");
            }
            assertThat(c.awaitReply("q" + (asked - 1)).path("code").asText()).isEqualTo("unknown_scenario");
            assertThat(library.cachedLookups()).isLessThanOrEqualTo(ScenarioLibrary.CACHED_LOOKUPS);
            // Real scenarios are still found, also after all that.
            c.send("{\"type\":\"create_room\",\"id\":\"real\",\"scenario\":\"classroom-mini\"}");
            assertThat(c.awaitReply("real").path("type").asText()).isEqualTo("room_created");
        }
    }
}
