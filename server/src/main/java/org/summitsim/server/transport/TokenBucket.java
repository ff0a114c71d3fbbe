package org.summitsim.server.transport;

/** A token bucket: {@code burst} tokens at most, refilled at {@code perSecond}. Not thread-safe. */
public final class TokenBucket {

    private final double perSecond;
    private final double perNano;
    private final double burst;
    private double tokens;
    private long last;

    public TokenBucket(double perSecond, double burst, long nowNanos) {
        this.perSecond = perSecond;
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.tokens = burst;
        this.last = nowNanos;
    }

    /** Takes one token if there is one. */
    public boolean tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whether a token is available, without taking it. */
    public boolean available(long nowNanos) {
        refill(nowNanos);
        return tokens >= 1;
    }

    /** Milliseconds until a token is there again (at least 1 when there is none now, 0 when there is). */
    public long millisUntilToken(long nowNanos) {
        refill(nowNanos);
        return tokens >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e6));
    }

    /**
     * The limit in words, for the sender who hit it: the lasting rate and the burst allowed on top
     * of it ("20 messages a second, 10 at once").
     */
    public String describe() {
        return Math.round(perSecond) + " messages a second, " + Math.round(burst) + " at once";
    }

    public boolean full(long nowNanos) {
        refill(nowNanos);
        return tokens >= burst;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - last;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * perNano);
            last = nowNanos;
        }
    }
}
