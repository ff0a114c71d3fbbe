package org.summitsim.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.util.TreeSet;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Command;

/**
 * Turns one line of client JSON into an {@link Inbound}. Never throws: every problem becomes a
 * {@link ProtocolError} with the code and sentence the client will read.
 */
public final class MessageParser {

    /**
     * Client JSON is read within stated limits ({@link Limits}: nesting, string, number and field
     * name lengths), not Jackson's defaults, which are made for trusted documents.
     */
    public static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.JSON_DEPTH)
            .maxStringLength(Limits.JSON_STRING)
            .maxNumberLength(Limits.JSON_NUMBER)
            .maxNameLength(Limits.JSON_NAME)
            .build();

    private static final ObjectMapper WIRE = Json.withLimits(LIMITS);

    /** The envelope is lenient about unknown fields, so later servers can add some. */
    private static final ObjectReader ENVELOPE = WIRE.reader()
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final String TYPES = String.join(", ", new TreeSet<>(ClientMessage.TYPES.keySet()));

    private static final ObjectReader COMMANDS = Json.mapper().readerFor(Command.class);

    /**
     * The game commands a client may send, from the command's own type registry: a new command
     * is listed as soon as it exists. The deadline is the room clock's alone.
     */
    private static final String COMMAND_TYPES = String.join(", ", commandTypes(Command.SeatCommand.class))
            + "; the facilitator's: " + String.join(", ", commandTypes(Command.ChairCommand.class));

    private static final OnePassCommand ONE_PASS = new OnePassCommand(WIRE.getFactory(), COMMANDS);

    private MessageParser() {}

    /**
     * The message in {@code bytes[offset, offset + length)}. A valid game command, the commonest
     * message, is read in one pass ({@link OnePassCommand}); anything else as {@link #parse(InputStream)}.
     */
    public static Inbound parse(byte[] bytes, int offset, int length) {
        Inbound fast = ONE_PASS.read(bytes, offset, length);
        return fast != null ? fast : parse(new java.io.ByteArrayInputStream(bytes, offset, length));
    }

    public static Inbound parse(InputStream json) {
        JsonNode node;
        try {
            node = ENVELOPE.readTree(json);
        } catch (StreamConstraintsException e) {
            return Inbound.failed(
                    null,
                    null,
                    new ProtocolError(
                            ErrorCodes.BAD_JSON,
                            "That line goes beyond the"
                                    + " protocol's limits: objects and lists nest at most " + Limits.JSON_DEPTH
                                    + " deep, numbers have"
                                    + " at most " + Limits.JSON_NUMBER + " digits, field names at most "
                                    + Limits.JSON_NAME
                                    + " characters."));
        } catch (IOException e) {
            return Inbound.failed(
                    null,
                    null,
                    new ProtocolError(ErrorCodes.BAD_JSON, "That line is not valid JSON: " + shortReason(e) + "."));
        }
        return parse(node);
    }

    public static Inbound parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Inbound.failed(
                    null,
                    null,
                    new ProtocolError(
                            ErrorCodes.BAD_JSON, "Each message must be one JSON object, such as {\"type\":\"ping\"}."));
        }
        String id;
        try {
            id = id(node.get("id"));
        } catch (ProtocolError e) {
            return Inbound.failed(null, null, e);
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            return Inbound.failed(
                    id,
                    null,
                    new ProtocolError(ErrorCodes.UNKNOWN_TYPE, "The message has no \"type\". Types: " + TYPES + "."));
        }
        String type = typeNode.asText();
        Class<? extends ClientMessage> cls = ClientMessage.TYPES.get(type);
        if (cls == null) {
            return Inbound.failed(
                    id,
                    type,
                    new ProtocolError(
                            ErrorCodes.UNKNOWN_TYPE,
                            "\"" + clip(type) + "\" is not a message type. Types: " + TYPES + "."));
        }
        if (type.equals("command") && node.has("seat")) {
            // Ignored like any unknown envelope field, it would send the command as another seat than meant.
            return Inbound.failed(
                    id,
                    type,
                    new ProtocolError(
                            ErrorCodes.BAD_FIELD,
                            "A command always speaks for the seat this connection plays, so \"seat\" is not a"
                                    + " field of it. To play another seat, join that seat on a connection of its own."));
        }
        try {
            ClientMessage message = ENVELOPE.treeToValue(node, cls);
            message.check();
            return Inbound.ok(id, type, message);
        } catch (ProtocolError e) {
            return Inbound.failed(id, type, e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Inbound.failed(id, type, nullInList(node).orElseGet(() -> fieldError(e)));
        }
    }

    /**
     * The game command in a {@code command} message, bound as the room binds it. A missing or
     * unknown {@code type} is {@code unknown_command}, with the commands there are; anything else
     * that does not bind is the field's fault ({@link #fieldError}).
     */
    public static Command command(JsonNode node) {
        if (node != null && !node.isObject()) {
            throw new ProtocolError(
                    ErrorCodes.UNKNOWN_COMMAND,
                    "A command is a JSON object with its \"type\", such as {\"type\":\"ready\"}, not "
                            + (node.isTextual()
                                    ? "the text \"" + clip(node.asText()) + "\""
                                    : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))
                            + ".");
        }
        try {
            return COMMANDS.treeToValue(node, Command.class);
        } catch (InvalidTypeIdException e) {
            if (!e.getPath().isEmpty()) {
                throw fieldError(e); // a nested object's kind (a deal's promise), not the command's
            }
            JsonNode type = node.get("type");
            String named = type == null || type.isNull() ? null : type.asText();
            // A play-test's bot author sent fill_bots inside a command. ("command" itself is the
            // envelope: whoever nests it is told so where they are, over exec for one.)
            boolean message = named != null && ClientMessage.TYPES.containsKey(named) && !named.equals("command");
            throw new ProtocolError(
                    ErrorCodes.UNKNOWN_COMMAND,
                    (named == null
                                    ? "The command has no \"type\"."
                                    : message
                                            ? "\"" + named + "\" is not a command but a message of its own: send"
                                                    + " {\"type\":\"" + named + "\", ...} as it is, not inside"
                                                    + " {\"type\":\"command\"}."
                                            : "\"" + clip(named) + "\" is not a command.")
                            + " A delegation's commands: " + COMMAND_TYPES + ".");
        } catch (IOException | IllegalArgumentException e) {
            throw nullInList(node).orElseGet(() -> fieldError(e));
        }
    }

    /**
     * An empty entry in a list ({@code "conditions":[null]}) fails deep in binding, where the
     * error would name Java's classes: found in the tree instead, and named by its place.
     */
    static java.util.Optional<ProtocolError> nullInList(JsonNode node) {
        return nullAt(node, "")
                .map(field -> new ProtocolError(
                        ErrorCodes.BAD_FIELD,
                        "The field \"" + clip(field) + "\" is null: a list holds no empty entries. Leave it out."));
    }

    private static java.util.Optional<String> nullAt(JsonNode node, String path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String here = path + "[" + i + "]";
                if (node.get(i).isNull()) {
                    return java.util.Optional.of(here);
                }
                java.util.Optional<String> inner = nullAt(node.get(i), here);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        } else if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                java.util.Optional<String> inner =
                        nullAt(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The wire names of the commands of one kind (a seat's or the facilitator's), the host's own left out. */
    private static java.util.List<String> commandTypes(Class<?> kind) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (JsonSubTypes.Type type :
                Command.class.getAnnotation(JsonSubTypes.class).value()) {
            if (kind.isAssignableFrom(type.value()) && !Command.HostCommand.class.isAssignableFrom(type.value())) {
                names.add(type.name());
            }
        }
        return names;
    }

    /** " (in capitals: \"SUPPORT\")" when {@code value} is one of the enum's names in another case. */
    private static String inCapitals(Object value, Class<?> target) {
        if (value instanceof String v) {
            for (Object constant : target.getEnumConstants()) {
                if (constant.toString().equalsIgnoreCase(v)) {
                    return " (in capitals: \"" + constant + "\")";
                }
            }
        }
        return "";
    }

    /** The error for a core command or field that does not map; used for nested objects too. */
    public static ProtocolError fieldError(Exception e) {
        if (e instanceof UnrecognizedPropertyException u) {
            // Where it is, when it is inside the message: "want.conditions[0]", as the author wrote it.
            String where = path(u);
            int cut = where.lastIndexOf('.');
            where = cut < 0 ? "" : where.substring(0, cut);
            String fields = org.summitsim.core.json.Json.knownFields(u);
            return new ProtocolError(
                    ErrorCodes.BAD_FIELD,
                    "\"" + clip(u.getPropertyName()) + "\" is not a field of "
                            + (where.isEmpty() ? "this message" : "\"" + where + "\"")
                            + (fields.isEmpty()
                                    ? ", which takes no fields besides its type."
                                    : ". Fields: " + fields + "."));
        }
        if (e instanceof InvalidTypeIdException t && !t.getPath().isEmpty()) {
            // A nested object of several kinds (a deal's promise): name the field and its kinds.
            JsonTypeInfo info = t.getBaseType() == null
                    ? null
                    : t.getBaseType().getRawClass().getAnnotation(JsonTypeInfo.class);
            String property = info == null || info.property().isEmpty() ? "type" : info.property();
            String field = path(t) + "." + property;
            return new ProtocolError(
                    ErrorCodes.BAD_FIELD,
                    (t.getTypeId() == null
                                    ? "The field \"" + field + "\" is missing"
                                    : "The field \"" + field + "\" cannot be \"" + clip(t.getTypeId()) + "\"")
                            + "; it should be one of " + kinds(t.getBaseType().getRawClass()) + ".");
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String field = path(m);
            Class<?> target = m.getTargetType();
            if (target != null && target.isEnum()) {
                Object value = m instanceof InvalidFormatException f ? f.getValue() : null;
                return new ProtocolError(
                        ErrorCodes.BAD_FIELD,
                        "The field \"" + field + "\" "
                                + (value instanceof String v ? "cannot be \"" + clip(v) + "\"" : "has the wrong type")
                                + "; it should be one of " + java.util.Arrays.toString(target.getEnumConstants())
                                + inCapitals(value, target) + ".");
            }
            String wanted = target == null ? "another type" : describe(target, m);
            return new ProtocolError(
                    ErrorCodes.BAD_FIELD,
                    "The field \"" + field + "\" has the wrong type; it should be " + wanted + ".");
        }
        String reason = shortReason(e);
        // Jackson's own words here name Java classes ("Cannot construct instance of `org...`"): not for people.
        return new ProtocolError(
                ErrorCodes.BAD_FIELD,
                reason.contains("`") || reason.contains("java.")
                        ? "A field is missing or has the wrong type; the protocol (docs/PROTOCOL.md) lists each message's fields."
                        : "A field is missing or has the wrong type: " + reason + ".");
    }

    /** Where in the message the field is, as a bot author writes it: {@code give.ballot}, {@code conditions[0].clause}. */
    private static String path(MismatchedInputException m) {
        StringBuilder b = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return clip(b.toString());
    }

    /** The names a polymorphic type's kinds go by on the wire, from its own declaration. */
    private static String kinds(Class<?> base) {
        JsonSubTypes sub = base.getAnnotation(JsonSubTypes.class);
        if (sub == null) {
            return "the kinds the protocol lists";
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        for (JsonSubTypes.Type type : sub.value()) {
            names.add(type.name());
        }
        return String.join(", ", names);
    }

    private static String describe(Class<?> type, MismatchedInputException m) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return m instanceof InvalidFormatException ? "a valid value" : "an object";
    }

    private static String id(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() && !node.isIntegralNumber()) {
            throw new ProtocolError(ErrorCodes.BAD_FIELD, "The field \"id\" must be a string or a number.");
        }
        String id = node.asText();
        Limits.check("id", id, Limits.REQUEST_ID);
        return id;
    }

    static String shortReason(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = m.indexOf('\n');
        m = cut > 0 ? m.substring(0, cut) : m;
        if (m.startsWith("Unexpected end-of-input")) {
            // Jackson's "expected close marker for Object (start marker at [Source ...": cut at the
            // source, it stopped mid-sentence.
            return m.contains("for Array")
                    ? "it ends before a list is closed: a ']' is missing"
                    : m.contains("for Object")
                            ? "it ends before an object is closed: a '}' is missing"
                            : "it ends too early";
        }
        int at = m.indexOf(" at [Source");
        m = at > 0 ? m.substring(0, at) : m;
        return clip(m.replaceAll("\\s*\\(start marker$", "").strip());
    }

    static String clip(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
