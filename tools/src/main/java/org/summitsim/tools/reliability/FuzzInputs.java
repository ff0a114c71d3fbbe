// Long on purpose: one seeded generator; every kind of input draws on one random stream, so a seed replays all.
package org.summitsim.tools.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.summitsim.core.json.Json;

/**
 * A seeded generator of hostile input for the wire protocol: valid messages in the wrong state
 * or phase or for another seat, the same with fields dropped, retyped, emptied, blown up or
 * unknown, malformed JSON, random bytes, Unicode edge cases, partial lines, lines over the frame
 * limit and odd first bytes on new connections. The same seed gives the same inputs.
 */
public final class FuzzInputs {

    /** One input: {@code bytes} go out as they are (a line unless the kind says otherwise). */
    public record Input(String kind, byte[] bytes, Delivery delivery) {}

    public enum Delivery {
        /** On the fuzzing connection, in one write. */
        WHOLE,
        /** On the fuzzing connection, cut in two writes with a pause between. */
        SPLIT,
        /** A line longer than the frame limit: the server must answer frame_too_long and close. */
        OVERSIZE,
        /** On a new connection of its own (first bytes, handshake abuse); then closed. */
        FRESH
    }

    /** What the generator knows of the server under test; the fuzzer keeps it current. */
    public static final class Knowledge {
        public final List<String> codes = new java.util.concurrent.CopyOnWriteArrayList<>();
        public final List<String> tokens = new java.util.concurrent.CopyOnWriteArrayList<>();
        public final List<String> seats = new java.util.concurrent.CopyOnWriteArrayList<>();
        public final List<String> clauses = new java.util.concurrent.CopyOnWriteArrayList<>();
        public final List<String> options = new java.util.concurrent.CopyOnWriteArrayList<>();
        public final List<String> scenarios = new java.util.concurrent.CopyOnWriteArrayList<>();
        public final List<String> players =
                new java.util.concurrent.CopyOnWriteArrayList<>(List.of("p1", "p2", "p3", "p4", "p9"));
    }

    // spotless:off
    static final String[] TYPES = {"hello", "ping", "list_scenarios", "list_rooms", "create_room", "join", "resume",
        "leave", "command", "get_view", "get_welcome", "get_clock", "get_presence", "get_events", "fill_bots",
        "remove_bot", "move_player", "kick", "reset_token"};
    // spotless:on
    // spotless:off
    static final String[] COMMANDS = {"say", "dm", "caucus_create", "caucus_invite", "caucus_leave", "caucus_say",
        "propose", "cosponsor", "withdraw", "vote", "pledge", "offer", "accept", "decline", "decide", "ready", "start",
        "advance", "deadline", "pause", "resume", "extend", "inject", "announce", "call_vote", "end",
        "hide", "mute", "unmute"};
    // spotless:on
    // spotless:off
    static final String[] STAGES = {"LOBBY", "BRIEFING", "OPENING", "ROUND 1", "ROUND 2", "ROUND 3", "FINAL",
        "RESULTS", "round-2", "round 1", "ROUND 0", "ROUND -1", "ROUND 99999999999", "ROUND", "round", "final ",
        " lobby", "", "LOBBY\u0000", "ROUND\u00a01"};
    // spotless:on
    /** Strings that have broken parsers, limits and terminals before. */
    // spotless:off
    static final String[] EDGE = {"", " ", "\u0000", "\u0000\u0000\u0000", "\ud800", "\udfff", "\udbff\udfff",
        "\ud83d\ude00", "\ud83d\ude00".repeat(30), "\ufeff", "\ufffe", "\uffff", "\u202e\u0645\u0631\u062d\u0628\u0627",
        "\u200b\u200c\u200d", "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301", "\u2028\u2029", "\r\n",
        "\t\u000b\u000c", "\u001b[2J\u001b[31mred", "\\", "\"", "%s%n%x", "${jndi:ldap://127.0.0.1/x}", "<script>",
        "' OR 1=1 --", "../../../../etc/passwd", "NaN", "-0", "1e309", "9".repeat(400), "\u00df\u0130\u0131",
        "\uff21\uff22", "\ud835\udd73", "a\u0000b", "null", "true", "[]", "{}", "\u0085", "\u00a0"};
    // spotless:on
    /** Byte sequences that are not UTF-8 or are suspicious UTF-8. */
    static final byte[][] BAD_UTF8 = {
        {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xFF},
        {(byte) 0xFE, (byte) 0xFF},
        {(byte) 0x80},
        {(byte) 0xC3},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
        {0}
    };

    private final SplittableRandom rnd;
    private final Knowledge k;
    private final JsonNodeFactory f = JsonNodeFactory.instance;
    private long ids = 900_000;

    public FuzzInputs(long seed, Knowledge knowledge) {
        this.rnd = new SplittableRandom(seed);
        this.k = knowledge;
    }

    public Input next() {
        int roll = rnd.nextInt(1000);
        if (roll < 3) {
            return oversize();
        }
        if (roll < 7) {
            return fresh();
        }
        if (roll < 230) {
            return line("valid", valid());
        }
        if (roll < 560) {
            ObjectNode m = valid();
            int n = 1 + rnd.nextInt(3);
            for (int i = 0; i < n; i++) {
                mutate(m, 0);
            }
            return line("mutated", m);
        }
        if (roll < 720) {
            return new Input("malformed", terminate(malformed()), pickDelivery());
        }
        if (roll < 800) {
            return new Input("bytes", terminate(randomBytes(1 + rnd.nextInt(300))), pickDelivery());
        }
        if (roll < 900) {
            return new Input("unicode", terminate(unicode()), pickDelivery());
        }
        if (roll < 960) {
            return new Input("nonobject", terminate(nonObject().getBytes(StandardCharsets.UTF_8)), Delivery.WHOLE);
        }
        return new Input("deep", terminate(deep()), Delivery.WHOLE);
    }

    private Delivery pickDelivery() {
        return rnd.nextInt(8) == 0 ? Delivery.SPLIT : Delivery.WHOLE;
    }

    private Input line(String kind, JsonNode m) {
        return new Input(kind, terminate(Json.write(m).getBytes(StandardCharsets.UTF_8)), pickDelivery());
    }

    private static byte[] terminate(byte[] b) {
        byte[] out = java.util.Arrays.copyOf(b, b.length + 1);
        out[b.length] = '\n';
        return out;
    }

    // ----- valid messages (for whatever state the server is in)

    private ObjectNode valid() {
        String type = TYPES[rnd.nextInt(TYPES.length)];
        if (rnd.nextInt(3) == 0) {
            type = "command";
        }
        ObjectNode m = f.objectNode().put("type", type);
        if (rnd.nextInt(10) != 0) {
            m.put("id", "z" + (ids++));
        }
        switch (type) {
            case "hello" ->
                m.put("protocol", rnd.nextInt(6) == 0 ? rnd.nextInt(-2, 4) : 1)
                        .put("client", "fuzz")
                        .put("name", word());
            case "create_room" -> {
                m.put("scenario", pick(k.scenarios, "classroom-mini"));
                if (rnd.nextBoolean()) {
                    m.set("options", options());
                }
            }
            case "join" -> {
                m.put("code", rnd.nextInt(3) == 0 ? randomCode() : pick(k.codes, "AAAA-BBBB"));
                if (rnd.nextBoolean()) {
                    m.put("role", rnd.nextBoolean() ? "player" : "spectator");
                }
                if (rnd.nextBoolean()) {
                    m.put("seat", pick(k.seats, "north"));
                }
                if (rnd.nextBoolean()) {
                    m.put("lastSeq", rnd.nextLong(-5, 5000));
                }
            }
            case "resume" ->
                m.put("token", rnd.nextInt(3) == 0 ? "st." + word() : pick(k.tokens, "st.x"))
                        .put("lastSeq", rnd.nextLong(-5, 5000));
            case "command" -> {
                m.put("stage", STAGES[rnd.nextInt(STAGES.length)]);
                m.set("command", command());
            }
            case "get_events" -> {
                if (rnd.nextBoolean()) {
                    m.put("afterSeq", rnd.nextLong(-10, 3000));
                }
                if (rnd.nextBoolean()) {
                    m.put("limit", rnd.nextInt(-10, 3000));
                }
            }
            case "fill_bots" -> {
                if (rnd.nextBoolean()) {
                    ArrayNode seats = m.putArray("seats");
                    for (int i = rnd.nextInt(4); i > 0; i--) {
                        seats.add(pick(k.seats, "east"));
                    }
                }
                if (rnd.nextBoolean()) {
                    m.put(
                            "strategy",
                            rnd.nextInt(5) == 0
                                    ? word()
                                    : pick(
                                            List.of(
                                                    "utility",
                                                    "random",
                                                    "silent",
                                                    "mediator",
                                                    "hardliner",
                                                    "historical",
                                                    "script:/etc/passwd",
                                                    "class:java.lang.Object"),
                                            ""));
                }
            }
            case "remove_bot", "reset_token" -> m.put("seat", pick(k.seats, "east"));
            case "move_player" -> {
                m.put("player", pick(k.players, "p1"));
                if (rnd.nextBoolean()) {
                    m.put("seat", pick(k.seats, "west"));
                } else {
                    m.putNull("seat");
                }
            }
            case "kick" -> m.put("player", pick(k.players, "p1")).put("reason", word());
            default -> {
                // ping, list_*, leave, get_view, get_welcome, get_clock, get_presence: no fields.
            }
        }
        return m;
    }

    private ObjectNode options() {
        ObjectNode o = f.objectNode();
        if (rnd.nextBoolean()) {
            o.put("label", word());
        }
        if (rnd.nextBoolean()) {
            o.put("seed", rnd.nextLong());
        }
        if (rnd.nextBoolean()) {
            if (rnd.nextBoolean()) {
                o.put("timing", pick(List.of("45", "90", "x", ""), "45"));
            } else {
                o.putObject("timing")
                        .put("briefing", rnd.nextInt(-5, 100))
                        .put("opening", rnd.nextInt(0, 100))
                        .put("round", rnd.nextInt(0, 100))
                        .put("rounds", rnd.nextInt(-1, 5))
                        .put("decision", rnd.nextInt(0, 100));
            }
        }
        if (rnd.nextBoolean()) {
            o.put("absent", pick(List.of("open", "bot", "default", "maybe"), "open"));
        }
        if (rnd.nextBoolean()) {
            o.put("graceSeconds", rnd.nextInt(-10, 5000));
        }
        if (rnd.nextBoolean()) {
            o.put("facilitatorReadsPrivate", rnd.nextBoolean());
        }
        if (rnd.nextBoolean()) {
            o.put("bot", pick(List.of("utility", "random", "nobody"), "random"));
        }
        return o;
    }

    private ObjectNode command() {
        String type = COMMANDS[rnd.nextInt(COMMANDS.length)];
        ObjectNode c = f.objectNode().put("type", type);
        switch (type) {
            case "say", "announce" -> c.put("text", text());
            case "dm" -> c.put("to", pick(k.seats, "east")).put("text", text());
            case "caucus_create" -> {
                c.put("name", word());
                ArrayNode members = c.putArray("members");
                for (int i = rnd.nextInt(4); i > 0; i--) {
                    members.add(pick(k.seats, "east"));
                }
            }
            case "caucus_invite" -> c.put("caucus", "c" + rnd.nextInt(6)).put("seat", pick(k.seats, "east"));
            case "caucus_leave" -> c.put("caucus", "c" + rnd.nextInt(6));
            case "caucus_say" -> c.put("caucus", "c" + rnd.nextInt(6)).put("text", text());
            case "propose" ->
                c.put("clause", pick(k.clauses, "law"))
                        .put("option", pick(k.options, "x"))
                        .put("rationale", text());
            case "cosponsor", "withdraw", "call_vote" -> c.put("amendment", "a" + rnd.nextInt(8));
            case "vote" ->
                c.put("amendment", "a" + rnd.nextInt(8))
                        .put("ballot", pick(List.of("SUPPORT", "OPPOSE", "ABSTAIN", "support", "MAYBE"), "SUPPORT"));
            case "pledge" -> {
                c.put("decision", decision()).put("text", text());
                ArrayNode conds = c.putArray("conditions");
                for (int i = rnd.nextInt(3); i > 0; i--) {
                    ObjectNode cond = conds.addObject().put("clause", pick(k.clauses, "law"));
                    cond.putArray("options").add(pick(k.options, "x"));
                }
            }
            case "offer" -> {
                c.put("to", pick(k.seats, "east")).put("text", text());
                c.set("give", promise());
                c.set("want", promise());
            }
            case "accept", "decline" -> c.put("deal", "d" + rnd.nextInt(6));
            case "decide" -> {
                c.put("decision", decision());
                if (rnd.nextBoolean()) {
                    c.put("statement", text());
                }
            }
            case "extend" -> c.put("seconds", rnd.nextInt(-4000, 4000));
            case "hide" -> c.put("seq", rnd.nextInt(-2, 60));
            case "mute", "unmute" -> c.put("seat", pick(k.seats, "east"));
            case "inject" -> {
                if (rnd.nextBoolean()) {
                    c.put("inject", "news-" + rnd.nextInt(4));
                } else {
                    c.put("title", word()).put("text", text());
                }
            }
            default -> {
                // ready, start, advance, deadline, pause, resume, end: no fields.
            }
        }
        return c;
    }

    private ObjectNode promise() {
        ObjectNode p = f.objectNode();
        if (rnd.nextBoolean()) {
            p.put("kind", "vote")
                    .put("amendment", "a" + rnd.nextInt(5))
                    .put("ballot", pick(List.of("SUPPORT", "OPPOSE"), "SUPPORT"));
        } else {
            p.put("kind", rnd.nextInt(6) == 0 ? "bribe" : "decide").put("decision", decision());
        }
        return p;
    }

    private String decision() {
        return pick(List.of("SIGN", "ABSTAIN", "PUSH_BINDING", "sign", "VETO"), "SIGN");
    }

    // ----- mutations

    private void mutate(ObjectNode m, int depth) {
        List<String> names = new ArrayList<>();
        m.fieldNames().forEachRemaining(names::add);
        int op = rnd.nextInt(10);
        if (names.isEmpty() || op == 0) {
            m.set(
                    rnd.nextBoolean()
                            ? word()
                            : pick(
                                    List.of(
                                            "type",
                                            "id",
                                            "command",
                                            "stage",
                                            "code",
                                            "token",
                                            "options",
                                            "text",
                                            "seq",
                                            "__proto__"),
                                    "x"),
                    anyValue(0));
            return;
        }
        String name = names.get(rnd.nextInt(names.size()));
        JsonNode cur = m.get(name);
        switch (op) {
            case 1 -> m.remove(name);
            case 2, 3 -> m.set(name, anyValue(0));
            case 4 -> m.put(name, huge());
            case 5 -> m.put(name, "");
            case 6 -> m.put(name, EDGE[rnd.nextInt(EDGE.length)]);
            case 7 -> {
                if (cur instanceof ObjectNode inner && depth < 3) {
                    mutate(inner, depth + 1);
                } else {
                    m.put(name, rnd.nextLong());
                }
            }
            case 8 ->
                m.put("type", rnd.nextBoolean() ? word() : TYPES[rnd.nextInt(TYPES.length)].toUpperCase(Locale.ROOT));
            default -> m.put("id", pickId());
        }
    }

    private JsonNode pickId() {
        return switch (rnd.nextInt(6)) {
            case 0 -> f.numberNode(rnd.nextLong());
            case 1 -> f.textNode("i".repeat(65 + rnd.nextInt(100)));
            case 2 -> f.objectNode().put("id", 1);
            case 3 -> f.numberNode(1.5);
            case 4 -> f.booleanNode(true);
            default -> f.textNode(EDGE[rnd.nextInt(EDGE.length)]);
        };
    }

    private JsonNode anyValue(int depth) {
        return switch (rnd.nextInt(depth > 2 ? 9 : 11)) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(rnd.nextBoolean());
            case 2 -> f.numberNode(rnd.nextLong());
            case 3 -> f.numberNode(rnd.nextDouble() * Math.pow(10, rnd.nextInt(-300, 300)));
            case 4 -> f.numberNode(new java.math.BigInteger(200, new java.util.Random(rnd.nextLong())));
            case 5 -> f.textNode(word());
            case 6 -> f.textNode(EDGE[rnd.nextInt(EDGE.length)]);
            case 7 -> f.textNode(huge());
            case 8 -> f.numberNode(rnd.nextInt(-2, 3));
            case 9 -> {
                ArrayNode a = f.arrayNode();
                for (int i = rnd.nextInt(5); i > 0; i--) {
                    a.add(anyValue(depth + 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = f.objectNode();
                for (int i = rnd.nextInt(5); i > 0; i--) {
                    o.set(word(), anyValue(depth + 1));
                }
                yield o;
            }
        };
    }

    // ----- broken JSON, bytes and Unicode

    private byte[] malformed() {
        String s = Json.write(valid());
        return switch (rnd.nextInt(10)) {
            case 0 -> s.substring(0, rnd.nextInt(s.length())).getBytes(StandardCharsets.UTF_8);
            case 1 -> (s + s).getBytes(StandardCharsets.UTF_8);
            case 2 -> (s.substring(0, s.length() - 1) + ",\"type\":\"ping\"}").getBytes(StandardCharsets.UTF_8);
            case 3 -> s.replace('"', '\'').getBytes(StandardCharsets.UTF_8);
            case 4 -> ("/* c */" + s).getBytes(StandardCharsets.UTF_8);
            case 5 -> (s + " trailing").getBytes(StandardCharsets.UTF_8);
            case 6 -> s.replace(":", "=").getBytes(StandardCharsets.UTF_8);
            case 7 -> ("{\"type\":\"ping\",\"id\":\"z" + (ids++) + "\",\"n\":NaN}").getBytes(StandardCharsets.UTF_8);
            case 8 -> {
                StringBuilder b = new StringBuilder(s);
                for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
                    String junk = "{}[]:,\"\\tn0-e.";
                    b.insert(rnd.nextInt(b.length() + 1), junk.charAt(rnd.nextInt(junk.length())));
                }
                yield b.toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> ("{\"type\":\"ping\",\"id\":\"" + "\u0001\u001f" + "\"}").getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) rnd.nextInt(256);
            if (b[i] == '\n' && rnd.nextInt(4) != 0) {
                b[i] = 'x';
            }
        }
        if (rnd.nextInt(4) == 0) {
            b[0] = '{';
        }
        return b;
    }

    private byte[] unicode() {
        ObjectNode m = valid();
        List<String> names = new ArrayList<>();
        m.fieldNames().forEachRemaining(names::add);
        ObjectNode target = m.get("command") instanceof ObjectNode c && rnd.nextBoolean() ? c : m;
        List<String> tnames = new ArrayList<>();
        target.fieldNames().forEachRemaining(tnames::add);
        String field = tnames.isEmpty() ? "text" : tnames.get(rnd.nextInt(tnames.size()));
        String marker = "\u0007MARK\u0007";
        target.put(field, rnd.nextBoolean() ? marker : "x" + marker + "y");
        byte[] json = Json.write(m).getBytes(StandardCharsets.UTF_8);
        String escapedMarker = "\\u0007MARK\\u0007";
        String js = new String(json, StandardCharsets.UTF_8);
        int at = js.indexOf(escapedMarker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] before = js.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = js.substring(at + escapedMarker.length()).getBytes(StandardCharsets.UTF_8);
        out.writeBytes(before);
        switch (rnd.nextInt(4)) {
            case 0 -> out.writeBytes(BAD_UTF8[rnd.nextInt(BAD_UTF8.length)]);
            case 1 ->
                out.writeBytes(EDGE[rnd.nextInt(EDGE.length)].replace("\n", "").getBytes(StandardCharsets.UTF_8));
            case 2 ->
                out.writeBytes(("\\u" + String.format(Locale.ROOT, "%04x", rnd.nextInt(0xD800, 0xE000)))
                        .getBytes(StandardCharsets.UTF_8));
            default -> {
                String e = Json.write(f.textNode(EDGE[rnd.nextInt(EDGE.length)]));
                out.writeBytes(e.substring(1, e.length() - 1).getBytes(StandardCharsets.UTF_8));
            }
        }
        out.writeBytes(after);
        return out.toByteArray();
    }

    private String nonObject() {
        return switch (rnd.nextInt(9)) {
            case 0 -> "[]";
            case 1 -> "[{\"type\":\"ping\",\"id\":\"x\"}]";
            case 2 -> "\"ping\"";
            case 3 -> "42";
            case 4 -> "null";
            case 5 -> "true";
            case 6 -> "{}";
            case 7 -> "{\"type\":null,\"id\":\"z" + (ids++) + "\"}";
            default -> "{\"type\":[\"ping\"],\"id\":\"z" + (ids++) + "\"}";
        };
    }

    private byte[] deep() {
        int depth = 10 + rnd.nextInt(3000);
        StringBuilder b = new StringBuilder("{\"type\":\"command\",\"id\":\"z" + (ids++)
                + "\",\"stage\":\"ROUND 1\",\"command\":{\"type\":\"say\",\"text\":");
        boolean arrays = rnd.nextBoolean();
        for (int i = 0; i < depth; i++) {
            b.append(arrays ? "[" : "{\"a\":");
        }
        b.append("1");
        for (int i = 0; i < depth; i++) {
            b.append(arrays ? "]" : "}");
        }
        b.append("}}");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ----- the two closing kinds

    private Input oversize() {
        int n = 65_537 + rnd.nextInt(20_000);
        String pad = "x".repeat(n);
        return new Input(
                "oversize",
                ("{\"type\":\"ping\",\"pad\":\"" + pad + "\"}\n").getBytes(StandardCharsets.UTF_8),
                Delivery.OVERSIZE);
    }

    private Input fresh() {
        String s = switch (rnd.nextInt(10)) {
            case 0 -> "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
            case 1 ->
                "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " + word() + "\r\n\r\n";
            case 2 -> "GET " + word() + "\r\n\r\n";
            case 3 -> "{\"type\":\"hello\",\"id\":\"h\",\"protocol\":" + rnd.nextInt(-3, 9) + "}\n";
            case 4 -> "{\"type\":\"join\",\"id\":\"j\",\"code\":\"" + pick(k.codes, "X") + "\"}\n";
            case 5 -> "{\"type\":\"hel";
            case 6 -> "G";
            case 7 -> "\n\n\n";
            case 8 -> "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
            default -> new String(randomBytes(1 + rnd.nextInt(64)), StandardCharsets.ISO_8859_1);
        };
        return new Input("fresh", s.getBytes(StandardCharsets.ISO_8859_1), Delivery.FRESH);
    }

    // ----- small pieces

    private String word() {
        int n = rnd.nextInt(1, 12);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + rnd.nextInt(26)));
        }
        return b.toString();
    }

    private String text() {
        return switch (rnd.nextInt(8)) {
            case 0 -> "";
            case 1 -> "   ";
            case 2 -> huge();
            case 3 -> EDGE[rnd.nextInt(EDGE.length)];
            case 4 -> "x".repeat(1999 + rnd.nextInt(3));
            default -> word() + " " + word();
        };
    }

    private String huge() {
        return switch (rnd.nextInt(4)) {
            case 0 -> "h".repeat(2001);
            case 1 -> "\ud83d\ude00".repeat(1001);
            case 2 -> "w".repeat(rnd.nextInt(100, 20_000));
            default -> "q".repeat(rnd.nextInt(40_000, 60_000));
        };
    }

    private String randomCode() {
        return word().toUpperCase(Locale.ROOT) + "-" + word().toUpperCase(Locale.ROOT);
    }

    private <T> T pick(List<T> list, T otherwise) {
        return list.isEmpty() ? otherwise : list.get(rnd.nextInt(list.size()));
    }

    static Iterator<String> fieldNames(ObjectNode m) {
        return m.fieldNames();
    }
}
