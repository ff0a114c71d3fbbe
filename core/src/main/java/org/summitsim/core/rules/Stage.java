package org.summitsim.core.rules;

import java.util.Locale;

/** A phase and, for ROUND, its number (0 otherwise). Commands name the stage they were meant for. */
public record Stage(Phase phase, int round) {

    public static final Stage LOBBY = new Stage(Phase.LOBBY, 0);

    public static Stage of(Phase phase) {
        return new Stage(phase, 0);
    }

    public static Stage round(int n) {
        return new Stage(Phase.ROUND, n);
    }

    /** Parses "ROUND 2", "round-2", "FINAL". */
    public static Stage parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        if (t.startsWith("ROUND")) {
            return round(Integer.parseInt(t.substring(5).trim()));
        }
        return of(Phase.valueOf(t));
    }

    public Stage next(int rounds) {
        return switch (phase) {
            case LOBBY -> of(Phase.BRIEFING);
            case BRIEFING -> of(Phase.OPENING);
            case OPENING -> rounds > 0 ? round(1) : of(Phase.FINAL);
            case ROUND -> round < rounds ? round(round + 1) : of(Phase.FINAL);
            case FINAL, RESULTS -> of(Phase.RESULTS);
        };
    }

    @Override
    public String toString() {
        return phase == Phase.ROUND ? "ROUND " + round : phase.name();
    }
}
