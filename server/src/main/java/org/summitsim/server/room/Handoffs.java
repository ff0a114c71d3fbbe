package org.summitsim.server.room;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes one delivery leaves to other threads, handed over as one task per event loop
 * instead of one per member. At full fan-out a room reaches tens of members on a handful of
 * loops, and each hand-off is a queue offer and perhaps a wake-up of that loop: gathering them
 * cuts both to one per loop. Used on the room's loop only; reused from delivery to delivery.
 */
public final class Handoffs {

    private static final Logger LOG = LoggerFactory.getLogger(Handoffs.class);

    private final Map<Executor, List<Runnable>> byLoop = new IdentityHashMap<>();

    /** {@code task} must run on {@code loop}; it runs there, in the order added, at {@link #release}. */
    public void add(Executor loop, Runnable task) {
        byLoop.computeIfAbsent(loop, l -> new ArrayList<>()).add(task);
    }

    /** Hands every gathered task to its loop: one task per loop. */
    void release() {
        if (byLoop.isEmpty()) {
            return;
        }
        for (Map.Entry<Executor, List<Runnable>> e : byLoop.entrySet()) {
            List<Runnable> tasks = e.getValue();
            e.getKey().execute(tasks.size() == 1 ? tasks.get(0) : () -> runAll(tasks));
        }
        byLoop.clear();
    }

    /** One task failing must not leave the others' writes unscheduled for good. */
    private static void runAll(List<Runnable> tasks) {
        for (Runnable task : tasks) {
            try {
                task.run();
            } catch (RuntimeException ex) {
                LOG.warn("a member's write failed", ex);
            }
        }
    }
}
