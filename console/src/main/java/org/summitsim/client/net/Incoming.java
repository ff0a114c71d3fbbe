package org.summitsim.client.net;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Optional;
import org.summitsim.core.json.Json;
import org.summitsim.protocol.ServerMessage;

/**
 * Turns a server line into the server's own message records, so client and server share one
 * definition of the wire. Unknown fields are ignored (the protocol lets servers add some);
 * a message this client does not know comes back empty rather than failing the connection.
 */
public final class Incoming {

    private static final ObjectReader READER =
            Json.mapper().readerFor(ServerMessage.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Incoming() {}

    public static Optional<ServerMessage> decode(JsonNode node) {
        try {
            return Optional.of(READER.treeToValue(node, ServerMessage.class));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static JsonNode parse(String line) throws IOException {
        return Json.mapper().readTree(line);
    }
}
