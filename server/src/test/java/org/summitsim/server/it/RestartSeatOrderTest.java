package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;

/** A room restored from its journal keeps the scenario's seat order (test-4x3: north, south, east, west). */
@IntegrationTest
class RestartSeatOrderTest {

    @TempDir
    Path data;

    @Test
    void aRestartedRoomListsSeatsAndSeatsNewPlayersInScenarioOrder() throws Exception {
        Rooms.Created room;
        try (TestServer first = TestServer.start(data, b -> b)) {
            room = Rooms.create(first.port(), null);
            room.facilitator().close();
        }
        try (TestServer second = TestServer.start(data, b -> b);
                TestClient f = TestClient.hello(second.port(), "Teacher")) {
            JsonNode welcome = f.awaitReply(f.request(TestClient.msg("resume").put("token", room.token())));
            assertThat(seats(welcome.path("presence"))).containsExactly("north", "south", "east", "west");
            try (TestClient ada = TestClient.hello(second.port(), "Ada")) {
                JsonNode seated =
                        ada.awaitReply(ada.request(TestClient.msg("join").put("code", room.code())));
                assertThat(seated.path("seat").asText())
                        .as("the first free seat in scenario order")
                        .isEqualTo("north");
            }
            JsonNode monitor = f.awaitReply(f.request(TestClient.msg("get_monitor")));
            assertThat(seats(monitor)).containsExactly("north", "south", "east", "west");
        }
    }

    private static List<String> seats(JsonNode message) {
        List<String> out = new ArrayList<>();
        message.path("seats").forEach(s -> out.add(s.path("seat").asText()));
        return out;
    }
}
