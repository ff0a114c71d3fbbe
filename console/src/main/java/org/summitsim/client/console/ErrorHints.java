package org.summitsim.client.console;

import java.util.Map;
import org.summitsim.client.console.command.ConsoleError;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.view.PlayerView;

/**
 * A hint for each refusal, in the console's own commands, so every error ends with something to
 * do. The server's sentences say what was wrong in words every client shares (a bot, the student
 * page, the console); the commands to type are the console's to add. Sentences that already
 * name a command (in backticks, the console's own refusals) need no hint.
 */
public final class ErrorHints {

    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry("unknown_delegation", "Type `delegations` for the ids, or press Tab to complete one."),
            Map.entry("unknown_seat", "Type `delegations` for the ids, or press Tab to complete one."),
            Map.entry("unknown_amendment", "Type `amendments` to see them and their ids."),
            Map.entry("amendment_closed", "Type `amendments` to see which are still open."),
            Map.entry("unknown_clause", "Type `text` for the clause ids."),
            Map.entry("unknown_option", "Type `text CLAUSE` for that clause's options."),
            // The clause already reads that wording, or the pledge repeats the seat's latest one.
            Map.entry("no_change", "`text` shows the current wording, `pledges` the pledges made."),
            Map.entry("amendment_open_on_clause", "Vote on the open one instead: `amendments`."),
            Map.entry("own_amendment_open", "See where your amendment stands: `amendments`."),
            Map.entry("wording_voted_this_round", "`text CLAUSE` lists the other wordings of that clause."),
            Map.entry("unknown_deal", "Type `deals` to see yours."),
            Map.entry("deal_closed", "Type `deals` to see which are still open."),
            Map.entry("unknown_caucus", "Type `caucus` to list yours."),
            Map.entry("rate_limited", "Slow down a little and send it again."),
            Map.entry("forbidden", "Type `help` to see what you can do."),
            Map.entry(
                    "unknown_inject",
                    "Press Tab after `inject` for the scenario's ids, or write `inject TITLE: TEXT`."),
            Map.entry("match_over", "Type `results` to see how it ended."),
            Map.entry("already_started", "Type `advance` to move on."),
            Map.entry("already_paused", "Type `resume` to continue."),
            Map.entry("not_paused", "Type `pause` to pause it."),
            Map.entry("empty_text", "Write the text after the command."),
            Map.entry("text_too_long", "Split it into shorter messages."));

    private ErrorHints() {}

    /**
     * A refusal of {@code command} as the console shows it: the room's sentence and a hint. The
     * chair who paused the summit is told so in the second person, since "the facilitator" is them.
     */
    public static ConsoleError refusal(String code, String message, Stage stage, Command command, boolean chairing) {
        return refusal(code, message, stage, command, chairing, null);
    }

    /**
     * The same, with the view the console holds: a deal refused because the other side already
     * voted on an open amendment is shown how to promise support for its wording instead.
     */
    public static ConsoleError refusal(
            String code, String message, Stage stage, Command command, boolean chairing, PlayerView view) {
        if ("paused".equals(code) && chairing) {
            // Whoever paused it (this console, the teacher's page), the chair here can resume it.
            return new ConsoleError(
                    "The summit is paused, so nothing can be done until it resumes.", "Type `resume` to continue.");
        }
        if ("already_voted".equals(code)) {
            String amendment = amendment(command, message);
            String support = supportInstead(command, amendment, view);
            if (support != null) {
                return new ConsoleError(message, support);
            }
            return new ConsoleError(
                    message,
                    amendment == null
                            ? "Votes cannot be changed; `amendments` shows how each vote went."
                            : "Votes cannot be changed; `amendments " + amendment + "` shows who voted how.");
        }
        return new ConsoleError(message, hint(code, message, stage));
    }

    /** "In `offer`, … `support human=meaningful` in place of `vote A5 support`.", or null. */
    private static String supportInstead(Command command, String amendment, PlayerView view) {
        if (!(command instanceof Command.OfferDeal d) || amendment == null || view == null) {
            return null;
        }
        boolean askedSupport = java.util.stream.Stream.of(d.give(), d.want())
                .anyMatch(p ->
                        p instanceof Promise.Vote v && v.amendment().equals(amendment) && v.ballot() == Ballot.SUPPORT);
        return !askedSupport
                ? null
                : view.amendments().stream()
                        .filter(a -> a.id().equals(amendment) && a.status().equals("open"))
                        .findFirst()
                        .map(a -> "In `offer`, promise support for the wording instead: `support "
                                + a.clause() + "=" + a.option() + "` in place of `vote " + amendment
                                + " support`.")
                        .orElse(null);
    }

    /** The amendment a command is about: the one voted on, or the one a deal's vote promise names. */
    private static String amendment(Command command, String message) {
        if (command instanceof Command.CastVote v) {
            return v.amendment();
        }
        if (command instanceof Command.Cosponsor c) {
            return c.amendment();
        }
        if (command instanceof Command.OfferDeal d) {
            // Either side may hold the vote the room refused: the room's sentence names it.
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("amendment (A\\d+)").matcher(message);
            return m.find() ? m.group(1) : null;
        }
        return null;
    }

    public static String hint(String code, String message, Stage stage) {
        if (message != null && message.contains("`")) {
            return null;
        }
        if ("stale".equals(code)) {
            return "The summit is now in " + stage + "; check with `status` and try again.";
        }
        if ("wrong_phase".equals(code) && stage != null) {
            // The rules say what the phase is for; the console says how to do it here.
            return switch (stage.phase()) {
                case BRIEFING -> "Type `brief` to read yours.";
                case OPENING -> "Type `say TEXT` to speak on the floor.";
                case FINAL -> "Type `decide sign`, `decide abstain` or `decide push`.";
                case RESULTS -> "Type `results` to see how it ended.";
                default -> "Type `status` to see what you can do now.";
            };
        }
        return HINTS.get(code);
    }
}
