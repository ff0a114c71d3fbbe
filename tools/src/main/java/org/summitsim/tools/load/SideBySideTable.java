package org.summitsim.tools.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The side-by-side comparison as a Markdown table, one row per transport and load. */
final class SideBySideTable {

    /** The header naming the two sides, e.g. "Summit" and "baseline". */
    static String header(String a, String b) {
        return "| Transport | Load | " + capital(a) + " p50 / p99 (ms) | " + capital(b) + " p50 / p99 (ms) | "
                + capital(a)
                + " ÷ " + b + ", p50 / p99 | Out, " + a + " / " + b + " (msg/s) | Server CPU per message, " + a + " / "
                + b + " (µs, ratio) | Runs | Load average |";
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private SideBySideTable() {}

    static void print(List<PairedRuns> rows, PrintStream out, String a, String b) {
        out.println(header(a, b));
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (PairedRuns r : rows) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s / %s | %s / %s | %s / %s | %s / %s | %s / %s (%s) | %d + %d | %s |%n",
                    r.transport().label(),
                    r.load().describe(),
                    ms(r.median(true, LoadResult::p50)),
                    ms(r.median(true, LoadResult::p99)),
                    ms(r.median(false, LoadResult::p50)),
                    ms(r.median(false, LoadResult::p99)),
                    ratio(r.medianRatio(LoadResult::p50)),
                    ratio(r.medianRatio(LoadResult::p99)),
                    rate(r.median(true, LoadResult::outPerSecond)),
                    rate(r.median(false, LoadResult::outPerSecond)),
                    micros(r.median(true, LoadResult::serverCpuMicros)),
                    micros(r.median(false, LoadResult::serverCpuMicros)),
                    ratio(r.medianRatio(LoadResult::serverCpuMicros)),
                    r.completed(true),
                    r.completed(false),
                    r.loadRange());
        }
        out.println("Medians over the runs; each ratio is the median of the ratios of runs taken one after the other."
                + " Server CPU: the server process's CPU time (user and system) over the measurement, per message the"
                + " clients received; it depends much less on the machine's other work than round trips do."
                + " Runs: completed runs of each side. Load average: lowest and highest 1-minute load average"
                + " at the start and end of the measurements.");
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, v < 10 ? "%.3f" : "%.1f", v);
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String micros(double v) {
        return Double.isNaN(v) || v < 0 ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String rate(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,.0f", v);
    }
}
