package org.summitsim.core.analysis;

import org.summitsim.core.rules.Score;

/**
 * The score a player is shown as comparable across roles. Every figure of the analysis that
 * speaks of "shown score" reads it here, so the analysis follows the scoring when it changes.
 */
public final class ShownScore {

    /** What {@link #of} reads, as the report and its JSON name it. */
    public static final String NAME = "percent";

    private ShownScore() {}

    public static double of(Score score) {
        return score.percent();
    }
}
