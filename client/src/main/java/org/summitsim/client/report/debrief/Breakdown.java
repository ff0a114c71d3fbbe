package org.summitsim.client.report.debrief;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Score parts in the order they are explained to players (docs/RULES.md), whatever order they arrive in. */
public final class Breakdown {

    /** The scorer's parts; parts a later scorer adds follow in their own order. */
    public static final List<String> PARTS = List.of(
            "text", "constraints", "red_lines", "decision", "breadth", "binding", "standing", "trust", "influence");

    private Breakdown() {
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
