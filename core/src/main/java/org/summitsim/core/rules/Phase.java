package org.summitsim.core.rules;

/** The phases of a summit, in order. ROUND repeats 1..N. */
public enum Phase {
    LOBBY,
    BRIEFING,
    OPENING,
    ROUND,
    FINAL,
    RESULTS
}
