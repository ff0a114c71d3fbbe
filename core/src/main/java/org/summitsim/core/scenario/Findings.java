package org.summitsim.core.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Collects validation problems, with the few checks every part of a scenario repeats. */
final class Findings {

    /** Ids are typed by players in commands ("amend forum un"), so they stay short and plain. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    void add(String path, String message) {
        problems.add(new Problem(path, message));
    }

    /** Records text that must be present and not blank; returns whether it was. */
    boolean text(String path, String value, String what) {
        if (value == null || value.isBlank()) {
            add(path, what + " must not be empty");
            return false;
        }
        return true;
    }

    void id(String path, String value) {
        if (text(path, value, "the id") && !ID.matcher(value).matches()) {
            add(path, "the id \"" + value + "\" may use only lowercase letters, digits and hyphens"
                    + " (players type ids in commands), e.g. \"costa-rica\"");
        }
    }

    void range(String path, Integer value, int min, int max, String what) {
        if (value != null && (value < min || value > max)) {
            add(path, what + " must be between " + min + " and " + max + ", but is " + value);
        }
    }

    /** Reports each id after its first use in {@code items} at {@code listPath[i].id}. */
    <T> void unique(String listPath, List<T> items, Function<T, String> id, String kind, Set<String> seen) {
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (value != null && !seen.add(value)) {
                add(listPath + "[" + i + "].id", "the " + kind + " id \"" + value + "\" is used more than once");
            }
        }
    }

    <T> void unique(String listPath, List<T> items, Function<T, String> id, String kind) {
        unique(listPath, items, id, kind, new HashSet<>());
    }
}
