package org.summitsim.core.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.summitsim.core.scenario.BackgroundRule;
import org.summitsim.core.scenario.BackgroundState;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;

/**
 * The count of a set of decisions: every state's decision (seats and attending background
 * states, by id), signatories and the binding-law coalition, each background group counted by size.
 */
public record Tally(Map<String, Decision> decisions, Map<String, BackgroundDecision> background,
                    int signatoryCount, int attendingStates, int bindingCount, boolean bindingReached) {

    /** Counts {@code seatDecisions} plus the background states' rules applied to {@code text}. */
    public static Tally of(Scenario scenario, Map<String, String> text, Map<String, Decision> seatDecisions) {
        Map<String, Decision> all = new LinkedHashMap<>(seatDecisions);
        Map<String, BackgroundDecision> background = new LinkedHashMap<>();
        int signatories = 0;
        int binding = 0;
        int attending = 0;
        for (Decision d : seatDecisions.values()) {
            attending++;
            signatories += d == Decision.SIGN ? 1 : 0;
            binding += d == Decision.PUSH_BINDING ? 1 : 0;
        }
        for (BackgroundState b : scenario.backgroundStates()) {
            if (!b.attended()) {
                continue;
            }
            Decision d = decide(b.rule(), text, seatDecisions, scenario.defaultDecision());
            all.put(b.id(), d);
            background.put(b.id(), new BackgroundDecision(b.name(), b.count(), d));
            attending += b.count();
            signatories += d == Decision.SIGN ? b.count() : 0;
            binding += d == Decision.PUSH_BINDING ? b.count() : 0;
        }
        boolean reached = binding >= scenario.binding().threshold();
        return new Tally(all, background, signatories, attending, binding, reached);
    }

    static Decision decide(BackgroundRule rule, Map<String, String> text, Map<String, Decision> seats,
                           Decision fallback) {
        if (rule == null) {
            return fallback;
        }
        if (rule.follows() != null) {
            return seats.getOrDefault(rule.follows(), fallback);
        }
        if (!rule.signsIf().isEmpty()) {
            boolean holds = rule.signsIf().stream().allMatch(c -> c.holdsIn(text));
            return holds ? Decision.SIGN : (rule.otherwise() == null ? fallback : rule.otherwise());
        }
        return rule.decision() == null ? fallback : rule.decision();
    }

    public double signatoryShare() {
        return attendingStates == 0 ? 0 : (double) signatoryCount / attendingStates;
    }
}
