package org.summitsim.core.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Material for after the match.
 *
 * @param reportedSignatories what the sources say, e.g. "57 to more than 60"
 * @param signatoryRange      the same as numbers, for comparison with the class outcome; leave out
 *                            {@code max} where the sources give no upper bound ("more than 60")
 * @param adoptedText         the wordings the real summit adopted where they differ from the chair's
 *                            draft (clause id to option id); the history checks score the real
 *                            decisions on that text, since a game may open on a shorter draft than
 *                            the one the states really signed
 */
public record Debrief(
        List<String> questions,
        String history,
        String reportedSignatories,
        Range signatoryRange,
        String epilogue,
        Map<String, String> adoptedText) {

    public Debrief {
        questions = Scenario.listOrEmpty(questions);
        adoptedText = adoptedText == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(adoptedText));
    }

    /** Whole numbers from {@code min} to {@code max}; a null {@code max} is open-ended ("57 or more"). */
    public record Range(Integer min, Integer max) {
        public boolean contains(int n) {
            return n >= min && (max == null || n <= max);
        }

        public boolean openEnded() {
            return max == null;
        }

        /** Whether some number from {@code low} to {@code high} lies in the range. */
        public boolean overlaps(int low, int high) {
            return high >= min && (max == null || low <= max);
        }

        /** "57 to 61", "61", or "57 or more" for an open-ended range. */
        public String describe() {
            if (max == null) {
                return min + " or more";
            }
            return min.equals(max) ? String.valueOf(min) : min + " to " + max;
        }
    }
}
