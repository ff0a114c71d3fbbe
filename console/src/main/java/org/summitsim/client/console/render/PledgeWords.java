package org.summitsim.client.console.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a pledge's own words say more than its terms. Bots (and people) often write the terms
 * out again ("Germany will sign if "Where the work continues" reads ..."), and a line that says
 * the same thing twice is read as two pledges. The student page decides the same way.
 */
final class PledgeWords {

    /** Words that carry nothing of their own in a pledge. */
    private static final Set<String> FILLER = Set.of(
            "the",
            "a",
            "an",
            "declaration",
            "text",
            "we",
            "us",
            "our",
            "they",
            "them",
            "their",
            "on",
            "negotiations",
            "to",
            "and");

    private PledgeWords() {}

    /** True when {@code text} has a word that is neither in {@code terms} nor filler. */
    static boolean addsTo(String terms, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        Set<String> known = words(terms).collect(Collectors.toSet());
        return words(text).anyMatch(w -> !known.contains(w) && !FILLER.contains(w));
    }

    private static java.util.stream.Stream<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty());
    }
}
