package org.summitsim.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.server.it.Rooms;
import org.summitsim.server.it.TestClient;
import org.summitsim.server.it.TestServer;

/**
 * Found by the fuzzer: {@code fill_bots} with {@code "strategy":"script:/etc/passwd"} made the
 * server read that file, and {@code class:NAME} made it load and initialise any class on its
 * class path. Over the network only the built-in strategies exist.
 */
@IntegrationTest
class ClientChosenBotsTest {

    @Test
    void aClientCannotNameAFileOrAClassAsABot() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator()) {
                for (String strategy : new String[] {
                    "script:/etc/passwd", "class:java.lang.Object", "class:org.summitsim.core.bots.RandomBot"
                }) {
                    String id = f.request(TestClient.msg("fill_bots").put("strategy", strategy));
                    JsonNode reply = f.awaitReply(id);
                    assertThat(reply.path("code").asText()).as(strategy).isEqualTo("bot_unavailable");
                    assertThat(reply.path("message").asText()).contains("utility");
                }
                String id = f.request(TestClient.msg("fill_bots").put("strategy", "random"));
                assertThat(f.awaitReply(id).path("type").asText()).isEqualTo("ack");
            }
            try (TestClient c = TestClient.hello(s.port(), "x")) {
                String id = c.request(TestClient.msg("create_room")
                        .put("scenario", "test-4x3")
                        .set("options", TestClient.msg("x").put("bot", "script:/etc/hostname")));
                assertThat(c.awaitReply(id).path("code").asText()).isEqualTo("bad_option");
            }
        }
    }
}
