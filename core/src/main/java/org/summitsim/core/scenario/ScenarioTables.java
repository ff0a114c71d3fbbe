package org.summitsim.core.scenario;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Tables that follow from a scenario alone (each delegation's score range, the legal actions
 * that never change), made once per scenario object rather than once per match: a tournament
 * plays thousands of matches of the same one, on several threads. {@link #of} keeps only the
 * most recent scenario, compared by identity, so a server that loads many keeps one; a match
 * holds on to its own tables, so matches of other scenarios never make it start again.
 */
public final class ScenarioTables {

    private static volatile ScenarioTables last;

    private final Scenario scenario;
    private final Map<Object, Object> tables = new ConcurrentHashMap<>();

    private ScenarioTables(Scenario scenario) {
        this.scenario = scenario;
    }

    public static ScenarioTables of(Scenario scenario) {
        ScenarioTables t = last;
        if (t == null || t.scenario != scenario) {
            t = new ScenarioTables(scenario);
            last = t;
        }
        return t;
    }

    /**
     * The table under {@code key}, made from the scenario by {@code make} the first time it is
     * asked for. A key is a record or class of its user's own, so users never collide.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Function<Scenario, T> make) {
        return (T) tables.computeIfAbsent(key, k -> make.apply(scenario));
    }
}
