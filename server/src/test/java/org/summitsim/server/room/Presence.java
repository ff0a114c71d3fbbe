package org.summitsim.server.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Reading a presence message in tests. */
final class Presence {

    private Presence() {}

    /** The entry for {@code seat} in {@code m}'s last presence message. */
    static JsonNode seat(FakeMember m, String seat) {
        for (JsonNode s : m.last("presence").path("seats")) {
            if (s.path("seat").asText().equals(seat)) {
                return s;
            }
        }
        return MissingNode.getInstance();
    }

    static String status(FakeMember m, String seat) {
        return seat(m, seat).path("status").asText();
    }
}
