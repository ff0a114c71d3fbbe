package org.summitsim.core.rules;

import java.util.List;
import java.util.Map;

/**
 * How a match ended: the final text, who decided what (seats and background states), whether
 * the binding-law coalition reached its threshold, which commitments were kept, and every
 * seat's score with its breakdown.
 *
 * @param signatories ids of signing seats and background states, in scenario order
 * @param signatoryCount states that signed, counting each background group by its size
 * @param attendingStates states that decided at all (absent and uninvited states excluded)
 * @param history what the real states did, to compare with (absent in outcomes stored before it existed)
 * @param adopted whether the declaration passed the scenario's final adoption rule; null (absent
 *                from the journal) when the scenario has none, so the text stood
 */
public record Outcome(
        Map<String, String> text,
        Map<String, FinalDecision> decisions,
        Map<String, BackgroundDecision> background,
        List<String> signatories,
        int signatoryCount,
        int attendingStates,
        int bindingCount,
        int bindingThreshold,
        boolean bindingReached,
        List<CommitmentCheck> commitments,
        Map<String, Score> scores,
        RealOutcome history,
        Boolean adopted) {}
