package org.summitsim.client.console.render;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.scoring.Score;

/** What each part of a score means, in plain words, for the parts a page actually shows. */
public final class ScoreParts {

    private static final Map<String, String> MEANING = Map.ofEntries(
            Map.entry("text", "how much you like the final wording of each clause"),
            Map.entry("constraints", "what signing costs you: promises in the text you would have to keep"),
            Map.entry("red_lines", "a big loss for signing a text with a wording you must never accept"),
            Map.entry("decision", "what your own choice (sign, abstain, push) is worth back home"),
            Map.entry("breadth", "a bonus when many states sign (or a loss, if you wanted few to)"),
            Map.entry("binding", "what it means to you if enough states push for a binding treaty"),
            Map.entry("standing", "a bonus for deciding the same way as your partners"),
            Map.entry("trust", "a loss for pledges and deals you broke"),
            Map.entry("influence", "a bonus for amendments you proposed or co-sponsored that were adopted"));

    private ScoreParts() {
    }

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
            out.append("  ").append(part.replace('_', ' ')).append(": ")
                    .append(MEANING.getOrDefault(part, "part of the scenario's scoring")).append('\n');
        }
        return out.length() == 0 ? "" : s.dim("What the parts mean:") + "\n" + s.dim(out.toString().stripTrailing());
    }
}
