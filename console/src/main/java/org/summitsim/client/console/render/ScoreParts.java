package org.summitsim.client.console.render;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.summitsim.client.report.debrief.Breakdown;
import org.summitsim.core.rules.Score;

/** What each part of a score means, in plain words, for the parts a page actually shows. */
public final class ScoreParts {

    private ScoreParts() {}

    /** One line per part that appears in {@code scores}, e.g. "breadth: a bonus when many states sign". */
    public static String legend(Collection<Score> scores, Style s) {
        Set<String> shown = new LinkedHashSet<>();
        for (Score sc : scores) {
            sc.breakdown().forEach((k, v) -> {
                if (Math.abs(v) >= 0.05) {
                    shown.add(k);
                }
            });
        }
        StringBuilder out = new StringBuilder();
        for (String part : shown) {
            out.append("  ")
                    .append(part.replace('_', ' '))
                    .append(": ")
                    .append(Breakdown.meaning(part))
                    .append('\n');
        }
        return out.length() == 0
                ? ""
                : s.dim("What the parts mean:") + "\n" + s.dim(out.toString().stripTrailing());
    }
}
