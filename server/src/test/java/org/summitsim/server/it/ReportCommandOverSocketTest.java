package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/**
 * The facilitator's welcome names the command for the room's reports with the server's own data
 * folder, so that it works as printed in the folder where the server runs; nobody else is told
 * where the server keeps its rooms.
 */
@IntegrationTest
class ReportCommandOverSocketTest {

    @Test
    void theFacilitatorIsToldTheReportCommandWithTheServersDataFolder() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            String id = room.welcome().path("room").asText();
            assertThat(room.welcome().path("reportCommand").asText())
                    .isEqualTo("./summit report " + id + " --data " + s.data);
            try (TestClient again = TestClient.hello(s.port(), "Teacher on another laptop");
                    TestClient ada = Rooms.join(s.port(), room.code(), null, "Ada");
                    TestClient watcher = Rooms.spectate(s.port(), room.code())) {
                JsonNode resumed =
                        again.awaitReply(again.request(TestClient.msg("resume").put("token", room.token())));
                assertThat(resumed.path("reportCommand").asText())
                        .isEqualTo("./summit report " + id + " --data " + s.data);
                assertThat(ada.find(n -> n.path("type").asText().equals("welcome"), "Ada's welcome")
                                .has("reportCommand"))
                        .as("a player's welcome")
                        .isFalse();
                assertThat(watcher.find(n -> n.path("type").asText().equals("welcome"), "the spectator's welcome")
                                .has("reportCommand"))
                        .as("a spectator's welcome")
                        .isFalse();
            }
            room.facilitator().close();
        }
    }

    @Test
    void aDataFolderWithASpaceIsQuotedForTheShell() throws Exception {
        Path data = Files.createTempDirectory("summit test ");
        try (TestServer s = TestServer.start(data, b -> b)) {
            Rooms.Created room = Rooms.create(s.port(), null);
            assertThat(room.welcome().path("reportCommand").asText())
                    .isEqualTo("./summit report " + room.welcome().path("room").asText() + " --data '" + data + "'");
            room.facilitator().close();
        }
    }
}
