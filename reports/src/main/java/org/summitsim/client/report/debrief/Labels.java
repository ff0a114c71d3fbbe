package org.summitsim.client.report.debrief;

import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;

/** The words people read for ids: clause titles, option labels, decisions. */
public final class Labels {

    private Labels() {}

    public static String clauseTitle(Scenario scenario, String clause) {
        return scenario.clause(clause).map(Clause::title).orElse(clause);
    }

    public static String option(Scenario scenario, String clause, String option) {
        return scenario.clause(clause)
                .flatMap(c -> c.option(option))
                .map(o -> o.label() == null || o.label().isBlank() ? o.id() : o.label())
                .orElse(option);
    }

    public static String optionText(Scenario scenario, String clause, String option) {
        return scenario.clause(clause)
                .flatMap(c -> c.option(option))
                .map(ClauseOption::text)
                .orElse("");
    }

    /**
     * An option's label as the final text's: without the "(draft)" mark scenarios put on the chair's
     * draft, because the adopted text is no longer a draft ("unchanged from the chair's draft" says it).
     */
    public static String finalOption(Scenario scenario, String clause, String option) {
        String label = option(scenario, clause, option);
        return label.endsWith(" (draft)") ? label.substring(0, label.length() - " (draft)".length()) : label;
    }

    /** A stage in its wire form ("ROUND 2", "BRIEFING") as people say it: "round 2", "the briefing". */
    public static String stage(String wire) {
        if (wire == null) {
            return null;
        }
        try {
            return org.summitsim.core.rules.Stage.parse(wire).inWords();
        } catch (IllegalArgumentException e) {
            return wire;
        }
    }

    /** A stage as a heading: "Round 2", "The briefing". */
    public static String stageTitle(String wire) {
        String words = stage(wire);
        return words == null || words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A delegation's name as an owner: "Austria's", "United States'". */
    public static String whose(String name) {
        return name + (name.endsWith("s") ? "'" : "'s");
    }

    /**
     * Who played a seat that no student played, as a class reads it: the built-in strategies in
     * words ("a bot that holds firm", not "hardliner"), anything else by its own name ("played
     * by Python bot over the network").
     */
    public static String bot(String strategy) {
        // "hardliner until round 2", "utility from the opening": the strategy in words, then when.
        for (String when : new String[] {" until ", " from "}) {
            int at = strategy.indexOf(when);
            if (at > 0 && !strategy.endsWith(" over the network")) {
                return bot(strategy.substring(0, at)) + strategy.substring(at);
            }
        }
        return switch (strategy) {
            case "historical" -> "a bot that decides as the state really did";
            case "utility" -> "a bot that plays its own interest";
            case "mediator" -> "a bot that brokers compromises";
            case "hardliner" -> "a bot that holds firm";
            case "coalition" -> "a bot that builds coalitions";
            case "silent" -> "a bot that votes but never talks";
            case "random" -> "a bot that plays at random";
            default -> "played by " + strategy;
        };
    }

    /** "Sign", "Abstain", "Push for binding law"; "—" for none. */
    public static String decision(Decision d) {
        if (d == null) {
            return "—";
        }
        String words = d.inWords();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A score out of 100 as people read it: a whole number with no percent sign, because with a par
     * table it is a rating (50 is typical), not a share.
     */
    public static String outOf100(double score) {
        return String.format(java.util.Locale.ROOT, "%.0f", score);
    }

    /**
     * The one sentence that says what the score out of 100 means (docs/RULES.md, "Score out of
     * 100"): with a par table, 50 is the role's typical result; without one, it runs from the
     * role's worst possible outcome to its best.
     */
    public static String outOf100Explained(boolean parTable) {
        return parTable
                ? "Score out of 100: 50 is a typical result for that role, 100 one of its best, 0 one of its worst."
                : "Score out of 100: 0 is the worst outcome that role could have had, 100 its best.";
    }

    /** What was done, to follow "decided to": "sign", "abstain", "push for binding law"; "decide nothing" for none. */
    public static String decisionVerb(Decision d) {
        return d == null ? "decide nothing" : d.inWords();
    }
}
