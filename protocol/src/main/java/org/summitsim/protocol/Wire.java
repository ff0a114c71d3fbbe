package org.summitsim.protocol;

import com.fasterxml.jackson.databind.ObjectWriter;
import org.summitsim.core.json.Json;
import org.summitsim.core.json.JsonLines;

/**
 * Encodes server messages as one line of compact JSON ending in {@code \n}. A line is encoded
 * once and the same bytes are sent to every recipient; the WebSocket framing drops the newline.
 */
public final class Wire {

    private static final ObjectWriter WRITER = Json.mapper().writerFor(ServerMessage.class);

    private Wire() {}

    public static byte[] encode(ServerMessage message) {
        return JsonLines.encode(WRITER, message);
    }

    public static byte[] error(String id, String code, String message) {
        return encode(new ServerMessage.Error(id, code, message));
    }

    public static byte[] error(String id, ProtocolError e) {
        return error(id, e.code(), e.getMessage());
    }
}
