package org.summitsim.tools.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.summitsim.tools.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Summit and the plain Netty baseline ({@link BroadcastBaseline}) on the same loads, in turns:
 * for each transport and load, a pair of runs (Summit and the baseline, the first of the pair
 * alternating from one pair to the next) {@code --repeat} times; then a table of the median p50
 * and p99 of each and the median of the paired ratios
 * Summit ÷ baseline. Each run gets a fresh server in a JVM of its own, a JIT warm-up and then
 * the load's own warm-up: so no run inherits rooms, journals, heap or connections from the one
 * before (which would favour whichever server ran second), and both servers are treated alike.
 * The generator stays in this JVM throughout. With {@code --versus CLASSPATH} the other side is
 * not the baseline but Summit from another build (an older jar), to judge a change by the same
 * loads: the ratios are then this build ÷ that one. See docs/PERFORMANCE.md.
 *
 * <pre>
 * java -jar tools/target/summit-tools.jar side-by-side [--repeat 3]
 *     [--transports tcp,ws] [--loads 1x10x10,10x20x2,100x20x0.5,100x20x2,100x20x2floor]
 *     [--jit-warmup 10] [--warmup 20] [--duration 20] [--server-jvm "-Xmx1g"] [--fsync interval]
 *     [--scenario ID] [--versus OTHER-SUMMIT.jar]
 * </pre>
 */
@Command(
        name = "side-by-side",
        sortOptions = false,
        description = {
            "Summit and the baseline (or, with --versus, another Summit build) on the same loads in turns, each server"
                    + " in a fresh JVM, then a table of medians and ratios (SideBySide)."
        })
public final class SideBySide implements Callable<Integer> {

    /** Issue 20's loads: the idle server, a class, and 2,000 clients at two paces and with full fan-out. */
    static final List<Load> LOADS = List.of(
            new Load(1, 10, 10, false),
            new Load(10, 20, 2, false),
            new Load(100, 20, 0.5, false),
            new Load(100, 20, 2, false),
            new Load(100, 20, 2, true));
    /** Before each run's load: every command type, through the run's transport, at 600 commands a second. */
    static final Load JIT_LOAD = new Load(4, 10, 15, false);

    private static final String HOST = "127.0.0.1";

    @Spec
    CommandSpec spec;

    @Mixin
    ToolCommand.Help help;

    @Option(
            names = "--repeat",
            paramLabel = "N",
            description = "Runs of each server per load and transport." + " Default: ${DEFAULT-VALUE}.")
    int repeat = 3;

    List<LoadTransport> transports = List.of(LoadTransport.TCP, LoadTransport.WS);
    List<Load> loads = LOADS;

    @Option(
            names = "--jit-warmup",
            paramLabel = "SECONDS",
            description = "The JIT warm-up load before each run." + " Default: ${DEFAULT-VALUE}.")
    int jitWarmup = 10;

    @Option(
            names = "--warmup",
            paramLabel = "SECONDS",
            description = "The load before it is measured." + " Default: ${DEFAULT-VALUE}.")
    int warmup = 20;

    @Option(
            names = "--duration",
            paramLabel = "SECONDS",
            description = "How long each run is measured." + " Default: ${DEFAULT-VALUE}.")
    int duration = 20;

    List<String> serverJvm = List.of("-Xmx1g");

    @Option(
            names = "--fsync",
            paramLabel = "always|interval|never",
            description = "The Summit servers' journal" + " mode. Default: ${DEFAULT-VALUE}.")
    String fsync = "interval";

    @Option(
            names = "--scenario",
            paramLabel = "ID",
            description = "The Summit rooms' scenario." + " Default: ${DEFAULT-VALUE}.")
    String scenario = "hague-2023";

    /** Another Summit build's class path to compare with instead of the baseline; null for the baseline. */
    @Option(
            names = "--versus",
            paramLabel = "CLASSPATH",
            description =
                    "Compare with the Summit server of another"
                            + " build (e.g. its summit.jar) instead of the baseline; the ratios are then this build / that one.")
    String versus;

    private PrintStream out = System.out;

    @Option(
            names = "--transports",
            paramLabel = "tcp,ws",
            description = "The transports, comma-separated." + " Default: tcp,ws.")
    void transports(String value) {
        transports = parseEach(value, LoadTransport::parse);
    }

    @Option(
            names = "--loads",
            paramLabel = "LOADS",
            description = "The loads, comma-separated, each"
                    + " ROOMSxCLIENTSxRATE with floor after it for floor statements only."
                    + " Default: 1x10x10,10x20x2,100x20x0.5,100x20x2,100x20x2floor.")
    void loads(String value) {
        loads = parseEach(value, Load::parse);
    }

    @Option(
            names = "--server-jvm",
            paramLabel = "OPTIONS",
            description = "The server JVMs' options, in one" + " argument (quote it). Default: -Xmx1g.")
    void serverJvm(String value) {
        serverJvm = Arrays.stream(value.trim().split("\\s+"))
                .filter(a -> !a.isEmpty())
                .toList();
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out));
    }

    /** Runs the comparison the arguments ask for; 2 for bad arguments (said on standard error), else 0. */
    static int run(String[] args, PrintStream out) {
        SideBySide s = new SideBySide();
        s.out = out;
        return ToolCommand.run(s, args);
    }

    @Override
    public Integer call() throws Exception {
        compare(out);
        return 0;
    }

    /** A comma-separated list; a bad item is a usage error with the item's own message. */
    private <T> List<T> parseEach(String value, Function<String, T> parse) {
        try {
            return Arrays.stream(value.split(",")).map(parse).toList();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private void compare(PrintStream out) throws Exception {
        out.printf(
                java.util.Locale.ROOT,
                "Side by side, %s; load average %s%n",
                ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME),
                loadAverages());
        out.printf(
                java.util.Locale.ROOT,
                "Each run: a fresh server JVM (%s), %d s of JIT warm-up (%s), %d s of the load, %d s measured;"
                        + " %s, %s%n",
                String.join(" ", serverJvm),
                jitWarmup,
                JIT_LOAD.describe(),
                warmup,
                duration,
                versus == null
                        ? "Summit and the baseline in turns, each first in every other pair"
                        : "this build and the other in turns, each first in every other pair",
                repeat == 1 ? "once" : repeat + " times");
        String[] names =
                versus == null ? new String[] {"Summit", "baseline"} : new String[] {"this build", "other build"};
        if (versus != null) {
            out.println("This build: " + ServerJvm.ownClassPath() + "; the other build: " + versus);
        }
        List<PairedRuns> rows = new ArrayList<>();
        try (ClientLoops loops = ClientLoops.create()) {
            for (LoadTransport t : transports) {
                for (Load load : loads) {
                    PairedRuns row = new PairedRuns(t, load);
                    rows.add(row);
                    for (int r = 1; r <= repeat; r++) {
                        String run = t.label() + " " + load.spec() + " run " + r + "/" + repeat;
                        String own = ServerJvm.ownClassPath();
                        Measurement ours = () -> summit(own, loops, t, load);
                        Measurement theirs =
                                () -> versus == null ? baseline(loops, t, load) : summit(versus, loops, t, load);
                        LoadResult ourRun;
                        LoadResult theirRun;
                        if (oursFirst(r)) {
                            ourRun = attempt(out, run + " " + names[0], ours);
                            theirRun = attempt(out, run + " " + names[1], theirs);
                        } else {
                            theirRun = attempt(out, run + " " + names[1], theirs);
                            ourRun = attempt(out, run + " " + names[0], ours);
                        }
                        row.summit().add(ourRun);
                        row.baseline().add(theirRun);
                    }
                }
            }
        }
        out.println();
        SideBySideTable.print(rows, out, names[0], names[1]);
        out.printf(
                java.util.Locale.ROOT,
                "%nFinished %s; load average %s%n",
                ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME),
                loadAverages());
    }

    /**
     * Whether this build runs first in pair {@code run} (1-based): in odd pairs it does, in even
     * ones the other side does. The same side always first favoured it: three pairs of two
     * identical-but-for-one-line builds gave CPU ratios of 0.89 to 0.96 with this build first and
     * 0.99 to 1.06 with it second (docs/PERFORMANCE.md, "Which goes first").
     */
    static boolean oursFirst(int run) {
        return run % 2 == 1;
    }

    private interface Measurement {
        LoadResult run() throws Exception;
    }

    /** One run, printed as it ends; null if it failed (said, and the comparison goes on). */
    private static LoadResult attempt(PrintStream out, String what, Measurement m) {
        try {
            LoadResult r = m.run();
            out.println(r.line(what));
            return r;
        } catch (Exception e) {
            out.println(what + ": failed: " + e);
            return null;
        } finally {
            out.flush();
        }
    }

    private LoadResult summit(String cp, ClientLoops loops, LoadTransport t, Load load) throws Exception {
        Path data = Files.createTempDirectory("summit-side-");
        try (ServerJvm s = ServerJvm.start(
                cp,
                serverJvm,
                "org.summitsim.server.ServerMain",
                List.of(
                        "--port",
                        "0",
                        "--data",
                        data.toString(),
                        "--fsync",
                        fsync,
                        "--max-connections-per-address",
                        "1000000",
                        "--rooms-per-address",
                        "1000000"))) {
            if (jitWarmup > 0) {
                LoadRun.measure(
                        loops,
                        t,
                        HOST,
                        s.port(),
                        SummitRooms.create(HOST, s.port(), scenario, JIT_LOAD.rooms()),
                        JIT_LOAD,
                        jitWarmup,
                        0);
            }
            List<String> codes = SummitRooms.create(HOST, s.port(), scenario, load.rooms());
            return LoadRun.measure(loops, t, HOST, s.port(), codes, load, warmup, duration, s::cpuNanos);
        } finally {
            deleteTree(data);
        }
    }

    private LoadResult baseline(ClientLoops loops, LoadTransport t, Load load) throws Exception {
        try (ServerJvm b = ServerJvm.start(
                ServerJvm.ownClassPath(),
                serverJvm,
                BroadcastBaseline.class.getName(),
                List.of("--port", "0", "--transport", t.label()))) {
            if (jitWarmup > 0) {
                LoadRun.measure(
                        loops, t, HOST, b.port(), SummitRooms.groups("w", JIT_LOAD.rooms()), JIT_LOAD, jitWarmup, 0);
            }
            return LoadRun.measure(
                    loops,
                    t,
                    HOST,
                    b.port(),
                    SummitRooms.groups("g", load.rooms()),
                    load,
                    warmup,
                    duration,
                    b::cpuNanos);
        }
    }

    /** The 1, 5 and 15-minute load averages, as uptime prints them. */
    static String loadAverages() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
