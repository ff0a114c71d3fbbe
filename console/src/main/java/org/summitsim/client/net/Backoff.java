package org.summitsim.client.net;

import java.util.Random;

/**
 * Reconnect delays: exponential from 0.5 s, doubling, ±20 % jitter so a classroom of clients
 * dropped by the same Wi-Fi hiccup does not knock on the server in step, capped at 30 s.
 */
public final class Backoff {

    public static final long FIRST_MS = 500;
    public static final long CAP_MS = 30_000;

    private final Random random;
    private int attempt;

    public Backoff(Random random) {
        this.random = random;
    }

    public Backoff() {
        this(new Random());
    }

    /** The delay before the next attempt; each call counts one more failure. */
    public long nextDelayMs() {
        long base = Math.min(CAP_MS, FIRST_MS << Math.min(attempt, 16));
        attempt++;
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Math.min(CAP_MS, Math.round(base * jitter));
    }

    public void reset() {
        attempt = 0;
    }

    public int attempts() {
        return attempt;
    }
}
