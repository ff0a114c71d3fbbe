package org.summitsim.core.scoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;

/**
 * What follows from a scenario alone (each delegation's score range), worked out once per
 * scenario object rather than once per match: a tournament plays thousands of matches of the
 * same one, on several threads. Holds the most recent scenario only, compared by identity, so a
 * server that loads many scenarios keeps no more than one table.
 */
final class ScenarioTables {

    private static volatile ScenarioTables last;

    private final Scenario scenario;
    private final Map<String, Scorer.Range> ranges = new ConcurrentHashMap<>();

    private ScenarioTables(Scenario scenario) {
        this.scenario = scenario;
    }

    static ScenarioTables of(Scenario scenario) {
        ScenarioTables t = last;
        if (t == null || t.scenario != scenario) {
            t = new ScenarioTables(scenario);
            last = t;
        }
        return t;
    }

    Scorer.Range range(Delegation delegation) {
        return ranges.computeIfAbsent(delegation.id(), id -> Scorer.rangeOf(scenario, delegation));
    }
}
