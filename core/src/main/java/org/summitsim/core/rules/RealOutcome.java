package org.summitsim.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.summitsim.core.scenario.BackgroundState;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.History;
import org.summitsim.core.scenario.Scenario;

/**
 * What really happened at the summit, carried in every outcome so results can set the class's
 * choices beside the real ones.
 *
 * @param states              per delegation and background state the scenario records (scenario order; sorted by id on the wire)
 * @param summary             the real outcome in a sentence or two (the scenario's debrief history)
 * @param reportedSignatories what the sources say about the number of signatories
 */
public record RealOutcome(Map<String, History> states, String summary, String reportedSignatories) {

    /** The scenario's record of the real summit; the same (immutable) object for every match of it. */
    public static RealOutcome of(Scenario scenario) {
        Map<String, History> states = new LinkedHashMap<>();
        for (Delegation d : scenario.delegations()) {
            if (d.history() != null) {
                states.put(d.id(), d.history());
            }
        }
        for (BackgroundState b : scenario.backgroundStates()) {
            if (b.history() != null) {
                states.put(b.id(), b.history());
            }
        }
        var debrief = scenario.debrief();
        return new RealOutcome(
                Collections.unmodifiableMap(states),
                debrief == null ? null : debrief.history(),
                debrief == null ? null : debrief.reportedSignatories());
    }
}
