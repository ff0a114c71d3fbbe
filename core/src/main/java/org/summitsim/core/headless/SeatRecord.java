package org.summitsim.core.headless;

/**
 * How a bot behaved in one match: commands accepted and refused, failures and time-outs, and
 * whether it was benched (its seat then falls back to the scenario default).
 */
public record SeatRecord(
        String seat, String strategy, int accepted, int invalid, int errors, int timeouts, boolean benched) {}
