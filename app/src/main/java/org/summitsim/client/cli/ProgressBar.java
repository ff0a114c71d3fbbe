package org.summitsim.client.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr, as common command-line tools do it: on a terminal, one line redrawn at
 * most every 1% and ending on a 100% frame; elsewhere (a log file, a pipe) no redrawn frames,
 * only a plain line every few seconds, so logs stay readable.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;
    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private int shownPercent = -1;
    private int done;
    private long lastLogged = System.nanoTime();

    ProgressBar(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    /** Whether stderr is (most likely) a terminal: Java 17 can only tell for the console as a whole. */
    static boolean onTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** Matches finish on several threads, so counts can arrive out of order: only a larger one counts. */
    synchronized void update(int count) {
        if (count <= done) {
            return;
        }
        done = count;
        if (!terminal) {
            long now = System.nanoTime();
            if (now - lastLogged >= LOG_EVERY_NANOS && done < total) {
                lastLogged = now;
                err.printf(Locale.ROOT, "%d/%d matches%n", done, total);
                err.flush();
            }
            return;
        }
        int percent = (int) (100L * done / total);
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = WIDTH * percent / 100;
        err.printf(
                Locale.ROOT,
                "\r[%s%s] %3d%% %d/%d matches",
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                percent,
                done,
                total);
        err.flush();
    }

    synchronized void finish(double seconds) {
        if (terminal) {
            shownPercent = -1;
            done = total - 1;
            update(total);
            err.println();
        }
        err.printf(Locale.ROOT, "%d matches in %.1f s (%.0f matches/s)%n", total, seconds, total / seconds);
        err.flush();
    }
}
