package org.summitsim.server.journal;

/**
 * When a writer thread forces the next written journal in {@link Durability#INTERVAL} mode.
 * Forcing every written journal at the same moment once an interval makes the disk work
 * arrive as one burst, which on a small machine shows in the players' round trips; so the
 * forces are spread out instead: one journal at a time, the one written first, an interval
 * divided by the number of journals waiting after the last force began, and never later than
 * one interval after that journal's first unforced write. Each journal is then forced about
 * once an interval, however many rooms are busy. Plain arithmetic on nanosecond times, so the
 * rule is tested without a clock.
 *
 * @param intervalNanos the sync interval: how long a written record may wait for its fsync
 */
record FsyncPace(long intervalNanos) {

    FsyncPace {
        if (intervalNanos < 1) {
            throw new IllegalArgumentException("sync interval " + intervalNanos + " ns: it must be positive");
        }
    }

    /** A time long enough before {@code now} that the first force is due at once. */
    long neverForced(long now) {
        return now - intervalNanos;
    }

    /**
     * When to force the journal at the head of the queue.
     *
     * @param lastForce when the previous force began
     * @param firstWrite when the head journal's oldest unforced write happened
     * @param waiting journals waiting, the head included
     */
    long due(long lastForce, long firstWrite, int waiting) {
        long spread = lastForce + intervalNanos / Math.max(1, waiting);
        long deadline = firstWrite + intervalNanos;
        // nanoTime values may wrap: compare by difference, as System.nanoTime asks.
        return spread - deadline < 0 ? spread : deadline;
    }
}
