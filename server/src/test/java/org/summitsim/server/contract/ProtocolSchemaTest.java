package org.summitsim.server.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.json.Json;
import org.summitsim.server.it.TestServer;

/**
 * The published schemas (docs/schema/) against a whole game on the wire: every message sent and
 * received must match them, the refused input must not, and the game must use every message,
 * command and event type the schemas name. A change to the protocol that the schemas do not
 * follow fails here: update docs/schema/ and docs/PROTOCOL.md together.
 */
@IntegrationTest
class ProtocolSchemaTest {

    private static final WireSchemas SCHEMAS = WireSchemas.load();
    private static final List<WireLog.Line> TRAFFIC = new ArrayList<>();

    @BeforeAll
    static void playAWholeGame() throws Exception {
        WireLog log = new WireLog();
        // A report maker, as summit serve has, so that get_report is answered with its link.
        try (TestServer s = TestServer.start(b -> b.reports(journal -> "<!DOCTYPE html><title>Debrief</title>"))) {
            new WholeGameTraffic(s.port(), log).play();
        } catch (AssertionError e) {
            List<WireLog.Line> lines = log.lines();
            StringBuilder tail = new StringBuilder(e.getMessage()).append("\nThe last lines on the wire:");
            lines.subList(Math.max(0, lines.size() - 25), lines.size())
                    .forEach(l -> tail.append("\n  ")
                            .append(l.client())
                            .append(l.direction() == WireLog.Direction.SENT ? " > " : " < ")
                            .append(clip(l.json())));
            throw new AssertionError(tail.toString(), e);
        }
        TRAFFIC.addAll(log.lines());
    }

    @Test
    void everyMessageTheServerSentMatchesTheServerSchema() {
        assertThat(outsideSchema(WireLog.Direction.RECEIVED, SCHEMAS::serverProblems))
                .as("server messages outside docs/schema/server-message.schema.json")
                .isEmpty();
    }

    @Test
    void everyMessageTheClientsSentMatchesTheClientSchema() {
        assertThat(outsideSchema(WireLog.Direction.SENT, SCHEMAS::clientProblems))
                .as("client messages outside docs/schema/client-message.schema.json")
                .isEmpty();
    }

    /** What {@code check} finds wrong with each line in one direction (but the input refused on purpose). */
    private static List<String> outsideSchema(WireLog.Direction direction, Function<String, List<String>> check) {
        List<String> problems = new ArrayList<>();
        for (WireLog.Line l : TRAFFIC) {
            if (l.direction() == direction && !l.invalid()) {
                check.apply(l.json())
                        .forEach(p ->
                                problems.add(l.client() + (direction == WireLog.Direction.SENT ? " sent " : " got ")
                                        + clip(l.json()) + "\n    " + p));
            }
        }
        return problems;
    }

    @Test
    void inputTheServerRefusedIsRefusedByTheClientSchemaToo() {
        List<String> accepted = new ArrayList<>();
        for (WireLog.Line l : TRAFFIC) {
            if (l.invalid()
                    && isJson(l.json())
                    && SCHEMAS.clientProblems(l.json()).isEmpty()) {
                accepted.add(l.json());
            }
        }
        assertThat(accepted)
                .as("refused by the server but allowed by the client schema")
                .isEmpty();
    }

    @Test
    void theGameUsesEveryMessageCommandAndEventTheSchemasName() throws IOException {
        Set<String> server = new TreeSet<>();
        Set<String> client = new TreeSet<>();
        Set<String> commands = new TreeSet<>();
        Set<String> events = new TreeSet<>();
        for (WireLog.Line l : TRAFFIC) {
            if (l.invalid() || !isJson(l.json())) {
                continue;
            }
            JsonNode n = Json.mapper().readTree(l.json());
            if (l.direction() == WireLog.Direction.RECEIVED) {
                server.add(n.path("type").asText());
                if (n.has("event")) {
                    events.add(n.path("event").path("type").asText());
                }
            } else {
                client.add(n.path("type").asText());
                if (n.has("command")) {
                    commands.add(n.path("command").path("type").asText());
                }
            }
        }
        // The server's own ping comes only after heartbeatMs of silence: not worth 30 s of a test.
        assertThat(server).containsAll(without(types("server-message"), "ping"));
        assertThat(client).containsAll(types("client-message"));
        assertThat(commands).containsAll(types("command"));
        assertThat(events).containsAll(types("event"));
    }

    @Test
    void eventsThatAnswerGetEventsCarryTheRequestId() throws IOException {
        List<JsonNode> replies = new ArrayList<>();
        for (WireLog.Line l : TRAFFIC) {
            if (l.direction() == WireLog.Direction.RECEIVED && l.json().contains("\"type\":\"event\"")) {
                JsonNode n = Json.mapper().readTree(l.json());
                if (n.has("id")) {
                    replies.add(n);
                }
            }
        }
        // South asked for 5 events in ROUND 1; the spectator for all of them at the end.
        assertThat(replies).hasSizeGreaterThan(5);
        assertThat(replies).allSatisfy(n -> assertThat(n.path("id").asText()).matches("[BE][0-9]+"));
    }

    @Test
    void everyErrorCodeOnTheWireIsDocumented() throws IOException {
        Path docs = WireSchemas.folder().getParent();
        String documented = Files.readString(docs.resolve("PROTOCOL.md")) + Files.readString(docs.resolve("RULES.md"));
        Set<String> codes = new TreeSet<>();
        for (WireLog.Line l : TRAFFIC) {
            if (l.direction() == WireLog.Direction.RECEIVED && l.json().startsWith("{\"type\":\"error\"")) {
                codes.add(Json.mapper().readTree(l.json()).path("code").asText());
            }
        }
        assertThat(codes)
                .hasSizeGreaterThan(10)
                .allSatisfy(code -> assertThat(documented)
                        .as("docs/PROTOCOL.md or RULES.md names " + code)
                        .contains("`" + code + "`"));
    }

    /** The values of the "type" tag a schema file lists. */
    private static Set<String> types(String schema) throws IOException {
        Path file = WireSchemas.folder().resolve(schema + ".schema.json");
        Set<String> out = new TreeSet<>();
        Json.mapper()
                .readTree(Files.readString(file))
                .path("properties")
                .path("type")
                .path("enum")
                .forEach(t -> out.add(t.asText()));
        assertThat(out).as(schema + " types").isNotEmpty();
        return out;
    }

    private static Set<String> without(Set<String> set, String gone) {
        Set<String> out = new TreeSet<>(set);
        out.remove(gone);
        return out;
    }

    private static boolean isJson(String text) {
        try {
            Json.mapper().readTree(text);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String clip(String json) {
        return json.length() > 200 ? json.substring(0, 200) + "..." : json;
    }
}
