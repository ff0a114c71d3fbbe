package org.summitsim.tools.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.summitsim.client.net.ProtocolClient;
import org.summitsim.core.json.Json;
import org.summitsim.tools.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Kills the server with SIGKILL at random moments while bots play several rooms over the network
 * (and drop their own connections at random, including right after a vote or a final decision),
 * restarts it on the same port, and keeps going; then checks every event and acknowledgement the
 * clients were told against the journals on disk ({@link Ledger}).
 */
public final class KillRestart {

    public record Options(
            long seed,
            int kills,
            int rooms,
            long minUpMs,
            long maxUpMs,
            long disconnectEveryMs,
            double breakChance,
            int roundSeconds,
            boolean verbose) {}

    public record Report(
            int kills,
            int restarts,
            int roomsCreated,
            int roomsFinished,
            int acks,
            int eventsChecked,
            int welcomes,
            int chaosBreaks,
            int deliberateBreaks,
            long millis,
            List<String> restoreProblems,
            List<String> problems) {

        public boolean ok() {
            return problems.isEmpty() && restoreProblems.isEmpty() && roomsFinished > 0;
        }

        public String text() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(
                    Locale.ROOT,
                    "kill/restart: %d SIGKILLs and restarts in %.0f s; %d rooms created, %d finished%n",
                    kills,
                    millis / 1000.0,
                    roomsCreated,
                    roomsFinished));
            b.append(String.format(
                    Locale.ROOT,
                    "  clients: %,d acknowledgements and %,d distinct events checked against the"
                            + " journals; %,d welcomes (joins and resumes); %d random disconnects, %d right after a vote or"
                            + " decision%n",
                    acks,
                    eventsChecked,
                    welcomes,
                    chaosBreaks,
                    deliberateBreaks));
            b.append("  restore problems: ").append(restoreProblems.size()).append('\n');
            restoreProblems.stream()
                    .limit(20)
                    .forEach(p -> b.append("    ").append(p).append('\n'));
            b.append("  lost or changed: ").append(problems.size()).append('\n');
            problems.stream().limit(20).forEach(p -> b.append("    ").append(p).append('\n'));
            return b.toString();
        }
    }

    static final String[] STRATEGIES = {"utility", "random", "mediator", "hardliner", "utility", "random"};

    private final Options o;
    private final SplittableRandom rnd;
    private final Ledger ledger = new Ledger();
    private final List<LedgerBot> everyone = new CopyOnWriteArrayList<>();
    private final List<String> restoreProblems = new CopyOnWriteArrayList<>();
    private final List<String> createdRooms = new CopyOnWriteArrayList<>();
    private volatile ServerProcess server;
    private int port;
    private Path data;
    private int restarts;
    private int chaosBreaks;

    private KillRestart(Options o) {
        this.o = o;
        this.rnd = new SplittableRandom(o.seed());
    }

    public static Report run(Options o) throws Exception {
        return new KillRestart(o).go();
    }

    /** One room: its facilitator (recording everything) and a bot on every seat. */
    private record Table(LedgerBot chair, List<LedgerBot> players) {
        boolean ended() {
            return chair.ended() || players.stream().allMatch(LedgerBot::ended);
        }
    }

    private Report go() throws Exception {
        data = Files.createTempDirectory("summit-kill-");
        port = ServerProcess.freePort();
        long start = System.currentTimeMillis();
        server = ServerProcess.start(port, data, 0, "--rooms-per-address", "1000000");
        List<Table> tables = new ArrayList<>();
        int kills = 0;
        try {
            for (int i = 0; i < o.rooms(); i++) {
                tables.add(newTable());
            }
            Thread chaos = new Thread(this::chaos, "chaos-disconnects");
            chaos.setDaemon(true);
            chaos.start();
            while (kills < o.kills()) {
                long until = System.currentTimeMillis() + o.minUpMs() + rnd.nextLong(o.maxUpMs() - o.minUpMs() + 1);
                while (System.currentTimeMillis() < until) {
                    Thread.sleep(100);
                    replaceFinished(tables);
                }
                server.kill();
                kills++;
                Thread.sleep(rnd.nextLong(500));
                restart();
                if (o.verbose()) {
                    System.out.printf(
                            Locale.ROOT,
                            "  kill %d: %d rooms restored, %,d acks so far%n",
                            kills,
                            server.restoredRooms(),
                            ledger.acks.size());
                }
            }
            chaos.interrupt();
            long until = System.currentTimeMillis() + (o.roundSeconds() * 3L + 60) * 1000;
            while (System.currentTimeMillis() < until && !tables.stream().allMatch(Table::ended)) {
                Thread.sleep(200);
            }
            Thread.sleep(500);
        } finally {
            everyone.forEach(LedgerBot::close);
            if (server.process.isAlive() && server.terminate() != 0) {
                restoreProblems.add("the server did not stop cleanly on SIGTERM");
            }
        }
        Ledger.Check check = ledger.against(data.resolve("rooms"));
        for (String room : createdRooms) {
            if (!Files.exists(data.resolve("rooms").resolve(room + ".jsonl"))) {
                restoreProblems.add("room " + room + " was created (room_created and welcome) but has no journal");
            }
        }
        int welcomes = everyone.stream().mapToInt(b -> b.welcomes.get()).sum();
        int deliberate =
                everyone.stream().mapToInt(b -> b.deliberateBreaks.get()).sum();
        return new Report(
                kills,
                restarts,
                createdRooms.size(),
                check.finishedRooms(),
                check.acksChecked(),
                check.eventsChecked(),
                welcomes,
                chaosBreaks,
                deliberate,
                System.currentTimeMillis() - start,
                restoreProblems,
                check.problems());
    }

    private void restart() throws IOException {
        server = ServerProcess.start(port, data, 0, "--rooms-per-address", "1000000");
        restarts++;
        int restored = server.restoredRooms();
        long journals;
        try (var files = Files.list(data.resolve("rooms"))) {
            journals = files.filter(f -> f.toString().endsWith(".jsonl")).count();
        }
        if (restored != journals) {
            restoreProblems.add("restart " + restarts + ": " + restored + " rooms restored of " + journals
                    + " journals: " + server.output);
        }
    }

    private void replaceFinished(List<Table> tables) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).ended()) {
                try {
                    tables.set(i, newTable());
                } catch (IOException e) {
                    // The server is down or restarting; try again on the next pass.
                    return;
                }
            }
        }
    }

    private Table newTable() throws IOException {
        int n = createdRooms.size();
        long seed = o.seed() * 1000 + n;
        int r = o.roundSeconds();
        String options = "{\"label\":\"kill test " + n + "\",\"seed\":" + seed + ",\"timing\":{\"briefing\":2,"
                + "\"opening\":2,\"round\":" + r + ",\"rounds\":2,\"decision\":" + Math.max(4, r / 2) + "}}";
        JsonNode created;
        JsonNode welcome;
        try (ProtocolClient c =
                ProtocolClient.connect("127.0.0.1", port, "kill-test", "teacher", new ProtocolClient.Handler() {
                    @Override
                    public void message(JsonNode message, String raw) {}

                    @Override
                    public void closed(String reason) {}
                })) {
            var req =
                    Json.mapper().createObjectNode().put("type", "create_room").put("scenario", Fuzzer.SCENARIO);
            req.set("options", Json.mapper().readTree(options));
            welcome = c.call(req, ProtocolClient.REPLY_TIMEOUT_MS);
            if (!welcome.path("type").asText().equals("welcome")) {
                throw new IOException("create_room: " + welcome);
            }
        }
        String room = welcome.path("room").asText();
        createdRooms.add(room);
        String token = welcome.path("token").asText();
        String code = welcome.path("code").asText();
        LedgerBot chair = new LedgerBot("127.0.0.1", port, "chair-" + n, null, seed, 0, ledger);
        everyone.add(chair);
        chair.resume(token);
        List<LedgerBot> players = new ArrayList<>();
        var seats = welcome.path("scenario").path("delegations");
        for (int i = 0; i < seats.size(); i++) {
            String seat = seats.get(i).path("id").asText();
            LedgerBot b = new LedgerBot(
                    "127.0.0.1", port, seat, STRATEGIES[i % STRATEGIES.length], seed, o.breakChance(), ledger);
            everyone.add(b);
            players.add(b);
            b.join(code, seat);
        }
        JsonNode started = chair.chair("LOBBY", "{\"type\":\"start\"}");
        if (!started.path("type").asText().equals("ack")) {
            throw new IOException("start: " + started);
        }
        return new Table(chair, players);
    }

    private void chaos() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(o.disconnectEveryMs() / 2 + rnd.nextLong(o.disconnectEveryMs()));
            } catch (InterruptedException e) {
                return;
            }
            List<LedgerBot> live =
                    everyone.stream().filter(b -> !b.ended() && b.connected()).toList();
            if (!live.isEmpty()) {
                live.get(rnd.nextInt(live.size())).breakConnection();
                chaosBreaks++;
            }
        }
    }

    /** {@code java -jar summit-tools.jar kill-restart [--kills N] [--rooms R] [--seed S]} */
    public static void main(String[] args) {
        System.exit(ToolCommand.run(new Cli(), args));
    }

    /** The command line: {@code summit-tools kill-restart}, or {@link #main} by class name; exit 0 passed, 1 failed. */
    @Command(
            name = "kill-restart",
            sortOptions = false,
            description = {
                "SIGKILLs the server (a child JVM) at random moments while network bots play, restarts it, and checks"
                        + " every acknowledged action against the journals (KillRestart); exit 1 on a loss."
            })
    public static final class Cli implements Callable<Integer> {

        @Mixin
        ToolCommand.Help help;

        @Option(
                names = "--kills",
                paramLabel = "N",
                description = "How many times the server is killed and restarted. Default: ${DEFAULT-VALUE}.")
        int kills = 20;

        @Option(
                names = "--rooms",
                paramLabel = "R",
                description = "Rooms of bots playing at a time. Default: ${DEFAULT-VALUE}.")
        int rooms = 3;

        @Option(names = "--seed", paramLabel = "S", description = "The random seed. Default: ${DEFAULT-VALUE}.")
        long seed = 8;

        @Override
        public Integer call() throws Exception {
            Report r = run(new Options(seed, kills, rooms, 2_000, 8_000, 1_000, 0.3, 15, true));
            System.out.print(r.text());
            return r.ok() ? 0 : 1;
        }
    }
}
