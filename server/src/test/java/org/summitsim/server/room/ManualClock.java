package org.summitsim.server.room;

import java.time.Duration;
import java.util.PriorityQueue;

/**
 * A {@link RoomClock} a test drives by hand: time stands still until {@link #advance}, and tasks
 * run, in the order they are due (ties in the order they were scheduled), only when the test
 * lets them ({@link #runDue}). The room's thread is the test's.
 */
public final class ManualClock implements RoomClock {

    /** A quiet Tuesday in 2026: times in journals and messages look like real ones. */
    public static final long START = 1_790_000_000_000L;

    private static final class Task implements Timer {
        final long due;
        final long order;
        final Runnable run;
        boolean cancelled;

        Task(long due, long order, Runnable run) {
            this.due = due;
            this.order = order;
            this.run = run;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final PriorityQueue<Task> queue =
            new PriorityQueue<>((a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.order, b.order));
    private long now = START;
    private long scheduled;

    @Override
    public synchronized long now() {
        return now;
    }

    @Override
    public synchronized void execute(Runnable task) {
        schedule(task, 0);
    }

    @Override
    public boolean inRoomThread() {
        return true;
    }

    @Override
    public synchronized Timer schedule(Runnable task, long delayMs) {
        Task t = new Task(now + Math.max(0, delayMs), scheduled++, task);
        queue.add(t);
        return t;
    }

    /** Runs every task due by now, including those they schedule for now. */
    public void runDue() {
        runUntil(now());
    }

    /** Moves time on by {@code d}, running each task at the time it is due. */
    public void advance(Duration d) {
        runUntil(now() + d.toMillis());
    }

    private void runUntil(long until) {
        for (int ran = 0; ; ran++) {
            if (ran > 1_000_000) {
                throw new IllegalStateException("a million tasks without time passing: a loop in the room?");
            }
            Task next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.due > until) {
                    now = until;
                    return;
                }
                queue.poll();
                now = Math.max(now, next.due);
            }
            if (!next.cancelled) {
                next.run.run();
            }
        }
    }

    /** How many tasks wait, cancelled ones left out. */
    public synchronized long pending() {
        return queue.stream().filter(t -> !t.cancelled).count();
    }
}
