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
    RELAXED(
            "{\"briefing\":300,\"opening\":120,\"round\":300,\"rounds\":3,\"decision\":120}",
            25,
            "votes stay open at least 2 minutes"),
    NORMAL(
            "{\"briefing\":240,\"opening\":60,\"round\":180,\"rounds\":3,\"decision\":90}",
            15,
            "votes stay open at least a minute"),
    QUICK(
            "{\"briefing\":180,\"opening\":45,\"round\":150,\"rounds\":3,\"decision\":60}",
            12,
            "votes stay open at least 30 seconds");

    /** Seconds of each phase, as the room's {@code timing} option. */
    public final String timing;
    /** About how long a whole summit takes, for the welcome. */
    public final int minutes;
    /** What the pace means for votes, for the welcome. */
    public final String votes;

    DemoPace(String timing, int minutes, String votes) {
        this.timing = timing;
        this.minutes = minutes;
        this.votes = votes;
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

    /** The room options of a demo at this pace. */
    public String roomOptions() {
        // Absent seats get a bot after a short grace, so a demo never stalls on an empty seat.
        return "{\"label\":\"Demo\",\"timing\":" + timing + ",\"absent\":\"bot\",\"graceSeconds\":60,\"pace\":\"" + id()
                + "\"}";
    }
}
