package org.summitsim.core.scoring;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;

/**
 * What each final decision would have scored a delegation once the match was over: the final
 * text and every other delegation's decision as they were, only its own decision changed (its
 * pledges and deals kept or broken accordingly). A result says what the room left a delegation
 * to win; this says how well it chose within that, which is the part of the result that is
 * its own, whatever the role and whatever the others did.
 */
public final class Hindsight {

    private Hindsight() {}

    /**
     * The seat's total for each decision, in SIGN, ABSTAIN, PUSH_BINDING order: the one taken as
     * {@code outcome} scored it, the others scored again with only that seat's decision changed.
     */
    public static Map<Decision, Double> totals(MatchState state, Outcome outcome, String seat) {
        Map<Decision, Double> totals = new EnumMap<>(Decision.class);
        scores(state, outcome, seat).forEach((d, score) -> totals.put(d, score.total()));
        return totals;
    }

    /** As {@link #totals}, each decision's whole score (its parts, and out of 100). */
    public static Map<Decision, Score> scores(MatchState state, Outcome outcome, String seat) {
        FinalDecision taken = outcome.decisions().get(seat);
        Map<Decision, Score> scores = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            if (d == taken.decision()) {
                scores.put(d, outcome.scores().get(seat));
                continue;
            }
            Map<String, FinalDecision> decisions = new LinkedHashMap<>(outcome.decisions());
            decisions.put(seat, new FinalDecision(d, taken.statement(), taken.defaulted()));
            scores.put(
                    d, Scorer.settle(state, outcome.text(), decisions).scores().get(seat));
        }
        return scores;
    }

    /**
     * The decision that scores most among {@code totals}; a tie goes to {@code taken}, then to
     * the earlier decision in SIGN, ABSTAIN, PUSH_BINDING order.
     */
    public static Decision best(Map<Decision, Double> totals, Decision taken) {
        Decision best = taken;
        for (Decision d : Decision.values()) {
            if (totals.get(d) > totals.get(best)) {
                best = d;
            }
        }
        return best;
    }
}
