package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;

/**
 * The room limit counts only rooms in play: a finished room stays on the server (for reports and
 * get_events) but no longer takes a place, also after a restart. A server run all term would
 * otherwise refuse new rooms once it had held as many as the limit.
 */
@IntegrationTest
class RoomLimitTest {

    @TempDir
    Path data;

    /** Asks for a room on {@code c} (in the lobby); returns the reply to the request. */
    private static JsonNode createRoom(TestClient c) throws IOException {
        return c.awaitReply(c.request(TestClient.msg("create_room").put("scenario", "test-4x3")));
    }

    @Test
    void aFinishedRoomNoLongerCountsTowardTheLimit() throws Exception {
        try (TestServer s = TestServer.start(data, b -> b.maxRooms(2))) {
            Rooms.Created first = Rooms.create(s.port(), null);
            Rooms.Created second = Rooms.create(s.port(), null);
            try (TestClient f1 = first.facilitator();
                    TestClient f2 = second.facilitator();
                    TestClient teacher = TestClient.hello(s.port(), "Teacher")) {
                JsonNode refused = createRoom(teacher);
                assertThat(refused.path("type").asText()).isEqualTo("error");
                assertThat(refused.path("code").asText()).isEqualTo("too_many_rooms");

                // The first summit is played to its end; once told so, the next room can be created.
                Rooms.toRound1(f1);
                f1.commandOk("ROUND 1", "{\"type\":\"end\"}");
                f1.find(n -> n.path("event").path("type").asText().equals("match_ended"), "match_ended");
                JsonNode created = createRoom(teacher);
                assertThat(created.path("type").asText()).isEqualTo("room_created");
                teacher.await("welcome");

                // The two rooms in play still fill the limit; the finished one is still there.
                try (TestClient another = TestClient.hello(s.port(), "Another")) {
                    JsonNode full = createRoom(another);
                    assertThat(full.path("code").asText()).isEqualTo("too_many_rooms");
                }
                assertThat(s.server.rooms()).hasSize(3);
                assertThat(s.server.rooms()).filteredOn(r -> r.over()).hasSize(1);
            }
        }

        // Restored from the journals: the finished room does not count either.
        try (TestServer again = TestServer.start(data, b -> b.maxRooms(3))) {
            assertThat(again.server.restoredRooms()).isEqualTo(3);
            try (TestClient teacher = TestClient.hello(again.port(), "Teacher")) {
                assertThat(createRoom(teacher).path("type").asText()).isEqualTo("room_created");
                teacher.await("welcome");
            }
            try (TestClient another = TestClient.hello(again.port(), "Another")) {
                assertThat(createRoom(another).path("code").asText()).isEqualTo("too_many_rooms");
            }
        }
    }
}
