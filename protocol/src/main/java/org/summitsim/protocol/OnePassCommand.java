package org.summitsim.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Stage;

/**
 * Reads the commonest client message, a valid game command, in one pass over its bytes: the
 * envelope's fields streamed and the command bound straight from the parser, with no JSON tree
 * in between (the tree was most of the server's allocation under load). It gives up, returning
 * null, on anything but a well-formed {@code command} message with a textual stage, a command
 * object that binds and no repeated field; {@link MessageParser} then reads the line the general
 * way, so every refusal is worded exactly as before.
 */
final class OnePassCommand {

    private final JsonFactory factory;
    private final ObjectReader commands;

    OnePassCommand(JsonFactory factory, ObjectReader commands) {
        this.factory = factory;
        this.commands = commands;
    }

    /** The message in {@code bytes[offset, offset + length)}, or null to read it the general way. */
    Inbound read(byte[] bytes, int offset, int length) {
        try (JsonParser p = factory.createParser(bytes, offset, length)) {
            return read(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Inbound read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String id = null;
        String stage = null;
        Command command = null;
        boolean typed = false;
        boolean identified = false;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            // A repeated field is left to the general path, which decides what it means. (The
            // parser's own duplicate detection would cost a hash set per object.)
            if (switch (field) {
                case "type" -> typed;
                case "id" -> identified;
                case "stage" -> stage != null;
                case "command" -> command != null;
                default -> false;
            }) {
                return null;
            }
            switch (field) {
                case "type" -> {
                    if (value != JsonToken.VALUE_STRING || !"command".equals(p.getText())) {
                        return null;
                    }
                    typed = true;
                }
                case "id" -> {
                    identified = true;
                    id = id(p, value);
                    if (id == null) {
                        return null;
                    }
                }
                case "stage" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        return null;
                    }
                    stage = p.getText();
                }
                case "command" -> {
                    if (value != JsonToken.START_OBJECT) {
                        return null;
                    }
                    command = commands.readValue(p);
                }
                default -> {
                    return null; // a field the envelope ignores, or a mistake: the general path says which
                }
            }
        }
        if (t != JsonToken.END_OBJECT || p.nextToken() != null || !typed || stage == null || command == null) {
            return null;
        }
        return Inbound.ok(id, "command", new ClientMessage.BoundCommand(Stage.parse(stage), command));
    }

    /** The id as the general path reads it (a number as its decimal text), or null if it would be refused. */
    private static String id(JsonParser p, JsonToken value) throws IOException {
        String id;
        if (value == JsonToken.VALUE_STRING) {
            id = p.getText();
        } else if (value == JsonToken.VALUE_NUMBER_INT) {
            id = switch (p.getNumberType()) {
                case INT -> Integer.toString(p.getIntValue());
                case LONG -> Long.toString(p.getLongValue());
                default -> p.getBigIntegerValue().toString();
            };
        } else {
            return null;
        }
        return id.length() <= Limits.REQUEST_ID ? id : null;
    }
}
