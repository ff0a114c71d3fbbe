package org.summitsim.client.console.state;

import java.util.Locale;
import org.summitsim.protocol.Clock;

/**
 * The phase clock as the server last reported it, counted down locally. Uses the time left
 * at receipt plus the local time elapsed since, which hides any skew between the clocks.
 */
public record Countdown(Clock clock, long receivedAtNanos) {

    /** Milliseconds left now, or -1 when the phase has no deadline (lobby, results). */
    public long remainingMs(long nowNanos) {
        if (clock == null || clock.remainingMs() == null) {
            return -1;
        }
        if (clock.paused()) {
            return clock.remainingMs();
        }
        long elapsed = (nowNanos - receivedAtNanos) / 1_000_000;
        return Math.max(0, clock.remainingMs() - elapsed);
    }

    public boolean paused() {
        return clock != null && clock.paused();
    }

    /** "4:05", or "" without a deadline. */
    public static String format(long ms) {
        if (ms < 0) {
            return "";
        }
        long s = (ms + 999) / 1000;
        return s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60);
    }
}
