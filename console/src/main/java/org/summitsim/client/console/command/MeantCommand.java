package org.summitsim.client.console.command;

import java.util.List;
import java.util.Locale;

/**
 * A line that starts with a word of another command's: "sign" is said with {@code decide sign},
 * "support A3" with {@code vote A3 support}. Spelling alone would suggest a command that merely
 * looks alike ("sign" is two letters from "assign"), so these are checked first.
 */
public final class MeantCommand {

    private MeantCommand() {}

    /** The command the words were meant as ("decide sign", "vote A3 support"), or null. */
    public static String of(List<String> words) {
        String first = words.get(0).toLowerCase(Locale.ROOT);
        String rest = words.size() > 1 ? " " + String.join(" ", words.subList(1, words.size())) : "";
        return switch (first) {
            case "sign", "abstain" -> "decide " + first + rest;
            case "push", "binding" -> "decide push" + rest;
            case "support", "oppose" ->
                words.size() > 1 ? "vote " + words.get(1) + " " + first : "vote AMENDMENT " + first;
            case "against" -> words.size() > 1 ? "vote " + words.get(1) + " oppose" : "vote AMENDMENT oppose";
            default -> null;
        };
    }
}
