// Long on purpose: one soak run, its players, samples and verdicts, read top to bottom; they share the run's state.
package org.summitsim.tools.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.summitsim.protocol.RoomSummary;
import org.summitsim.server.SummitServer;
import org.summitsim.tools.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Many rooms of {@code random} and {@code utility} bots for a fixed time, a new room starting
 * whenever one ends, with a network player in each room timing its commands, and spectators
 * coming and going. Every interval it samples the server's heap (after a full GC), threads, open
 * file handles and the round-trip times, then reports whether each levelled off: the last third
 * of the run compared with the middle third.
 */
public final class Soak {

    public record Options(long seed, int rooms, long durationMs, long sampleMs, int roundSeconds, boolean verbose) {}

    public record Sample(
            long atMs,
            long heapKb,
            int threads,
            int fds,
            int roomsHeld,
            int roomsLive,
            int finished,
            int connections,
            int commands,
            double p50Ms,
            double p99Ms,
            int errors) {
        String line() {
            return String.format(
                    Locale.ROOT,
                    "%6.0f s  heap %,8d KiB  threads %3d  fds %4d  rooms %4d (%2d live, %4d finished)"
                            + "  commands %5d  p50 %6.1f ms  p99 %7.1f ms  errors %d",
                    atMs / 1000.0,
                    heapKb,
                    threads,
                    fds,
                    roomsHeld,
                    roomsLive,
                    finished,
                    commands,
                    p50Ms,
                    p99Ms,
                    errors);
        }
    }

    public record Report(
            List<Sample> samples,
            boolean heapLevels,
            boolean threadsLevel,
            boolean fdsLevel,
            boolean latencyLevels,
            int roomsFinished,
            int commands,
            int unexpectedErrors,
            String verdict) {

        public boolean ok() {
            return heapLevels
                    && threadsLevel
                    && fdsLevel
                    && latencyLevels
                    && unexpectedErrors == 0
                    && roomsFinished > 0;
        }

        public String text() {
            StringBuilder b = new StringBuilder("soak:\n");
            samples.forEach(s -> b.append("  ").append(s.line()).append('\n'));
            b.append(String.format(
                    Locale.ROOT,
                    "  rooms finished %d, commands timed %,d, unexpected errors %d%n",
                    roomsFinished,
                    commands,
                    unexpectedErrors));
            b.append("  ").append(verdict).append('\n');
            return b.toString();
        }
    }

    private final Options o;
    private final SplittableRandom rnd;
    private final Map<String, Player> players = new ConcurrentHashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger unexpected = new AtomicInteger();
    private final List<String> errorSamples = new ArrayList<>();
    private SummitServer server;
    private long[] rtts = new long[1024];
    private int rttCount;
    private int commands;
    private int roomSerial;

    private Soak(Options o) {
        this.o = o;
        this.rnd = new SplittableRandom(o.seed());
    }

    public static Report run(Options o) throws Exception {
        return new Soak(o).go();
    }

    /** The network player of one room: says something every second or two and times the ack. */
    private final class Player implements AutoCloseable {
        final String room;
        final RawConnection c;
        final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        volatile String stage = "LOBBY";
        volatile boolean over;
        int n;

        Player(String room, String code, String seat) throws IOException {
            this.room = room;
            c = new RawConnection("127.0.0.1", server.port());
            c.writeLine("{\"type\":\"hello\",\"protocol\":1,\"name\":\"soak\"}");
            c.writeLine("{\"type\":\"join\",\"id\":\"j\",\"code\":\"" + code + "\",\"seat\":\"" + seat + "\"}");
        }

        void pump() {
            JsonNode m;
            while ((m = c.poll(0)) != null) {
                if (m == RawConnection.CLOSED) {
                    over = true;
                    return;
                }
                String type = m.path("type").asText();
                if (type.equals("clock")) {
                    stage = m.path("stage").asText(stage);
                } else if (type.equals("ack") || type.equals("error")) {
                    Long t = sentAt.remove(m.path("id").asText(""));
                    if (t != null) {
                        record(System.nanoTime() - t);
                    }
                    if (type.equals("error")) {
                        String code = m.path("code").asText();
                        // Refusals by the rules are part of play (a phase changed under the command).
                        if (!code.matches("stale|wrong_phase|match_over|paused")) {
                            unexpected.incrementAndGet();
                            synchronized (errorSamples) {
                                if (errorSamples.size() < 10) {
                                    errorSamples.add(m.toString());
                                }
                            }
                        }
                    }
                } else if (type.equals("event")
                        && m.path("event").path("type").asText().equals("match_ended")) {
                    over = true;
                }
            }
        }

        void speak() {
            if (over || !stage.startsWith("ROUND") && !stage.equals("OPENING")) {
                return;
            }
            String id = "s" + (++n);
            sentAt.put(id, System.nanoTime());
            c.writeLine("{\"type\":\"command\",\"id\":\"" + id + "\",\"stage\":\"" + stage
                    + "\",\"command\":{\"type\":\"say\",\"text\":\"soak line " + n + "\"}}");
        }

        @Override
        public void close() {
            c.close();
        }
    }

    private synchronized void record(long nanos) {
        if (rttCount == rtts.length) {
            rtts = Arrays.copyOf(rtts, rttCount * 2);
        }
        rtts[rttCount++] = nanos;
        commands++;
    }

    private synchronized double[] takePercentiles() {
        if (rttCount == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        long[] s = Arrays.copyOf(rtts, rttCount);
        Arrays.sort(s);
        rttCount = 0;
        return new double[] {s[(int) Math.ceil(0.5 * s.length) - 1] / 1e6, s[(int) Math.ceil(0.99 * s.length) - 1] / 1e6
        };
    }

    private Report go() throws Exception {
        Path data = Files.createTempDirectory("summit-soak-");
        server = new SummitServer(SummitServer.Config.defaults().toBuilder()
                        .port(0)
                        .dataDir(data)
                        .botThinkMs(100)
                        .roomQuota(1_000_000, 1)
                        .build())
                .start();
        List<Sample> samples = new ArrayList<>();
        long start = System.currentTimeMillis();
        long nextSample = start + o.sampleMs();
        long nextSpeak = start;
        long nextVisitor = start;
        try {
            for (int i = 0; i < o.rooms(); i++) {
                newRoom();
            }
            while (System.currentTimeMillis() - start < o.durationMs()) {
                Thread.sleep(20);
                long now = System.currentTimeMillis();
                for (Player p : List.copyOf(players.values())) {
                    p.pump();
                    if (p.over) {
                        p.close();
                        players.remove(p.room);
                        finished.incrementAndGet();
                        newRoom();
                    }
                }
                if (now >= nextSpeak) {
                    players.values().forEach(Player::speak);
                    nextSpeak = now + 1000 + rnd.nextLong(1000);
                }
                if (now >= nextVisitor) {
                    visit();
                    nextVisitor = now + 500;
                }
                if (now >= nextSample) {
                    samples.add(sample(now - start));
                    if (o.verbose()) {
                        System.out.println(
                                "  " + samples.get(samples.size() - 1).line());
                    }
                    nextSample += o.sampleMs();
                }
            }
        } finally {
            players.values().forEach(Player::close);
            server.close();
        }
        return judge(samples);
    }

    private void newRoom() throws IOException {
        int r = o.roundSeconds();
        String strategy = roomSerial++ % 2 == 0 ? "random" : "utility";
        SummitServer.Created c = server.createRoom(
                Fuzzer.SCENARIO,
                "{\"label\":\"soak\",\"seed\":" + rnd.nextLong()
                        + ",\"bot\":\"" + strategy
                        + "\",\"absent\":\"bot\",\"graceSeconds\":2,\"timing\":{\"briefing\":2,"
                        + "\"opening\":" + r + ",\"round\":" + r + ",\"rounds\":2,\"decision\":" + Math.max(3, r / 2)
                        + "}}");
        try (RawConnection f = new RawConnection("127.0.0.1", server.port())) {
            f.writeLine("{\"type\":\"hello\",\"protocol\":1,\"name\":\"chair\"}");
            f.writeLine("{\"type\":\"resume\",\"id\":\"r\",\"token\":\"" + c.facilitatorToken() + "\",\"lastSeq\":0}");
            await(f, "r");
            Player p = new Player(c.room(), c.code(), "netherlands");
            players.put(c.room(), p);
            f.writeLine("{\"type\":\"fill_bots\",\"id\":\"b\",\"strategy\":\"" + strategy + "\"}");
            await(f, "b");
            f.writeLine("{\"type\":\"command\",\"id\":\"s\",\"stage\":\"LOBBY\",\"command\":{\"type\":\"start\"}}");
            await(f, "s");
        }
    }

    private static void await(RawConnection c, String id) throws IOException {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            JsonNode n = c.poll(100);
            if (n != null && id.equals(n.path("id").asText(null))) {
                return;
            }
        }
        throw new IOException("no reply " + id);
    }

    /** A spectator drops in on a random room, reads the whole log, and leaves. */
    private void visit() {
        List<RoomSummary> rooms = server.rooms();
        if (rooms.isEmpty()) {
            return;
        }
        try (RawConnection v = new RawConnection("127.0.0.1", server.port())) {
            v.writeLine("{\"type\":\"hello\",\"protocol\":1}");
            v.writeLine("{\"type\":\"list_rooms\",\"id\":\"l\"}");
            await(v, "l");
        } catch (IOException e) {
            unexpected.incrementAndGet();
        }
    }

    private Sample sample(long at) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        int fds = -1;
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            fds = (int) s.count();
        } catch (IOException | UnsupportedOperationException e) {
            // Not Linux.
        }
        List<RoomSummary> rooms = server.rooms();
        int live = (int) rooms.stream().filter(r -> !r.over()).count();
        int cmds;
        synchronized (this) {
            cmds = commands;
            commands = 0;
        }
        double[] p = takePercentiles();
        return new Sample(
                at,
                heap,
                threads,
                fds,
                rooms.size(),
                live,
                finished.get(),
                players.size(),
                cmds,
                p[0],
                p[1],
                unexpected.get());
    }

    /** Levels off: the mean of the last third is within the allowance of the middle third's. */
    private Report judge(List<Sample> s) {
        int n = s.size();
        if (n < 6) {
            return new Report(
                    s,
                    false,
                    false,
                    false,
                    false,
                    finished.get(),
                    0,
                    unexpected.get(),
                    "too short to judge (fewer than 6 samples)");
        }
        List<Sample> mid = s.subList(n / 3, 2 * n / 3);
        List<Sample> last = s.subList(2 * n / 3, n);
        double heapMid = mid.stream().mapToLong(Sample::heapKb).average().orElse(0);
        double heapLast = last.stream().mapToLong(Sample::heapKb).average().orElse(0);
        double thrMid = mid.stream().mapToInt(Sample::threads).average().orElse(0);
        double thrLast = last.stream().mapToInt(Sample::threads).average().orElse(0);
        double fdMid = mid.stream().mapToInt(Sample::fds).average().orElse(0);
        double fdLast = last.stream().mapToInt(Sample::fds).average().orElse(0);
        double p99Mid = mid.stream()
                .mapToDouble(Sample::p99Ms)
                .filter(d -> !Double.isNaN(d))
                .average()
                .orElse(0);
        double p99Last = last.stream()
                .mapToDouble(Sample::p99Ms)
                .filter(d -> !Double.isNaN(d))
                .average()
                .orElse(0);
        boolean heapOk = heapLast <= heapMid * 1.25 + 8 * 1024;
        boolean thrOk = thrLast <= thrMid + 4;
        boolean fdOk = fdLast <= fdMid + 8;
        boolean latOk = p99Last <= p99Mid * 2 + 50;
        int cmds = s.stream().mapToInt(Sample::commands).sum();
        // Finished rooms stay in memory (for reports and get_events): their share of the growth.
        double mx = s.stream().mapToInt(Sample::finished).average().orElse(0);
        double my = s.stream().mapToLong(Sample::heapKb).average().orElse(0);
        double sxy = s.stream()
                .mapToDouble(x -> (x.finished() - mx) * (x.heapKb() - my))
                .sum();
        double sxx = s.stream()
                .mapToDouble(x -> (x.finished() - mx) * (x.finished() - mx))
                .sum();
        String perRoom = sxx == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f KiB", sxy / sxx);
        String verdict = "heap kept per finished room (regression): " + perRoom + "; "
                + String.format(
                        Locale.ROOT,
                        "middle third vs last third: heap %,.0f -> %,.0f KiB (%s), threads %.1f -> %.1f"
                                + " (%s), fds %.1f -> %.1f (%s), p99 %.1f -> %.1f ms (%s)%s",
                        heapMid,
                        heapLast,
                        ok(heapOk),
                        thrMid,
                        thrLast,
                        ok(thrOk),
                        fdMid,
                        fdLast,
                        ok(fdOk),
                        p99Mid,
                        p99Last,
                        ok(latOk),
                        errorSamples.isEmpty() ? "" : "; errors: " + errorSamples);
        return new Report(s, heapOk, thrOk, fdOk, latOk, finished.get(), cmds, unexpected.get(), verdict);
    }

    private static String ok(boolean b) {
        return b ? "levels off" : "STILL GROWING";
    }

    /** {@code java -jar summit-tools.jar soak [--minutes M] [--rooms R] [--seed S]} */
    public static void main(String[] args) {
        System.exit(ToolCommand.run(new Cli(), args));
    }

    /** The command line: {@code summit-tools soak}, or {@link #main} by class name; exit 0 passed, 1 failed. */
    @Command(
            name = "soak",
            sortOptions = false,
            description = {
                "Rooms of bots one after another for a fixed time; heap, threads, file handles and round trips must"
                        + " level off (Soak); exit 1 if one keeps growing (docs/RELIABILITY.md gives it -Xmx512m)."
            })
    public static final class Cli implements Callable<Integer> {

        @Mixin
        ToolCommand.Help help;

        @Option(
                names = "--minutes",
                paramLabel = "M",
                description = "How long the soak runs, in minutes. Default: ${DEFAULT-VALUE}.")
        double minutes = 8;

        @Option(
                names = "--rooms",
                paramLabel = "R",
                description = "Rooms of bots playing at a time. Default: ${DEFAULT-VALUE}.")
        int rooms = 20;

        @Option(names = "--seed", paramLabel = "S", description = "The random seed. Default: ${DEFAULT-VALUE}.")
        long seed = 8;

        @Override
        public Integer call() throws Exception {
            Report r = run(new Options(seed, rooms, (long) (minutes * 60_000), 15_000, 12, true));
            System.out.print(r.text());
            return r.ok() ? 0 : 1;
        }
    }
}
