package org.summitsim.client.console.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.summitsim.client.console.render.Names;
import org.summitsim.core.view.PlayerView;

/**
 * Checks a clause and a wording typed by id before they go to the room, so a typo gets the one
 * closest id ("weapon" → weapons, "concerns" → concern) instead of no suggestion at all.
 */
final class Wording {

    private Wording() {}

    /** The option id in its exact case; a ConsoleError naming the closest clause or wording when one is unknown. */
    static String check(PlayerView v, String clause, String option) {
        PlayerView.ClauseView c = v.text().stream()
                .filter(x -> x.id().equals(clause))
                .findFirst()
                .orElseThrow(() -> unknownClause(v, clause, option));
        return c.options().stream()
                .map(o -> o.id())
                .filter(id -> id.equalsIgnoreCase(option))
                .findFirst()
                .orElseThrow(() -> unknownOption(v, c, option));
    }

    static ConsoleError unknownClause(PlayerView v, String typed) {
        return unknownClause(v, typed, null);
    }

    /**
     * As above; with the wording typed after it, the one clause that has that wording is the
     * likeliest meant ("propose treaty negotiate": only "instrument" has "negotiate").
     */
    static ConsoleError unknownClause(PlayerView v, String typed, String option) {
        List<String> ids = v.text().stream().map(PlayerView.ClauseView::id).toList();
        List<String> having = option == null
                ? List.of()
                : v.text().stream()
                        .filter(c -> c.options().stream().anyMatch(o -> o.id().equalsIgnoreCase(option)))
                        .map(PlayerView.ClauseView::id)
                        .toList();
        Optional<String> close = (having.size() == 1 ? Optional.of(having.get(0)) : Optional.<String>empty())
                .or(() -> DidYouMean.closest(ids, typed.toLowerCase(Locale.ROOT)))
                .or(() -> v.text().stream()
                        .filter(c -> List.of(c.title().toLowerCase(Locale.ROOT).split("\\W+"))
                                .contains(typed.toLowerCase(Locale.ROOT)))
                        .map(PlayerView.ClauseView::id)
                        .findFirst());
        Names names = new Names(v);
        return new ConsoleError(
                "There is no clause \"" + typed + "\".",
                close.map(id -> "Did you mean `" + id + "` (" + names.clauseTitle(id) + ")? ")
                                .orElse("")
                        + "`text` lists the clauses with their ids in brackets.");
    }

    private static ConsoleError unknownOption(PlayerView v, PlayerView.ClauseView c, String typed) {
        List<String> ids = c.options().stream().map(o -> o.id()).toList();
        Optional<String> close = DidYouMean.closest(ids, typed.toLowerCase(Locale.ROOT));
        Names names = new Names(v);
        return new ConsoleError(
                c.title() + " has no wording \"" + typed + "\".",
                close.map(id -> "Did you mean `" + id + "` (\u201c" + names.label(c.id(), id) + "\u201d)? ")
                                .orElse("Its wordings: "
                                        + String.join(
                                                ", ",
                                                c.options().stream()
                                                        .map(o -> o.id() + " (\u201c" + o.label() + "\u201d)")
                                                        .toList())
                                        + ". ")
                        + "`text " + c.id() + "` shows them in full.");
    }
}
