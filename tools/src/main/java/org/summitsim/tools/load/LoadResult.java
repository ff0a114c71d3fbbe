package org.summitsim.tools.load;

import java.util.Locale;

/**
 * What one measurement saw: messages per second in and out, round trips, the machine's load, and
 * the server's CPU time per delivered message when the server's process is known (NaN if not).
 * CPU time says much less about the machine's other work than the round trips do.
 */
record LoadResult(
        int connections,
        double inPerSecond,
        double outPerSecond,
        long samples,
        long errors,
        double p50,
        double p90,
        double p99,
        double p999,
        double max,
        String loadBefore,
        String loadAfter,
        double serverCpuMicros) {

    /** One line saying all of it, starting with {@code what}. */
    String line(String what) {
        return String.format(
                        Locale.ROOT,
                        "%s: %d connections; in %.0f msg/s, out %.0f msg/s; round trip p50 %.3f ms,"
                                + " p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms (%d samples, %d refused by the rules);"
                                + " load average %s -> %s",
                        what,
                        connections,
                        inPerSecond,
                        outPerSecond,
                        p50,
                        p90,
                        p99,
                        p999,
                        max,
                        samples,
                        errors,
                        loadBefore,
                        loadAfter)
                + (Double.isNaN(serverCpuMicros)
                        ? ""
                        : String.format(Locale.ROOT, "; server CPU %.2f µs per message delivered", serverCpuMicros));
    }
}
