package org.summitsim.client.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr, as common command-line tools do it: on a terminal, one line redrawn at
 * most every 1% and ending on a 100% frame; elsewhere (a log file, a pipe) no redrawn frames,
 * only a plain line every few seconds, so logs stay readable. It counts in words: "129 of 400
 * matches", or for an analysis, which also replays matches, "129 of 400 games" under a line that
 * says what the games are.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;
    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    /** What is counted, in the plural: "matches" or "games". */
    private final String unit;

    private int shownPercent = -1;
    private int done;
    private long lastLogged = System.nanoTime();

    /** Progress of {@code total} matches. */
    ProgressBar(PrintWriter err, int total, boolean terminal) {
        this(err, total, terminal, "matches");
    }

    private ProgressBar(PrintWriter err, int total, boolean terminal, String unit) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
        this.unit = unit;
    }

    /**
     * Progress of {@code games} games: {@code matches} matches and the replays of some of them
     * (an analysis's exploit checks), announced first in one line that says so.
     */
    static ProgressBar ofGames(PrintWriter err, int matches, int games, boolean terminal) {
        if (games == matches) {
            return new ProgressBar(err, games, terminal);
        }
        err.printf(
                Locale.ROOT,
                "Playing %d games: %d %s and %d %s of the first ones (the exploit checks).%n",
                games,
                matches,
                matches == 1 ? "match" : "matches",
                games - matches,
                games - matches == 1 ? "replay" : "replays");
        err.flush();
        return new ProgressBar(err, games, terminal, "games");
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
                err.printf(Locale.ROOT, "%d of %d %s%n", done, total, unit);
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
                "\r[%s%s] %3d%% %d of %d %s",
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                percent,
                done,
                total,
                unit);
        err.flush();
    }

    synchronized void finish(double seconds) {
        if (terminal) {
            shownPercent = -1;
            done = total - 1;
            update(total);
            err.println();
        }
        err.printf(Locale.ROOT, "%d %s in %.1f s (%.0f %s/s)%n", total, unit, seconds, total / seconds, unit);
        err.flush();
    }
}
