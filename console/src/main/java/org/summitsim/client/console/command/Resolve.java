package org.summitsim.client.console.command;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.summitsim.core.view.PlayerView;

/**
 * Forgives how ids are typed: "a1" finds amendment A1, "China" finds seat china. An id the
 * view does not know goes to the server unchanged, whose refusal then explains it.
 */
final class Resolve {

    private Resolve() {}

    private static <T> String match(List<T> items, Function<T, String> id, String typed) {
        if (typed == null) {
            return null;
        }
        return items.stream()
                .map(id)
                .filter(x -> x.equalsIgnoreCase(typed))
                .findFirst()
                .orElse(typed);
    }

    static String seat(ConsoleContext ctx, String typed) {
        PlayerView v = ctx.state().view();
        if (v == null || typed == null) {
            return typed;
        }
        String byId = match(v.delegations(), PlayerView.Card::id, typed);
        if (!byId.equals(typed) || v.delegations().stream().anyMatch(c -> c.id().equals(typed))) {
            return byId;
        }
        return v.delegations().stream()
                .filter(c -> c.name().equalsIgnoreCase(typed) || alias(ctx, c, typed))
                .map(PlayerView.Card::id)
                .findFirst()
                .or(() -> shortForm(v.delegations(), typed))
                .orElse(typed);
    }

    /** Whether {@code words} are one of the names the scenario lists for the delegation ("South Korea", "UK"). */
    private static boolean alias(ConsoleContext ctx, PlayerView.Card c, String words) {
        var scenario = ctx.state().localScenario();
        return scenario != null
                && scenario.delegation(c.id())
                        .map(d -> d.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(words)))
                        .orElse(false);
    }

    /** Words without the "the" people put before some names ("the Netherlands", "the UK"). */
    private static String withoutThe(String words) {
        return words.regionMatches(true, 0, "the ", 0, 4) ? words.substring(4).strip() : words;
    }

    /**
     * What people type for a name in several words: its initials ("uk", "us", "nz", "rok"; "usa"
     * with the "of America" the name leaves out) or a
     * word of it no other delegation's name has ("korea", "zealand"); nothing if two could be meant.
     */
    static Optional<String> shortForm(List<PlayerView.Card> cards, String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        List<String> byInitials = cards.stream()
                .filter(c -> words(c).length > 1 && (initials(c).equals(t) || (initials(c) + "a").equals(t)))
                .map(PlayerView.Card::id)
                .toList();
        if (byInitials.size() == 1) {
            return Optional.of(byInitials.get(0));
        }
        List<String> byWord = cards.stream()
                .filter(c -> t.length() >= 4
                        && words(c).length > 1
                        && Arrays.asList(words(c)).contains(t))
                .map(PlayerView.Card::id)
                .toList();
        return byWord.size() == 1 ? Optional.of(byWord.get(0)) : Optional.empty();
    }

    private static String[] words(PlayerView.Card c) {
        return c.name().toLowerCase(Locale.ROOT).split("[\\s-]+");
    }

    private static String initials(PlayerView.Card c) {
        StringBuilder b = new StringBuilder();
        for (String w : words(c)) {
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    /**
     * The delegation a mistyped name in one to three words was probably meant to be ("south
     * afrika" → south-africa), read from the arguments from {@code first}.
     */
    static Optional<String> closeName(PlayerView v, Invocation in, int first) {
        for (int n = 3; n >= 1; n--) {
            StringBuilder typed = new StringBuilder();
            for (int i = 0; i < n && in.arg(first + i) != null; i++) {
                typed.append(i == 0 ? "" : " ").append(in.arg(first + i).toLowerCase(Locale.ROOT));
            }
            String t = typed.toString();
            Optional<String> close = v.delegations().stream()
                    .filter(c -> DidYouMean.distance(c.name().toLowerCase(Locale.ROOT), t) <= 2
                            || DidYouMean.distance(c.id().replace('-', ' '), t) <= 2)
                    .map(PlayerView.Card::id)
                    .findFirst();
            if (close.isPresent() && t.length() > 3) {
                return close;
            }
        }
        return Optional.empty();
    }

    /**
     * How many of the arguments from {@code first} name a delegation by its name in several words
     * ("united states", "Republic of Korea"): that count, or 1 when the first word alone is meant.
     */
    static int seatWords(ConsoleContext ctx, Invocation in, int first) {
        PlayerView v = ctx.state().view();
        if (v == null) {
            return 1;
        }
        for (int n = 4; n >= 2; n--) {
            StringBuilder typed = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String w = in.arg(first + i);
                if (w == null) {
                    typed = null;
                    break;
                }
                typed.append(i == 0 ? "" : " ").append(w);
            }
            if (typed == null) {
                continue;
            }
            String t = typed.toString();
            if (v.delegations().stream().anyMatch(c -> named(ctx, c, t))) {
                return n;
            }
        }
        String after = in.arg(first + 1);
        if ("the".equalsIgnoreCase(in.arg(first))
                && after != null
                && !seat(ctx, after).equals(after)) {
            return 2; // "the UK", "the US": a short form after "the"
        }
        return 1;
    }

    /** The delegation named by the arguments from {@code first}, over {@code words} of them. */
    static String seat(ConsoleContext ctx, Invocation in, int first, int words) {
        if (words == 1) {
            return seat(ctx, in.arg(first));
        }
        String typed = in.rest(first);
        String[] parts = typed.split("\\s+");
        String name = String.join(" ", java.util.Arrays.copyOf(parts, words));
        PlayerView v = ctx.state().view();
        return v.delegations().stream()
                .filter(c -> named(ctx, c, name))
                .map(PlayerView.Card::id)
                .findFirst()
                .orElseGet(() -> seat(ctx, withoutThe(name)));
    }

    /**
     * Whether words name this delegation: its name ("United States"), its id with spaces ("united
     * states") or a name the scenario lists for it ("South Korea"), with or without the "the" people
     * put before some names ("the Netherlands").
     */
    private static boolean named(ConsoleContext ctx, PlayerView.Card c, String words) {
        String w = withoutThe(words);
        return c.name().equalsIgnoreCase(w) || c.id().equalsIgnoreCase(w.replace(' ', '-')) || alias(ctx, c, w);
    }

    static String amendment(ConsoleContext ctx, String typed) {
        PlayerView v = ctx.state().view();
        return v == null ? typed : match(v.amendments(), PlayerView.AmendmentView::id, typed);
    }

    static String deal(ConsoleContext ctx, String typed) {
        PlayerView v = ctx.state().view();
        return v == null ? typed : match(v.deals(), PlayerView.DealView::id, typed);
    }

    static String clause(ConsoleContext ctx, String typed) {
        PlayerView v = ctx.state().view();
        return v == null ? typed : match(v.text(), PlayerView.ClauseView::id, typed);
    }
}
