package org.summitsim.server.room;

import java.util.List;
import java.util.Optional;
import org.summitsim.protocol.journal.JournalRecord.SavedOptions;

/**
 * How fast a room moves while people play in it. Bots think in milliseconds and would vote the
 * moment an amendment is tabled and all speak in the same second; people need time to read, to
 * lobby and to answer. So in a room with at least one person: a vote stays open at least
 * {@code voteWindowSeconds} (unless every person has voted), one bot acts at a time, at least
 * {@code gapMs} after the last bot that did something, and each bot waits a jitter of up to
 * {@code spreadMs} on top of its thinking time, so bots do not queue up in a fixed order.
 * Rooms of bots alone ignore all of this.
 */
public record Pace(String name, int voteWindowSeconds, long gapMs, long spreadMs) {

    public static final String RELAXED = "relaxed";
    public static final String NORMAL = "normal";
    public static final String QUICK = "quick";

    /** Gaps of a second at least: two bots never speak in the same second. */
    private static final List<Pace> ALL = List.of(
            new Pace(RELAXED, 120, 4_000, 20_000),
            new Pace(NORMAL, 60, 2_000, 10_000),
            new Pace(QUICK, 30, 1_000, 4_000));

    public static List<String> names() {
        return ALL.stream().map(Pace::name).toList();
    }

    public static Optional<Pace> named(String name) {
        return ALL.stream().filter(p -> p.name.equals(name)).findFirst();
    }

    public static Pace normal() {
        return named(NORMAL).orElseThrow();
    }

    /** A room's pace as its options saved it (normal if they name none), with the room's own vote window if it set one. */
    public static Pace of(SavedOptions options) {
        Pace p = named(options.pace() == null ? "" : options.pace()).orElse(normal());
        return options.voteWindowSeconds() == null ? p : p.withVoteWindow(options.voteWindowSeconds());
    }

    /** This pace with another vote window (0: a vote closes as soon as every delegation has a stance). */
    public Pace withVoteWindow(int seconds) {
        return new Pace(name, seconds, gapMs, spreadMs);
    }
}
