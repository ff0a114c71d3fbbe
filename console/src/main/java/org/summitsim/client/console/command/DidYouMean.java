package org.summitsim.client.console.command;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Suggests what a typo was probably meant to be: a command ("vot" → "vote"), a delegation ("chna" → "china"). */
public final class DidYouMean {

    private static final int MAX_EDITS = 2;

    private DidYouMean() {}

    public static Optional<String> closest(List<String> words, String typed) {
        return words.stream()
                .min(Comparator.comparingInt(w -> distance(w, typed)))
                .filter(w -> distance(w, typed) <= MAX_EDITS);
    }

    /** " Did you mean china?" after a refusal, or "" when nothing is close to {@code typed}. */
    public static String question(List<String> words, String typed) {
        return closest(words, typed).map(w -> " Did you mean " + w + "?").orElse("");
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            prev = cur;
        }
        return prev[b.length()];
    }
}
