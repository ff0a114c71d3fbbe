package org.summitsim.client.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.client.net.Entry;
import org.summitsim.client.net.LinkState;
import org.summitsim.client.net.Requests;
import org.summitsim.client.net.RoomLink;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Rejection;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.core.view.PlayerView;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.server.SummitServer;

/** Bots joining a real server over the wire protocol, in Java and in Python. */
@IntegrationTest
class NetworkBotsTest {

    private static final String FAST =
            "{\"timing\":{\"briefing\":1,\"opening\":1,\"round\":2,\"rounds\":2,\"decision\":2}}";

    @TempDir
    Path data;

    private SummitServer server;
    private final List<RemoteBot> bots = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new SummitServer(SummitServer.Config.defaults().toBuilder()
                        .port(0)
                        .dataDir(data)
                        .fsync(false)
                        .build())
                .start();
    }

    @AfterEach
    void stop() {
        bots.forEach(RemoteBot::close);
        server.close();
    }

    @Test
    void javaBotsPlayAWholeMatchOverTheNetwork() throws Exception {
        playsToTheEnd(ScenarioReader.shipped("classroom-mini"), "utility");
    }

    @Test
    void aFullTableOfMixedBotsEachPlaysItsOwnSeatInTheHague() throws Exception {
        // 24 bots answering every event: enough traffic to meet the server's rate limit.
        playsToTheEnd(ScenarioReader.shipped("hague-2023"), "mixed");
    }

    /** One bot in every seat: each decides itself (none is left to the default), with no message dropped. */
    private void playsToTheEnd(Scenario s, String strategy) throws Exception {
        SummitServer.Created room = server.createRoom(s.id(), FAST);
        for (Delegation d : s.playable()) {
            RemoteBot bot = new RemoteBot(
                    "127.0.0.1", server.port(), "test bot", w -> Strategies.create(strategy, w.seat(), 3, null));
            bot.join(room.code(), d.id());
            bots.add(bot);
        }
        startMatch(room);
        for (RemoteBot bot : bots) {
            assertThat(bot.awaitEnd(90_000)).as(bot.seat()).isTrue();
            assertThat(bot.outcome().scores()).containsKey(bot.seat());
        }
        assertThat(bots.get(0).outcome().decisions()).hasSize(s.playable().size());
        bots.get(0)
                .outcome()
                .decisions()
                .forEach((seat, d) ->
                        assertThat(d.defaulted()).as("%s decided itself", seat).isFalse());
        for (RemoteBot bot : bots) {
            assertThat(bot.rateLimited())
                    .as("%s: messages the server dropped", bot.seat())
                    .isZero();
        }
    }

    /**
     * With a person at the table, bots over the network are paced as the room's own: no two
     * statements in the same second, and no amendment in the first half vote window of a round
     * (the bots send again what was held back).
     */
    @Test
    void botsOverTheNetworkLeaveAPersonRoomToTable() throws Exception {
        Scenario s = ScenarioReader.shipped("classroom-mini");
        SummitServer.Created room = server.createRoom(
                s.id(), "{\"pace\":\"quick\",\"voteWindowSeconds\":6,\"timing\":{\"round\":300,\"rounds\":2}}");
        List<long[]> heard =
                new java.util.concurrent.CopyOnWriteArrayList<>(); // {nanos, kind}: 0 round, 1 statement, 2 amendment
        try (RoomLink person = new RoomLink("127.0.0.1", server.port(), "test", "Ada", new RoomLink.Listener() {
                    @Override
                    public void message(ServerMessage message, String raw) {
                        if (message instanceof ServerMessage.EventMessage e) {
                            int kind = e.event() instanceof org.summitsim.core.rules.Event.PhaseStarted p
                                            && p.stage().phase() == Phase.ROUND
                                    ? 0
                                    : e.event() instanceof org.summitsim.core.rules.Event.FloorStatement
                                            ? 1
                                            : e.event() instanceof org.summitsim.core.rules.Event.AmendmentProposed
                                                    ? 2
                                                    : -1;
                            if (kind >= 0) {
                                heard.add(new long[] {System.nanoTime(), kind});
                            }
                        }
                    }

                    @Override
                    public void state(LinkState state) {}
                });
                RoomLink chair = new RoomLink("127.0.0.1", server.port(), "test", "Chair", new RoomLink.Listener() {
                    @Override
                    public void message(ServerMessage message, String raw) {}

                    @Override
                    public void state(LinkState state) {}
                })) {
            person.open(new Entry.Join(room.code(), "netherlands", false));
            for (Delegation d : s.playable()) {
                if (!d.id().equals("netherlands")) {
                    RemoteBot bot = new RemoteBot(
                            "127.0.0.1",
                            server.port(),
                            "utility bot",
                            w -> Strategies.create("utility", w.seat(), 3, null));
                    bot.join(room.code(), d.id());
                    bots.add(bot);
                }
            }
            chair.open(new Entry.Resume(room.facilitatorToken()));
            for (Stage stage : List.of(Stage.LOBBY, Stage.of(Phase.BRIEFING), Stage.of(Phase.OPENING))) {
                if (stage.phase() == Phase.OPENING) {
                    Thread.sleep(6_000); // the opening statements
                }
                Command c = stage.equals(Stage.LOBBY) ? new Command.Start() : new Command.Advance();
                assertThat(chair.call(Requests.command(stage, c)).path("type").asText())
                        .isEqualTo("ack");
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < until && heard.stream().noneMatch(h -> h[1] == 2)) {
                Thread.sleep(100);
            }
            Thread.sleep(2_000);
        }
        long round = heard.stream().filter(h -> h[1] == 0).findFirst().orElseThrow()[0];
        List<Long> amendments =
                heard.stream().filter(h -> h[1] == 2).map(h -> h[0] - round).toList();
        List<Long> statements =
                heard.stream().filter(h -> h[1] == 1).map(h -> h[0]).toList();
        assertThat(amendments).as("the bots table wordings").isNotEmpty();
        assertThat(amendments.get(0))
                .as("the first bot amendment, nanoseconds into the round (half the window is 3 s)")
                .isGreaterThan(TimeUnit.MILLISECONDS.toNanos(2_500));
        assertThat(statements).as("the bots' opening statements").hasSizeGreaterThan(2);
        for (int i = 1; i < statements.size(); i++) {
            assertThat(statements.get(i) - statements.get(i - 1))
                    .as("statement %d after the one before (the quick pace's gap is 1 s)", i + 1)
                    .isGreaterThan(TimeUnit.MILLISECONDS.toNanos(500));
        }
    }

    /** A bot over the network hears what a headless one does: its refused commands, and the end. */
    @Test
    void aBotIsToldOfItsRefusedCommandsAndOfTheEnd() throws Exception {
        Scenario s = ScenarioReader.shipped("classroom-mini");
        SummitServer.Created room = server.createRoom(s.id(), FAST);
        List<String> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<PlayerView> last = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (Delegation d : s.playable()) {
            boolean probe = d.id().equals("costa-rica");
            RemoteBot bot = new RemoteBot("127.0.0.1", server.port(), "test bot", w -> {
                Bot inner = Strategies.create("utility", w.seat(), 3, null);
                return !probe
                        ? inner
                        : new Bot() {
                            private boolean tried;

                            @Override
                            public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
                                List<Command> out = new ArrayList<>(inner.act(view, news));
                                if (!tried && view.stage().phase() == Phase.ROUND) {
                                    tried = true;
                                    out.add(new Command.CastVote("A99", Ballot.SUPPORT));
                                }
                                return out;
                            }

                            @Override
                            public void rejected(Command command, Rejection rejection) {
                                refusals.add(command + " " + rejection.code() + " " + rejection.message());
                            }

                            @Override
                            public void finished(PlayerView view) {
                                last.add(view);
                            }
                        };
            });
            bot.join(room.code(), d.id());
            bots.add(bot);
        }
        startMatch(room);
        for (RemoteBot bot : bots) {
            assertThat(bot.awaitEnd(90_000)).as(bot.seat()).isTrue();
        }
        // Others may be refused too (bots over the network race each other to a free clause).
        assertThat(refusals)
                .anyMatch(r -> r.startsWith("CastVote[amendment=A99")
                        && r.contains("unknown_amendment There is no amendment \"A99\""));
        assertThat(last).singleElement().satisfies(v -> assertThat(v.outcome()).isNotNull());
    }

    @Test
    void summitBotsFillsEveryEmptySeatButThoseKeptAndNamesEachBotByItsStrategy() throws Exception {
        Scenario s = ScenarioReader.shipped("classroom-mini");
        SummitServer.Created room = server.createRoom(s.id(), FAST);
        java.io.StringWriter out = new java.io.StringWriter();
        Thread command =
                new Thread(() -> summitBots(room, out, new java.io.StringWriter(), "mixed", "costa-rica,austria"));
        command.start();
        java.util.Map<String, org.summitsim.protocol.Presence.SeatPresence> seats = java.util.Map.of();
        for (int i = 0; i < 100; i++) {
            seats = seats(room);
            if (seats.values().stream().filter(p -> !p.status().equals("empty")).count() == 4) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(seats.get("costa-rica").status()).isEqualTo("empty");
        assertThat(seats.get("austria").status()).isEqualTo("empty");
        for (String seat : List.of("netherlands", "united-states", "china", "germany")) {
            assertThat(seats.get(seat).names()).as(seat).containsExactly(Strategies.resolve("mixed", seat, 1) + " bot");
        }
        // A seat that is not there is named, with the ones that are; nothing joins.
        java.io.StringWriter err = new java.io.StringWriter();
        assertThat(summitBots(room, new java.io.StringWriter(), err, "utility", "costarica"))
                .isEqualTo(1);
        assertThat(err.toString())
                .contains("--except names \"costarica\"")
                .contains(
                        "which is no seat of this room. Did you mean costa-rica? Its seats: netherlands, united-states");
        startMatch(room);
        command.join(60_000);
        assertThat(command.isAlive())
                .as("the command returns once the summit ends")
                .isFalse();
        assertThat(out.toString())
                .contains("4 mixed bots joined room")
                .containsPattern("Netherlands +(Sign|Abstain|Push for binding law)[^\\n]* points, +[0-9]+ out of 100")
                // the seats the bots did not play, after them, so a bot's result is read beside the room's
                .containsPattern("The other delegations:\\nCosta Rica +(Sign|Abstain|Push for binding law)[^\\n]*"
                        + " points, +[0-9]+ out of 100\\nAustria ");
    }

    @Test
    void aMistypedSeatInTheListSeatsNoBotAtAll() throws Exception {
        SummitServer.Created room = server.createRoom("classroom-mini", FAST);
        java.io.StringWriter err = new java.io.StringWriter();

        int code = summitBots(room, new java.io.StringWriter(), err, "silent", "--seats", "china,chna");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .contains("--seats names \"chna\", which is no seat of this room. Did you mean china? Its seats:");
        assertThat(seats(room).get("china").status())
                .as("China was never taken, so it is not held for a bot that left")
                .isEqualTo("empty");
    }

    /** The seats of {@code room} as a spectator joining it now sees them. */
    private java.util.Map<String, org.summitsim.protocol.Presence.SeatPresence> seats(SummitServer.Created room)
            throws Exception {
        try (RoomLink watch = new RoomLink("127.0.0.1", server.port(), "test", "Watcher", new RoomLink.Listener() {
            @Override
            public void message(ServerMessage message, String raw) {}

            @Override
            public void state(LinkState state) {}
        })) {
            java.util.Map<String, org.summitsim.protocol.Presence.SeatPresence> seats = new java.util.HashMap<>();
            for (var p : watch.open(new Entry.Join(room.code(), null, true))
                    .presence()
                    .seats()) {
                seats.put(p.seat(), p);
            }
            return seats;
        }
    }

    /** `summit bots` on {@code room}, in-process, leaving {@code except} free; its exit code. */
    private int summitBots(
            SummitServer.Created room, java.io.Writer out, java.io.Writer err, String strategy, String except) {
        return summitBots(room, out, err, strategy, "--except", except);
    }

    /** `summit bots` on {@code room}, in-process, with one seat option ({@code --except} or {@code --seats}). */
    private int summitBots(
            SummitServer.Created room,
            java.io.Writer out,
            java.io.Writer err,
            String strategy,
            String seatOption,
            String seats) {
        picocli.CommandLine cli = org.summitsim.client.cli.Main.newCommandLine();
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        return cli.execute(
                "bots",
                "--server",
                "127.0.0.1:" + server.port(),
                "--code",
                room.code(),
                "--strategy",
                strategy,
                seatOption,
                seats);
    }

    @Test
    void thePythonExampleBotPlaysAndPrintsItsScore() throws Exception {
        assumeTrue(python() != null, "python3 is not installed; the Python example cannot run");
        Scenario s = ScenarioReader.shipped("classroom-mini");
        SummitServer.Created room = server.createRoom(s.id(), FAST);
        String pythonSeat = s.playable().get(s.playable().size() - 1).id();
        Path script = Path.of("..", "docs", "examples", "summit_bot.py")
                .toAbsolutePath()
                .normalize();
        Path log = data.resolve("python.log");
        Process python = new ProcessBuilder(
                        python(), script.toString(), "127.0.0.1:" + server.port(), room.code(), pythonSeat)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            for (Delegation d : s.playable()) {
                if (!d.id().equals(pythonSeat)) {
                    RemoteBot bot = new RemoteBot(
                            "127.0.0.1",
                            server.port(),
                            "test bot",
                            w -> Strategies.create("mediator", w.seat(), 3, null));
                    bot.join(room.code(), d.id());
                    bots.add(bot);
                }
            }
            waitUntilSeated(room, pythonSeat);
            startMatch(room);
            assertThat(python.waitFor(60, TimeUnit.SECONDS))
                    .as("the Python bot finished")
                    .isTrue();
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(python.exitValue()).as(out).isZero();
            assertThat(out).contains("playing " + pythonSeat).contains("final score of " + pythonSeat);
        } finally {
            python.destroyForcibly();
        }
    }

    private void waitUntilSeated(SummitServer.Created room, String seat) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            boolean seated =
                    server.rooms().stream().anyMatch(r -> r.room().equals(room.room()) && r.seatsTaken() == r.seats());
            if (seated) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the Python bot never took seat " + seat);
    }

    private void startMatch(SummitServer.Created room) throws Exception {
        try (RoomLink chair = new RoomLink("127.0.0.1", server.port(), "test", "Chair", new RoomLink.Listener() {
            @Override
            public void message(ServerMessage message, String raw) {}

            @Override
            public void state(LinkState state) {}
        })) {
            chair.open(new Entry.Resume(room.facilitatorToken()));
            var reply = chair.call(Requests.command(Stage.LOBBY, new Command.Start()));
            assertThat(reply.path("type").asText()).isEqualTo("ack");
        }
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, "python3").canExecute()) {
                return new File(dir, "python3").getPath();
            }
        }
        return null;
    }
}
