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

    /** The stage as a person says it: "the briefing", "round 2", "the final decisions". */
    public String inWords() {
        return switch (phase) {
            case LOBBY -> "the lobby";
            case BRIEFING -> "the briefing";
            case OPENING -> "the opening";
            case ROUND -> "round " + round;
            case FINAL -> "the final decisions";
            case RESULTS -> "the results";
        };
    }

    /** When something happens, as a person says it: "during round 2", "before the summit starts". */
    public String when() {
        return switch (phase) {
            case LOBBY -> "before the summit starts";
            case RESULTS -> "after the summit has ended";
            default -> "during " + inWords();
        };
    }

    /** Whether this stage comes before {@code other} in a match. */
    public boolean isBefore(Stage other) {
        return phase.ordinal() < other.phase.ordinal() || (phase == other.phase && round < other.round);
    }

    /** The wire form ("ROUND 2", "FINAL"), which {@link #parse} reads back. */
    @Override
    public String toString() {
        return phase == Phase.ROUND ? "ROUND " + round : phase.name();
    }
}
