package org.summitsim.core.scenario;

import java.util.List;
import java.util.Map;

/**
 * A delegation's private interests, the input to scoring (see docs/RULES.md for the formulas).
 *
 * @param clauses      value (-10..10) of each option of each clause, whatever the delegation decides
 * @param costs        cost (0..10) of a clause option that binds the delegation if it signs
 * @param redLines     clause options it must never sign up to
 * @param redLinePenalty points lost for signing a text that crosses a red line (each)
 * @param decisions    domestic value (-10..10) of each final decision in itself
 * @param breadth      weight (0..20) on how many states sign the declaration
 * @param binding      weight (-20..20) on the binding-law coalition reaching its threshold
 * @param standing     weight (0..20) on deciding as its partners decide
 * @param trust        weight (0..20) on keeping its pledges and deals
 * @param influence    points (0..10) per adopted amendment it proposed (half for one it
 *                     co-sponsored), at most three counted: a win it can report home
 * @param partners     delegations whose decisions it wants to match
 * @param endorsement  weight (0..20) on signing only a text that holds what it fought for: signing
 *                     adds {@code endorsement × (2 × share − 1)} to the decision part, where share
 *                     (0..1) is how much of its best text (by clause values) the final text gives
 */
public record Preferences(
        Map<String, Map<String, Integer>> clauses,
        Map<String, Map<String, Integer>> costs,
        List<OptionRef> redLines,
        Integer redLinePenalty,
        Map<Decision, Integer> decisions,
        Integer breadth,
        Integer binding,
        Integer standing,
        Integer trust,
        Integer influence,
        List<String> partners,
        Integer endorsement) {

    public Preferences {
        clauses = clauses == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clauses));
        costs = costs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(costs));
        redLines = Scenario.listOrEmpty(redLines);
        decisions = decisions == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(
                        decisions.isEmpty() ? new java.util.EnumMap<Decision, Integer>(Decision.class) : decisions));
        partners = Scenario.listOrEmpty(partners);
        redLinePenalty = redLinePenalty == null ? 0 : redLinePenalty;
        breadth = breadth == null ? 0 : breadth;
        binding = binding == null ? 0 : binding;
        standing = standing == null ? 0 : standing;
        trust = trust == null ? 0 : trust;
        influence = influence == null ? 0 : influence;
        endorsement = endorsement == null ? 0 : endorsement;
    }

    public int value(String clauseId, String optionId) {
        return clauses.getOrDefault(clauseId, Map.of()).getOrDefault(optionId, 0);
    }

    public int cost(String clauseId, String optionId) {
        return costs.getOrDefault(clauseId, Map.of()).getOrDefault(optionId, 0);
    }

    public boolean isRedLine(String clauseId, String optionId) {
        return redLines.contains(new OptionRef(clauseId, optionId));
    }

    public int decisionValue(Decision decision) {
        return decisions.getOrDefault(decision, 0);
    }
}
