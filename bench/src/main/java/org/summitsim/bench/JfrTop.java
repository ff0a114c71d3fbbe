package org.summitsim.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM's CPU and allocation went, from a Java Flight Recorder file: the methods most often
 * on top of the sampled stacks (self) and anywhere on them (total), samples per thread, the
 * bytes allocated by class and by the first frame outside the JDK, and CPU and allocation per
 * delivered message when told how many messages a second the server delivered. JDK 17's
 * {@code jfr} tool prints events but does not add them up; this does, with the JDK's own reader.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.summitsim.bench.JfrTop FILE.jfr [messages-per-second] [rows]</pre>
 */
public final class JfrTop {

    private final Map<String, Long> self = new HashMap<>();
    private final Map<String, Long> total = new HashMap<>();
    private final Map<String, Long> threads = new HashMap<>();
    private final Map<String, Long> nativeTop = new HashMap<>();
    private final Map<String, Long> allocClass = new HashMap<>();
    private final Map<String, Long> allocSite = new HashMap<>();
    private final Map<Long, long[]> allocatedByThread = new HashMap<>();
    private long samples;
    private long nativeSamples;
    private long allocWeight;
    private double cpuUser;
    private double cpuSystem;
    private int cpuEvents;
    private long gcs;
    private Duration gcPause = Duration.ZERO;
    private Instant first;
    private Instant last;

    private JfrTop() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: JfrTop FILE.jfr [messages-per-second] [rows]");
            System.exit(2);
        }
        JfrTop t = new JfrTop();
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            t.add(e);
        }
        t.print(args.length > 1 ? Double.parseDouble(args[1]) : 0, args.length > 2 ? Integer.parseInt(args[2]) : 15);
    }

    private void add(RecordedEvent e) {
        first = first == null || e.getStartTime().isBefore(first) ? e.getStartTime() : first;
        last = last == null || e.getEndTime().isAfter(last) ? e.getEndTime() : last;
        switch (e.getEventType().getName()) {
            case "jdk.ExecutionSample" -> {
                samples++;
                RecordedThread th = e.getThread("sampledThread");
                threads.merge(th == null ? "?" : threadGroup(th.getJavaName()), 1L, Long::sum);
                List<RecordedFrame> frames = frames(e.getStackTrace());
                if (!frames.isEmpty()) {
                    self.merge(name(frames.get(0)), 1L, Long::sum);
                }
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    if (seen.add(name(f))) {
                        total.merge(name(f), 1L, Long::sum);
                    }
                }
            }
            case "jdk.NativeMethodSample" -> {
                List<RecordedFrame> frames = frames(e.getStackTrace());
                if (!frames.isEmpty()) {
                    nativeSamples++;
                    nativeTop.merge(name(frames.get(0)), 1L, Long::sum);
                }
            }
            case "jdk.ObjectAllocationSample" -> {
                long w = e.getLong("weight");
                allocWeight += w;
                allocClass.merge(e.getClass("objectClass").getName(), w, Long::sum);
                allocSite.merge(firstOutsideJdk(frames(e.getStackTrace())), w, Long::sum);
            }
            case "jdk.ThreadAllocationStatistics" -> {
                long[] range = allocatedByThread.computeIfAbsent(
                        e.getLong("thread.javaThreadId"), k -> new long[] {Long.MAX_VALUE, 0});
                range[0] = Math.min(range[0], e.getLong("allocated"));
                range[1] = Math.max(range[1], e.getLong("allocated"));
            }
            case "jdk.CPULoad" -> {
                cpuUser += e.getFloat("jvmUser");
                cpuSystem += e.getFloat("jvmSystem");
                cpuEvents++;
            }
            case "jdk.GarbageCollection" -> {
                gcs++;
                gcPause = gcPause.plus(e.getDuration("sumOfPauses"));
            }
            default -> {}
        }
    }

    private void print(double messagesPerSecond, int rows) {
        double seconds = Duration.between(first, last).toMillis() / 1000.0;
        int cores = Runtime.getRuntime().availableProcessors();
        double user = cpuEvents == 0 ? 0 : cpuUser / cpuEvents * cores;
        double system = cpuEvents == 0 ? 0 : cpuSystem / cpuEvents * cores;
        long allocated =
                allocatedByThread.values().stream().mapToLong(r -> r[1] - r[0]).sum();
        System.out.printf(
                Locale.ROOT,
                "Recording: %.1f s; the JVM used %.2f cores (%.2f user, %.2f system);"
                        + " %,.0f MB allocated (%.1f MB/s); %d collections, %d ms paused%n",
                seconds,
                user + system,
                user,
                system,
                allocated / 1e6,
                allocated / 1e6 / seconds,
                gcs,
                gcPause.toMillis());
        if (messagesPerSecond > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "Per delivered message (%,.0f/s): %.1f µs of CPU (%.1f user, %.1f system),"
                            + " %,.0f bytes allocated%n",
                    messagesPerSecond,
                    (user + system) / messagesPerSecond * 1e6,
                    user / messagesPerSecond * 1e6,
                    system / messagesPerSecond * 1e6,
                    allocated / seconds / messagesPerSecond);
        }
        table("Java samples by thread", threads, samples, rows);
        table("Top of stack (self), of " + samples + " Java samples", self, samples, rows);
        table("Anywhere on the stack (total)", total, samples, rows * 2);
        table(
                "Threads in native code, top frame, of " + nativeSamples + " samples (includes waiting)",
                nativeTop,
                nativeSamples,
                rows);
        table("Bytes allocated by class (sampled weight)", allocClass, allocWeight, rows);
        table("Bytes allocated by the first frame outside the JDK", allocSite, allocWeight, rows);
    }

    private static void table(String title, Map<String, Long> counts, long of, int rows) {
        System.out.printf(java.util.Locale.ROOT, "%n%s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(rows)
                .forEach(en ->
                        System.out.printf(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * en.getValue() / of, en.getKey()));
    }

    private static List<RecordedFrame> frames(RecordedStackTrace st) {
        return st == null ? List.of() : new ArrayList<>(st.getFrames());
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String firstOutsideJdk(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return name(f);
            }
        }
        return frames.isEmpty() ? "?" : name(frames.get(0));
    }

    /** Netty's loops are numbered per group ("epollEventLoopGroup-3-2"): count each group together. */
    private static String threadGroup(String name) {
        return name == null ? "?" : name.replaceAll("-\\d+$", "-*");
    }
}
