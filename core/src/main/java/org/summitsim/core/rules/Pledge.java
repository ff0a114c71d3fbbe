package org.summitsim.core.rules;

import java.util.List;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;

/**
 * A public promise: "{@code seat} decides {@code decision} if the final text meets the
 * conditions" and, for a coalition pledge, "if the binding-law coalition reaches its threshold".
 */
public record Pledge(
        String id, String seat, Decision decision, List<TextCondition> conditions, String text, boolean ifCoalition) {

    public Pledge(String id, String seat, Decision decision, List<TextCondition> conditions, String text) {
        this(id, seat, decision, conditions, text, false);
    }

    public Promise.Decide promise() {
        return new Promise.Decide(decision, conditions);
    }
}
