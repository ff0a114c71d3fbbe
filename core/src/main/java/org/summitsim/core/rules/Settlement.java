package org.summitsim.core.rules;

import java.util.Map;
import java.util.Set;

/**
 * How a finished match is settled: its {@link Outcome}, with every seat's score, from the final
 * text and decisions. The rules call it once, in the events that end the match; scoring
 * provides it ({@code Scorer::settle}), given to the {@link MatchState} by whoever opens the
 * match, so the rules never depend on how scores are worked out.
 */
@FunctionalInterface
public interface Settlement {

    /**
     * {@code adoptedNow} are the amendments adopted in the batch of events that ends the match,
     * not yet applied to {@code state}; {@code text} already reads as they made it.
     */
    Outcome settle(
            MatchState state, Map<String, String> text, Map<String, FinalDecision> decisions, Set<String> adoptedNow);
}
