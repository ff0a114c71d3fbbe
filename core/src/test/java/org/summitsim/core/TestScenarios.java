package org.summitsim.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.summitsim.core.json.Json;
import org.summitsim.core.scenario.Scenario;

/**
 * Scenarios used by tests, read from the test resources. {@code test-4x3} has four playable
 * delegations (north, south, east, west), three clauses (law, control, forum), consensus with at
 * most one objection, a binding-law threshold of three, ABSTAIN as default and three background
 * states (six "others" who sign if law reads applies, two "allies" who follow north, and one
 * state that did not attend).
 */
public final class TestScenarios {

    public static final String TEST_4X3 = "/scenarios/test-4x3.json";

    private static Scenario test4x3;

    private TestScenarios() {}

    /** The four-delegation, three-clause test scenario (read once, immutable). */
    public static synchronized Scenario test4x3() {
        if (test4x3 == null) {
            test4x3 = read(TEST_4X3);
        }
        return test4x3;
    }

    /** Reads a scenario from the test class path, e.g. {@code "/scenarios/test-4x3.json"}. */
    public static Scenario read(String resource) {
        try (InputStream in = TestScenarios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return Json.mapper().readValue(in, Scenario.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
