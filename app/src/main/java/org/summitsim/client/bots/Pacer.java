package org.summitsim.client.bots;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.summitsim.client.net.SendLimits;

/**
 * Keeps a bot's messages under the server's rate limit, in order: the server drops what comes
 * faster, and a bot that answers each event with several commands (and a request for its view)
 * can outrun it in a busy room. Messages beyond the allowance wait and go out as it refills.
 */
final class Pacer {

    /** One timer for all the bots of a process: waiting is rare, and short. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "summit-bot-pacer");
        t.setDaemon(true);
        return t;
    });

    /** The share of the server's limits used, leaving room for clock skew and pings. */
    static final double SHARE = 0.75;

    private final Consumer<ObjectNode> out;
    private final LongSupplier nanos;
    private final ArrayDeque<ObjectNode> waiting = new ArrayDeque<>();
    private double perSecond;
    private double capacity;
    private double tokens = -1;
    private long refilled;
    private boolean scheduled;

    Pacer(Consumer<ObjectNode> out, LongSupplier nanos) {
        this.out = out;
        this.nanos = nanos;
        limits(SendLimits.DEFAULT);
    }

    /** Follows the limits the server announced (they may differ from one server to another). */
    synchronized void limits(SendLimits limits) {
        perSecond = limits.ratePerSecond() * SHARE;
        capacity = Math.max(1, Math.floor(limits.burst() * SHARE));
        tokens = tokens < 0 ? capacity : Math.min(tokens, capacity);
    }

    /** Sends {@code message} now if the allowance has room, else after the ones already waiting. */
    synchronized void send(ObjectNode message) {
        waiting.add(message);
        drain();
    }

    /** Runs {@code task} on the bots' timer after {@code millis}. */
    static void later(Runnable task, long millis) {
        TIMER.schedule(task, millis, TimeUnit.MILLISECONDS);
    }

    /** How many messages wait for the allowance. */
    synchronized int waiting() {
        return waiting.size();
    }

    /** Sends what the allowance has room for; called again by the timer while messages wait. */
    synchronized void drain() {
        long now = nanos.getAsLong();
        tokens = Math.min(capacity, tokens + (now - refilled) / 1e9 * perSecond);
        refilled = now;
        while (!waiting.isEmpty() && tokens >= 1) {
            tokens--;
            out.accept(waiting.poll());
        }
        if (!waiting.isEmpty() && !scheduled) {
            scheduled = true;
            long wait = (long) Math.ceil((1 - tokens) / perSecond * 1e9);
            TIMER.schedule(
                    () -> {
                        synchronized (this) {
                            scheduled = false;
                        }
                        drain();
                    },
                    wait,
                    TimeUnit.NANOSECONDS);
        }
    }
}
