package org.summitsim.core.rules;

import org.summitsim.core.scenario.AdoptionRule;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.Timing;

/**
 * How a room plays its scenario: timing, adoption rule and privacy toward the facilitator.
 * Defaults come from the scenario; a facilitator may override them when creating a room.
 */
public record Settings(Timing timing, AdoptionRule adoption, boolean facilitatorReadsPrivate) {

    public static Settings of(Scenario scenario) {
        return new Settings(scenario.timing(), scenario.adoption(), true);
    }

    public Settings withTiming(Timing t) {
        return new Settings(t, adoption, facilitatorReadsPrivate);
    }

    public Settings withAdoption(AdoptionRule a) {
        return new Settings(timing, a, facilitatorReadsPrivate);
    }

    public Settings withFacilitatorReadsPrivate(boolean reads) {
        return new Settings(timing, adoption, reads);
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
