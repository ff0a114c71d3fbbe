package org.summitsim.client.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How fast `summit demo` plays (`--pace`): the phase lengths, and the room's pace, which sets how
 * long a vote stays open and how fast bots speak (docs/FACILITATOR.md, "Pace"). A newcomer reads
 * slowly and wants time to lobby: relaxed; someone who knows the game: quick.
 */
public enum DemoPace {
    RELAXED(300, 120, 300, 120, "votes stay open at least 2 minutes"),
    NORMAL(240, 60, 180, 90, "votes stay open at least a minute"),
    QUICK(180, 45, 150, 60, "votes stay open at least 30 seconds");

    /** Seconds of each phase; the number of rounds is the scenario's own (its injects are timed by them). */
    private final int briefing;

    private final int opening;
    private final int round;
    private final int decision;
    /** What the pace means for votes, for the welcome. */
    public final String votes;

    DemoPace(int briefing, int opening, int round, int decision, String votes) {
        this.briefing = briefing;
        this.opening = opening;
        this.round = round;
        this.decision = decision;
        this.votes = votes;
    }

    /** The room's {@code timing} option at this pace, for {@code rounds} rounds. */
    public String timing(int rounds) {
        return "{\"briefing\":" + briefing + ",\"opening\":" + opening + ",\"round\":" + round + ",\"rounds\":" + rounds
                + ",\"decision\":" + decision + "}";
    }

    /** About how long a whole summit of {@code rounds} rounds takes, for the welcome. */
    public int minutes(int rounds) {
        return Math.round((briefing + opening + rounds * round + decision) / 60f);
    }

    /** The name on the command line and in the room's {@code pace} option. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DemoPace> of(String id) {
        return Arrays.stream(values())
                .filter(p -> p.id().equals(id == null ? "" : id.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(DemoPace::id).toList();
    }

    /** The room options of a demo at this pace, for a scenario of {@code rounds} rounds. */
    public String roomOptions(int rounds) {
        // Absent seats get a bot after a short grace, so a demo never stalls on an empty seat.
        return "{\"label\":\"Demo\",\"timing\":" + timing(rounds) + ",\"absent\":\"bot\",\"graceSeconds\":60,"
                + "\"pace\":\"" + id() + "\"}";
    }
}
