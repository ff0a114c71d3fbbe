package org.summitsim.client.console.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The room's adoption rule in a sentence a student reads at a glance. The view carries the
 * rule as the rules state it ("consensus: adopted with at most 2 objections and more supports
 * than objections"), which bots parse; people get "An amendment passes when …".
 */
public final class AdoptionWords {

    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+)");

    private AdoptionWords() {}

    public static String of(String rule) {
        Matcher n = FIRST_NUMBER.matcher(rule);
        if (!n.find()) {
            return "Amendments pass by this rule: " + rule + ".";
        }
        int number = Integer.parseInt(n.group(1));
        if (rule.startsWith("consensus")) {
            return number == 0
                    ? "An amendment passes only if no delegation votes against it."
                    : "An amendment passes when no more than " + number
                            + (number == 1 ? " delegation votes" : " delegations vote")
                            + " against it, and more vote for it than against.";
        }
        if (rule.startsWith("supermajority")) {
            return "An amendment passes when at least " + number + "% of the votes cast for or against it are"
                    + " for (abstaining counts neither way).";
        }
        return "Amendments pass by this rule: " + rule + ".";
    }
}
