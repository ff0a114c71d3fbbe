package org.summitsim.core.analysis;

import org.summitsim.core.rules.Score;

/**
 * The score a player is shown as comparable across roles. Every figure of the analysis that
 * speaks of "shown score" reads it here, so the analysis follows the scoring when it changes.
 */
public final class ShownScore {

    /** What {@link #of} reads against a par table, as the report and its JSON name it. */
    public static final String PAR = "par";
    /** What {@link #of} reads without a par table: the share of each role's range of points. */
    public static final String RANGE = "range";

    /** Which of the two scales {@code scenario}'s scores are shown on. */
    public static String scale(org.summitsim.core.scenario.Scenario scenario) {
        return scenario.par() != null && !scenario.par().quantiles().isEmpty() ? PAR : RANGE;
    }

    private ShownScore() {}

    public static double of(Score score) {
        return score.percent();
    }
}
