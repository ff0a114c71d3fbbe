package org.summitsim.protocol;

/**
 * The room's clock: the current stage, the absolute deadline (absent when there is none or
 * while paused) and the time left at {@code serverTime}.
 */
public record Clock(String id, String stage, boolean paused, Long deadline, Long remainingMs, long serverTime)
        implements ServerMessage {}
