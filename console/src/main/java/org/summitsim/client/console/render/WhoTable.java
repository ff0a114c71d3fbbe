package org.summitsim.client.console.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The facilitator's `who`: every connection in the room (a {@code presence} message's
 * {@code players}), one a line, with its role and delegation by name, and its id last, in
 * brackets, since `assign` and `kick` take it too.
 */
public final class WhoTable {

    private WhoTable() {}

    /** {@code delegation} turns a seat id into the name people read. */
    public static String render(JsonNode presence, UnaryOperator<String> delegation, Style style) {
        StringBuilder out = new StringBuilder(style.heading("Connected")).append('\n');
        for (JsonNode player : presence.path("players")) {
            String seat = player.path("seat").asText("");
            out.append(String.format(
                            Locale.ROOT,
                            "  %-24s %-12s %-22s",
                            player.path("name").asText(),
                            player.path("role").asText(),
                            seat.isEmpty() ? seat : delegation.apply(seat)))
                    .append(style.dim("[" + player.path("player").asText() + "]"))
                    // A bot over the network holds a seat as a student does; the teacher grades students.
                    .append(player.path("bot").asBoolean() ? " (a program)" : "")
                    .append('\n');
        }
        out.append("Spectators: ").append(presence.path("spectators").asInt());
        return out.toString();
    }
}
