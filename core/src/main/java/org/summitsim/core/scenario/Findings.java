package org.summitsim.core.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Collects validation problems, with the few checks every part of a scenario repeats. */
final class Findings {

    /** Ids are typed by players in commands ("amend forum un"), so they stay short and plain. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** How many of the other places with the same problem are named. */
    private static final int SAME_PLACES_SHOWN = 5;

    private final List<Problem> problems = new ArrayList<>();

    /**
     * The problems, causes first: a bad or repeated id, or a clause without enough options, comes
     * before what it breaks elsewhere. The same sentence at several places (one missing option named
     * in every delegation's preferences, say) is one problem naming the other places, so a single
     * mistake does not bury the list.
     */
    List<Problem> problems() {
        List<Problem> ordered = new ArrayList<>();
        problems.stream().filter(Findings::isCause).forEach(ordered::add);
        problems.stream().filter(p -> !isCause(p)).forEach(ordered::add);
        Map<String, List<String>> placesBySentence = new LinkedHashMap<>();
        for (Problem p : ordered) {
            placesBySentence
                    .computeIfAbsent(p.message(), m -> new ArrayList<>())
                    .add(p.path());
        }
        List<Problem> out = new ArrayList<>();
        placesBySentence.forEach((message, places) ->
                out.add(new Problem(places.get(0), message + samePlaces(places.subList(1, places.size())))));
        return List.copyOf(out);
    }

    /** " (the same at 2 more places: a, b)", or "" when there are none. */
    private static String samePlaces(List<String> others) {
        if (others.isEmpty()) {
            return "";
        }
        List<String> shown = others.subList(0, Math.min(others.size(), SAME_PLACES_SHOWN));
        return " (the same at " + others.size() + " more " + (others.size() == 1 ? "place" : "places") + ": "
                + String.join(", ", shown) + (others.size() > shown.size() ? ", ..." : "") + ")";
    }

    /** Problems that other problems follow from: where an id or a clause's options are defined. */
    private static boolean isCause(Problem p) {
        return p.path().endsWith(".id") || p.path().matches("clauses\\[\\d+]\\.options");
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

    /** Every source must say something: a citation or a web address. */
    void sources(String path, List<String> sources) {
        for (int i = 0; i < sources.size(); i++) {
            text(path + "[" + i + "]", sources.get(i), "a source");
        }
    }

    void id(String path, String value) {
        if (text(path, value, "the id") && !ID.matcher(value).matches()) {
            add(
                    path,
                    "the id \"" + value + "\" may use only lowercase letters, digits and hyphens"
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
