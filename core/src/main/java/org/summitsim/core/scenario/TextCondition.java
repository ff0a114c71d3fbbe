package org.summitsim.core.scenario;

import java.util.List;
import java.util.Map;

/** Holds when the named clause reads one of the listed options. */
public record TextCondition(String clause, List<String> options) {

    public TextCondition {
        options = Scenario.listOrEmpty(options);
    }

    public boolean holdsIn(Map<String, String> text) {
        return options.contains(text.get(clause));
    }
}
