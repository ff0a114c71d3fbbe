package org.summitsim.core.headless;

import java.util.List;

/**
 * How a bot behaved in one match: commands accepted and refused, failures and time-outs, and
 * whether it was benched (its seat then falls back to the scenario default). {@code refused}
 * says why, for the first few refused commands ("round 2: vote: You already voted on A3."), and
 * {@code failure} why it was benched ("round 1: IllegalStateException: … (at …)"; null if it was
 * not), so that a bot's author can see what went wrong without a debugger.
 */
public record SeatRecord(
        String seat,
        String strategy,
        int accepted,
        int invalid,
        int errors,
        int timeouts,
        boolean benched,
        List<String> refused,
        String failure) {

    /** How many refusals a record explains; the count goes on. */
    public static final int REASONS_KEPT = 5;

    public SeatRecord {
        refused = refused == null ? List.of() : List.copyOf(refused);
    }
}
