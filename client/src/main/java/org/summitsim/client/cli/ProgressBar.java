package org.summitsim.client.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn at most every 1% so it costs nothing. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private int shownPercent = -1;

    ProgressBar(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    synchronized void update(int done) {
        int percent = (int) (100L * done / total);
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = WIDTH * percent / 100;
        err.printf(Locale.ROOT, "\r[%s%s] %3d%% %d/%d matches", "#".repeat(filled), " ".repeat(WIDTH - filled),
                percent, done, total);
        err.flush();
    }

    void finish(double seconds) {
        err.printf(Locale.ROOT, "%n%d matches in %.1f s (%.0f matches/s)%n", total, seconds, total / seconds);
        err.flush();
    }
}
