package org.summitsim.core.scenario;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state's name as a sentence uses it: "the United States", "the Netherlands", "the
 * Philippines", but "China" and "Costa Rica". Names of the forms that take "the" in English get
 * it; any other name (an invented "Eastmark") is left as written.
 */
public final class StateName {

    private StateName() {}

    private static final List<String> STARTS = List.of(
            "united ",
            "republic of ",
            "kingdom of ",
            "russian federation",
            "holy see",
            "democratic republic",
            "federated states",
            "state of ");
    private static final List<String> ENDS = List.of(
            " republic",
            "islands",
            "netherlands",
            "philippines",
            "bahamas",
            "gambia",
            "maldives",
            "comoros",
            "seychelles",
            "emirates");

    /** {@code name} inside a sentence: with "the" where English puts it. */
    public static String inSentence(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("the ")) {
            return name;
        }
        boolean the = STARTS.stream().anyMatch(n::startsWith) || ENDS.stream().anyMatch(n::endsWith);
        return the ? "the " + name : name;
    }

    private static final Pattern SENTENCE_THE = Pattern.compile("(^|[.!?]\\s+|\\n)the ");

    /** Text built from names in sentence form, with a "the" that begins a sentence capitalised. */
    public static String sentences(String text) {
        if (text == null || !text.contains("the ")) {
            return text;
        }
        Matcher m = SENTENCE_THE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "The "));
        }
        m.appendTail(out);
        return out.toString();
    }
}
