package org.summitsim.core.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.summitsim.core.rules.BackgroundDecision;
import org.summitsim.core.scenario.BackgroundRule;
import org.summitsim.core.scenario.BackgroundState;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.FinalAdoption;
import org.summitsim.core.scenario.Scenario;

/**
 * The count of a set of decisions: the seats' decisions and the attending background states',
 * signatories and the binding-law coalition, each background group counted by size, and what
 * a failed push costs each state that pushed (and whether signing hedges against a treaty track,
 * {@link org.summitsim.core.scenario.BindingTrack}). It keeps the seat map it was given (no copy: it is built many times per turn for projections), so
 * callers must not change that map while they use the tally.
 */
public record Tally(
        Map<String, Decision> seats,
        Map<String, BackgroundDecision> background,
        int signatoryCount,
        int attendingStates,
        int bindingCount,
        boolean bindingReached,
        int failedPushCost,
        boolean signingHedges,
        boolean adopted) {

    /** The decision of a seat or background state, or null if it did not decide. */
    public Decision decisionOf(String id) {
        Decision d = seats.get(id);
        if (d != null) {
            return d;
        }
        BackgroundDecision b = background.get(id);
        return b == null ? null : b.decision();
    }

    /** Every state's decision, seats first, in scenario order. */
    public Map<String, Decision> decisions() {
        Map<String, Decision> all = new LinkedHashMap<>(seats);
        background.forEach((id, b) -> all.put(id, b.decision()));
        return all;
    }

    /** Counts {@code seatDecisions} plus the background states' rules applied to {@code text}. */
    public static Tally of(Scenario scenario, Map<String, String> text, Map<String, Decision> seatDecisions) {
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
            background.put(b.id(), new BackgroundDecision(b.name(), b.count(), d));
            attending += b.count();
            signatories += d == Decision.SIGN ? b.count() : 0;
            binding += d == Decision.PUSH_BINDING ? b.count() : 0;
        }
        boolean reached = binding >= scenario.binding().threshold();
        return new Tally(
                seatDecisions,
                background,
                signatories,
                attending,
                binding,
                reached,
                scenario.binding().failedPushCost(),
                scenario.binding().signingHedges(),
                FinalAdoption.adopts(scenario, signatories, attending));
    }

    static Decision decide(
            BackgroundRule rule, Map<String, String> text, Map<String, Decision> seats, Decision fallback) {
        if (rule == null) {
            return fallback;
        }
        if (rule.pushesWith() != null && seats.get(rule.pushesWith()) == Decision.PUSH_BINDING) {
            return Decision.PUSH_BINDING;
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

    /** The share of attending states that signed an adopted text: none, when the text failed. */
    public double signatoryShare() {
        return attendingStates == 0 || !adopted ? 0 : (double) signatoryCount / attendingStates;
    }
}
