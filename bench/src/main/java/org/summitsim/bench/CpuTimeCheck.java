package org.summitsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The benchmarks again, timed by the thread's CPU time instead of the wall clock, for machines
 * shared with other work where JMH's wall-clock figures swing with the load. It runs the same
 * code as {@link EngineBenchmarks} (warm-up first), prints the median and best CPU time per
 * operation, and checks the two targets: at least 1,000,000 events applied per second of CPU
 * on one core, and a 10,000-event log replayed in under 20 ms.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.summitsim.bench.CpuTimeCheck [seconds-per-benchmark]</pre>
 *
 * Exits with status 1 when a target is missed.
 */
public final class CpuTimeCheck {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Keeps results alive so the JIT cannot drop the work. */
    private static volatile Object sink;

    private CpuTimeCheck() {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        EngineBenchmarks b = new EngineBenchmarks();
        b.setUp();
        double apply = measure("applyEvents (10,000 events)", seconds, b::applyEvents);
        double replay = measure("replayLog (10,000 events)", seconds, b::replayLog);
        measure("completeMatch (test-4x3 sample)", seconds, b::completeMatch);
        measure("seatView", seconds, b::seatView);
        measure("seatViewJson", seconds, () -> org.summitsim.core.json.Json.write(b.seatView()));
        double eventsPerSecond = EngineBenchmarks.LOG_EVENTS / (apply / 1e9);
        boolean ok = eventsPerSecond >= 1_000_000 && replay / 1e6 < 20;
        System.out.printf(
                Locale.ROOT, "%nevents applied per CPU second: %,.0f (target >= 1,000,000)%n", eventsPerSecond);
        System.out.printf(
                Locale.ROOT,
                "replay of %,d events: %.2f ms CPU (target < 20 ms)%n",
                EngineBenchmarks.LOG_EVENTS,
                replay / 1e6);
        System.out.println(ok ? "targets met" : "TARGET MISSED");
        System.exit(ok ? 0 : 1);
    }

    /** Warms up for half the time, then samples; returns the median CPU nanoseconds per operation. */
    private static double measure(String name, double seconds, Supplier<Object> op) {
        long warmUntil = System.nanoTime() + (long) (seconds * 0.5e9);
        while (System.nanoTime() < warmUntil) {
            sink = op.get();
        }
        long[] samples = new long[200];
        int n = 0;
        long until = System.nanoTime() + (long) (seconds * 0.5e9);
        while (n < samples.length && (n < 5 || System.nanoTime() < until)) {
            long start = THREADS.getCurrentThreadCpuTime();
            int reps = 0;
            long elapsed;
            do {
                sink = op.get();
                reps++;
                elapsed = THREADS.getCurrentThreadCpuTime() - start;
            } while (elapsed < 20_000_000);
            samples[n++] = elapsed / reps;
        }
        long[] s = Arrays.copyOf(samples, n);
        Arrays.sort(s);
        double median = s[n / 2];
        System.out.printf(
                Locale.ROOT,
                "%-34s median %,12.1f us   best %,12.1f us   (%d samples)%n",
                name,
                median / 1e3,
                s[0] / 1e3,
                n);
        return median;
    }
}
