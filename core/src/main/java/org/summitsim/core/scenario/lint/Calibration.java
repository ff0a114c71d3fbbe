package org.summitsim.core.scenario.lint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scoring.Tally;

/**
 * What the scenario predicts for history: every playable seat decides as its state really did
 * (a missing historical decision counts as the scenario default), the text stays the chair's
 * draft, and background states follow their rules. A faithful scenario lands inside the
 * debrief's signatory range; the count comes from the same {@link Tally} the game uses.
 */
public record Calibration(Map<String, String> draft, Map<String, Decision> seatDecisions, Tally tally) {

    public static Calibration of(Scenario scenario) {
        Map<String, String> draft = new LinkedHashMap<>();
        for (Clause c : scenario.clauses()) {
            draft.put(c.id(), c.draft());
        }
        Map<String, Decision> seats = new LinkedHashMap<>();
        for (Delegation d : scenario.playable()) {
            Decision real = d.history() == null ? null : d.history().decision();
            seats.put(d.id(), real == null ? scenario.defaultDecision() : real);
        }
        return new Calibration(Map.copyOf(draft), seats, Tally.of(scenario, draft, seats));
    }

    public int signatories() {
        return tally.signatoryCount();
    }

    /** Ids of the playable seats and background states that sign, in scenario order. */
    public List<String> signers() {
        return tally.decisions().entrySet().stream().filter(e -> e.getValue() == Decision.SIGN)
                .map(Map.Entry::getKey).toList();
    }
}
