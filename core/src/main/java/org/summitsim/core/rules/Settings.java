package org.summitsim.core.rules;

import org.summitsim.core.scenario.AdoptionRule;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.Timing;

/**
 * How a room plays its scenario: timing, adoption rule and privacy toward the facilitator.
 * Defaults come from the scenario; a facilitator may override them when creating a room.
 *
 * <p>{@code hostClosesVotes}: a vote does not close by itself once every delegation has a stance;
 * the host closes it ({@code call_vote} from the room), the chair calls it, or the round ends. A
 * room where people play uses it to keep a vote open for a minimum time (the core has no clock).
 * Null (absent on the wire and in older journals) means false, so headless matches and older
 * rooms play exactly as before.
 */
public record Settings(Timing timing, AdoptionRule adoption, boolean facilitatorReadsPrivate, Boolean hostClosesVotes) {

    public Settings(Timing timing, AdoptionRule adoption, boolean facilitatorReadsPrivate) {
        this(timing, adoption, facilitatorReadsPrivate, null);
    }

    public static Settings of(Scenario scenario) {
        return new Settings(scenario.timing(), scenario.adoption(), true);
    }

    public Settings withTiming(Timing t) {
        return new Settings(t, adoption, facilitatorReadsPrivate, hostClosesVotes);
    }

    public Settings withAdoption(AdoptionRule a) {
        return new Settings(timing, a, facilitatorReadsPrivate, hostClosesVotes);
    }

    public Settings withFacilitatorReadsPrivate(boolean reads) {
        return new Settings(timing, adoption, reads, hostClosesVotes);
    }

    /** Votes wait for the host to close them (see the class comment); false keeps the core's own rule. */
    public Settings withHostClosingVotes(boolean hostCloses) {
        return new Settings(timing, adoption, facilitatorReadsPrivate, hostCloses ? Boolean.TRUE : null);
    }

    /** Whether the host closes votes instead of the last stance (see the class comment). */
    public boolean votesWaitForHost() {
        return Boolean.TRUE.equals(hostClosesVotes);
    }

    public int rounds() {
        return timing.rounds();
    }

    /** Planned seconds for a stage; LOBBY and RESULTS have no clock (0). */
    public int seconds(Stage stage) {
        return switch (stage.phase()) {
            case BRIEFING -> timing.briefing();
            case OPENING -> timing.opening();
            case ROUND -> timing.round();
            case FINAL -> timing.decision();
            case LOBBY, RESULTS -> 0;
        };
    }
}
