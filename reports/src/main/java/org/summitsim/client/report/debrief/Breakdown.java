package org.summitsim.client.report.debrief;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Score parts in the order they are explained to players (docs/RULES.md), whatever order they arrive in. */
public final class Breakdown {

    /** The scorer's parts; parts a later scorer adds follow in their own order. */
    // spotless:off
    public static final List<String> PARTS = List.of(
            "text", "constraints", "red_lines", "decision", "breadth", "binding", "standing", "trust", "influence");
    // spotless:on

    // spotless:off
    private static final Map<String, String> MEANING = Map.ofEntries(
            Map.entry("text", "how much the delegation likes the final wording of each clause"),
            Map.entry("constraints", "what signing costs: promises in the text the delegation would have to keep"),
            Map.entry("red_lines", "a big loss for signing a text with a wording it must never accept"),
            Map.entry("decision", "what its own choice (sign, abstain, push) is worth back home"),
            Map.entry("breadth", "a bonus when many states sign (or a loss, if it wanted few to)"),
            Map.entry("binding", "what a treaty track is worth to the delegation (a gain or a loss) if enough states push for one"),
            Map.entry("standing", "a bonus for deciding the same way as its partners"),
            Map.entry("trust", "a loss for pledges and deals it broke"),
            Map.entry("influence", "a bonus for amendments it proposed or co-sponsored that were adopted"));
    // spotless:on

    private Breakdown() {}

    /** What a part means, in words a 16-year-old understands. */
    public static String meaning(String part) {
        return MEANING.getOrDefault(part, "a part of the scenario's own scoring");
    }

    public static Map<String, Double> ordered(Map<String, Double> parts) {
        Map<String, Double> out = new LinkedHashMap<>();
        PARTS.forEach(p -> {
            if (parts.containsKey(p)) {
                out.put(p, parts.get(p));
            }
        });
        parts.forEach(out::putIfAbsent);
        return out;
    }

    /** "red_lines" reads as "Red lines". */
    public static String label(String part) {
        String words = part.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
