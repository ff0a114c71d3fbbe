package org.summitsim.core.rules;

import java.util.Map;

/**
 * A seat's score and its parts. {@code percent} (0..100) is the score to compare across roles:
 * where the total lies among the scores that role usually reaches (the scenario's par table),
 * 50 being a typical result; for a scenario without a par table, the same as {@code share}.
 * {@code share} (0..100) is where the total lies between the worst and best outcomes that
 * delegation could possibly get.
 */
public record Score(
        double total, Map<String, Double> breakdown, double best, double worst, double percent, double share) {}
