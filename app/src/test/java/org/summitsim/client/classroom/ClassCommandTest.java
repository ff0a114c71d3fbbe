package org.summitsim.client.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.client.net.ProtocolClient;
import org.summitsim.client.net.Requests;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.json.Json;
import org.summitsim.server.SummitServer;

/** `summit class` against a real server on a free port with its own data directory. */
@IntegrationTest
class ClassCommandTest {

    private static final Pattern CODE = Pattern.compile("Join code for students: +(\\S+)");
    private static final Pattern TOKEN = Pattern.compile("Facilitator token: +(\\S+)");
    private static final Pattern ROOM = Pattern.compile("\\(room (r-[a-z0-9]+)\\)");

    @TempDir
    Path data;

    private SummitServer server;
    private String address;
    private final List<ProtocolClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new SummitServer(SummitServer.Config.defaults().toBuilder()
                        .port(0)
                        .dataDir(data)
                        .fsync(false)
                        .botThinkMs(0)
                        .journalThreads(1)
                        .ioThreads(2)
                        .build())
                .start();
        address = "127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        clients.forEach(ProtocolClient::close);
        server.close();
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static List<String> all(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void createsParallelWorldsAndPrintsWhatToHandOut() throws IOException {
        CommandRun r = run(
                "class",
                "create",
                "--server",
                address,
                "--scenario",
                "classroom-mini",
                "--worlds",
                "2",
                "--label",
                "Period 3",
                "--round",
                "4",
                "--rounds",
                "3",
                "--adoption",
                "supermajority:0.67",
                "--pseudonyms",
                "--no-private-reading",
                "--absent",
                "bot",
                "--bots",
                "mediator");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> codes = all(CODE, r.out());
        List<String> tokens = all(TOKEN, r.out());
        List<String> rooms = all(ROOM, r.out());
        assertThat(codes).hasSize(2).doesNotHaveDuplicates();
        assertThat(tokens).hasSize(2).allMatch(t -> t.startsWith("ft."));
        assertThat(r.out())
                .contains(
                        "World 1: Period 3 - World 1",
                        "World 2: Period 3 - World 2",
                        "./summit play " + address + " --code " + codes.get(0),
                        "./summit play " + address + " --token " + tokens.get(1),
                        "./summit report " + rooms.get(0) + " " + rooms.get(1) + " --compare",
                        "3 rounds of 4 min",
                        "Amendments: An amendment passes when at least 67% of the votes cast for or against it are"
                                + " for (abstaining counts neither way).\n",
                        "cannot read your private messages",
                        "only works on this computer");

        // A student joining with the printed code plays by exactly those rules.
        JsonNode welcome = join(codes.get(1), "Ada");
        JsonNode rules = welcome.path("rules");
        assertThat(welcome.path("label").asText()).isEqualTo("Period 3 - World 2");
        assertThat(rules.path("timing").path("round").asInt()).isEqualTo(240);
        assertThat(rules.path("timing").path("rounds").asInt()).isEqualTo(3);
        assertThat(rules.path("adoption").path("fraction").asDouble()).isEqualTo(0.67);
        assertThat(rules.path("pseudonyms").asBoolean()).isTrue();
        assertThat(rules.path("facilitatorReadsPrivate").asBoolean()).isFalse();
        assertThat(rules.path("absent").asText()).isEqualTo("bot");
        assertThat(rules.path("bot").asText()).isEqualTo("mediator");
    }

    @Test
    void presetTimingAndPlainRoom() {
        CommandRun r = run("class", "create", "--server", address, "--scenario", "classroom-mini", "--timing", "30");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .startsWith("Created one room of")
                .contains("Room: ", "2 rounds of 9 min")
                .doesNotContain("--compare");
    }

    @Test
    void explainsWhatWentWrong() {
        CommandRun unknown = run("class", "create", "--server", address, "--scenario", "atlantis");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no scenario \"atlantis\"", "classroom-mini");

        CommandRun preset =
                run("class", "create", "--server", address, "--scenario", "classroom-mini", "--timing", "45");
        assertThat(preset.exitCode()).isEqualTo(1);
        assertThat(preset.err()).contains("refused the room options", "no timing preset \"45\"");

        CommandRun adoption = run(
                "class", "create", "--server", address, "--scenario", "classroom-mini", "--adoption", "consensus:9");
        assertThat(adoption.exitCode()).isEqualTo(1);
        assertThat(adoption.err()).contains("maxObjections");

        CommandRun absent =
                run("class", "create", "--server", address, "--scenario", "classroom-mini", "--absent", "nap");
        assertThat(absent.exitCode()).isEqualTo(1);
        assertThat(absent.err()).contains("--absent must be open, bot or default");

        CommandRun token = run("class", "monitor", "--server", address, "--token", "ft.nonsense");
        assertThat(token.exitCode()).isEqualTo(1);
        assertThat(token.err()).contains("does not know that token");

        CommandRun down = run("class", "monitor", "--server", "127.0.0.1:1", "--token", "ft.x");
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.err()).contains("Cannot reach the Summit server at 127.0.0.1:1");
    }

    @Test
    void monitorShowsStudentsAndTheirActivity() throws IOException {
        CommandRun created =
                run("class", "create", "--server", address, "--scenario", "classroom-mini", "--label", "Period 5");
        String code = all(CODE, created.out()).get(0);
        String token = all(TOKEN, created.out()).get(0);
        JsonNode ada = join(code, "Ada");
        ProtocolClient adaClient = clients.get(clients.size() - 1);
        join(code, "Bo");
        ProtocolClient chair = facilitator(token);
        for (String[] step : new String[][] {{"LOBBY", "start"}, {"BRIEFING", "advance"}, {"OPENING", "advance"}}) {
            ok(chair, step[0], "{\"type\":\"" + step[1] + "\"}");
        }
        ok(adaClient, "ROUND 1", "{\"type\":\"say\",\"text\":\"We open the round.\"}");

        CommandRun r = run("class", "monitor", "--server", address, "--token", token);
        assertThat(r.exitCode()).as(r.err()).isZero();
        String seatName = seatName(ada);
        String adaLine =
                r.out().lines().filter(l -> l.startsWith(seatName)).findFirst().orElseThrow();
        assertThat(adaLine).contains("present", "Ada");
        assertThat(r.out())
                .startsWith("Period 5 (room ")
                .contains("ROUND 1")
                .containsPattern("Not yet spoken on the floor: [^\\n]*\\(Bo\\)");
        assertThat(r.out()).doesNotContainPattern("Not yet spoken[^\\n]*Ada");

        CommandRun watched = run(
                "class",
                "monitor",
                "--server",
                address,
                "--token",
                token,
                "--watch",
                "--every",
                "1",
                "--refreshes",
                "2");
        assertThat(watched.exitCode()).as(watched.err()).isZero();
        assertThat(watched.out().split("Delegation ", -1)).hasSize(3);
    }

    @Test
    void comparesTheWorldsOfAClass() throws IOException {
        CommandRun created =
                run("class", "create", "--server", address, "--scenario", "classroom-mini", "--worlds", "2");
        List<String> tokens = all(TOKEN, created.out());
        for (String token : tokens) {
            ProtocolClient chair = facilitator(token);
            ok(chair, "LOBBY", "{\"type\":\"start\"}");
            ok(chair, "BRIEFING", "{\"type\":\"end\"}");
        }
        List<String> rooms = all(ROOM, created.out());
        CommandRun r =
                run("class", "compare", "--data", data.toString(), rooms.get(0), rooms.get(1), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.path("rooms")).hasSize(2);

        CommandRun one = run("class", "compare", "--data", data.toString(), rooms.get(0));
        assertThat(one.exitCode()).isEqualTo(2);
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : new String[] {"create", "monitor", "compare"}) {
            CommandRun r = run("class", sub, "--help");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).startsWith("Usage: summit class " + sub);
        }
        assertThat(run("--help").out()).contains("class");
    }

    // ----- a student and a teacher, as plain protocol clients

    private JsonNode join(String code, String name) throws IOException {
        ProtocolClient c = connect(name);
        JsonNode welcome = c.call(Requests.join(code, null, name, "player", 0), ProtocolClient.REPLY_TIMEOUT_MS);
        assertThat(welcome.path("type").asText()).as(welcome.toString()).isEqualTo("welcome");
        return welcome;
    }

    private ProtocolClient facilitator(String token) throws IOException {
        ProtocolClient c = connect("Teacher");
        JsonNode welcome = c.call(Requests.resume(token, "Teacher", 0), ProtocolClient.REPLY_TIMEOUT_MS);
        assertThat(welcome.path("role").asText()).isEqualTo("facilitator");
        return c;
    }

    private ProtocolClient connect(String name) throws IOException {
        return connect(server.port(), name);
    }

    private ProtocolClient connect(int port, String name) throws IOException {
        ProtocolClient c = ProtocolClient.connect("127.0.0.1", port, "test", name, new ProtocolClient.Handler() {
            @Override
            public void message(JsonNode message, String raw) {}

            @Override
            public void closed(String reason) {}
        });
        clients.add(c);
        return c;
    }

    private static void ok(ProtocolClient c, String stage, String command) throws IOException {
        ObjectNode m = Json.mapper().createObjectNode().put("type", "command").put("stage", stage);
        m.set("command", Json.mapper().readTree(command));
        JsonNode reply = c.call(m, ProtocolClient.REPLY_TIMEOUT_MS);
        assertThat(reply.path("type").asText()).as(reply.toString()).isEqualTo("ack");
    }

    private static String seatName(JsonNode welcome) {
        String seat = welcome.path("seat").asText();
        for (JsonNode d : welcome.path("scenario").path("delegations")) {
            if (d.path("id").asText().equals(seat)) {
                return d.path("name").asText();
            }
        }
        return seat;
    }

    @Test
    void onAServerThatRequiresTheKeyTheTeacherGivesIt() throws IOException {
        try (SummitServer keyed = new SummitServer(SummitServer.Config.defaults().toBuilder()
                        .port(0)
                        .dataDir(data.resolve("keyed"))
                        .fsync(false)
                        .botThinkMs(0)
                        .journalThreads(1)
                        .ioThreads(1)
                        .facilitatorKey("fk.class-test")
                        .build())
                .start()) {
            String at = "127.0.0.1:" + keyed.port();
            CommandRun refused = run("class", "create", "--server", at, "--scenario", "classroom-mini");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("facilitator key", "--key");
            CommandRun r = run(
                    "class",
                    "create",
                    "--server",
                    at,
                    "--scenario",
                    "classroom-mini",
                    "--key",
                    "fk.class-test",
                    "--handover",
                    "fresh",
                    "--lobby-hours",
                    "48");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(keyed.rooms()).hasSize(1);
            JsonNode rules = connect(keyed.port(), "Ada")
                    .call(
                            Requests.join(all(CODE, r.out()).get(0), null, "Ada", "player", 0),
                            ProtocolClient.REPLY_TIMEOUT_MS)
                    .path("rules");
            assertThat(rules.path("handover").asText()).isEqualTo("fresh");
            assertThat(rules.path("lobbyMinutes").asInt()).isEqualTo(48 * 60);
        }
    }
}
