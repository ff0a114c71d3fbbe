package org.summitsim.core.scenario;

import java.util.List;

/**
 * Material for after the match.
 *
 * @param reportedSignatories what the sources say, e.g. "57 to more than 60"
 * @param signatoryRange      the same as numbers, for comparison with the class outcome
 */
public record Debrief(
        List<String> questions,
        String history,
        String reportedSignatories,
        Range signatoryRange,
        String epilogue) {

    public Debrief {
        questions = Scenario.listOrEmpty(questions);
    }

    public record Range(Integer min, Integer max) {
        public boolean contains(int n) {
            return n >= min && n <= max;
        }
    }
}
