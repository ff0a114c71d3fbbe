package org.summitsim.client.console.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.view.LegalAction;
import org.summitsim.core.view.PlayerView;

/**
 * Completion sources: ids from the latest view. Where the view's legal actions name the ids a
 * command takes right now (the clauses open to amendment, the amendments you may still vote
 * on), those come first; the rest of the view fills in when nothing is legal yet.
 */
final class Ids {

    private Ids() {}

    private static PlayerView view(ClientState s) {
        return s.view();
    }

    /** Values of {@code field} in legal actions for {@code command} matching the given filter. */
    private static List<String> legal(
            PlayerView v, String command, String field, String filterField, String filterValue) {
        Set<String> out = new LinkedHashSet<>();
        for (LegalAction a : v.legalActions()) {
            if (a.command().equals(command)
                    && a.args().containsKey(field)
                    && (filterField == null || Objects.equals(a.args().get(filterField), filterValue))) {
                out.add(a.args().get(field));
            }
        }
        return List.copyOf(out);
    }

    static final Completion SEATS = (s, before) -> {
        PlayerView v = view(s);
        return v == null
                ? List.of()
                : v.delegations().stream()
                        .map(PlayerView.Card::id)
                        .filter(id -> !id.equals(v.seat()))
                        .toList();
    };

    static final Completion CLAUSES = (s, before) -> {
        PlayerView v = view(s);
        return v == null
                ? List.of()
                : v.text().stream().map(PlayerView.ClauseView::id).toList();
    };

    /** Clauses open to amendment now, else every clause. */
    static final Completion PROPOSABLE_CLAUSES = (s, before) -> {
        PlayerView v = view(s);
        if (v == null) {
            return List.of();
        }
        List<String> legal = legal(v, "propose", "clause", null, null);
        return legal.isEmpty() ? CLAUSES.candidates(s, before) : legal;
    };

    /** Options of the clause typed just before. */
    static final Completion OPTIONS = (s, before) -> {
        PlayerView v = view(s);
        if (v == null || before.isEmpty()) {
            return List.of();
        }
        String clause = before.get(before.size() - 1);
        List<String> legal = legal(v, "propose", "option", "clause", clause);
        if (!legal.isEmpty()) {
            return legal;
        }
        return v.text().stream()
                .filter(c -> c.id().equals(clause))
                .flatMap(c -> c.options().stream())
                .map(o -> o.id())
                .toList();
    };

    static final Completion OPEN_AMENDMENTS = (s, before) -> {
        PlayerView v = view(s);
        if (v == null) {
            return List.of();
        }
        List<String> legal = legal(v, "vote", "amendment", null, null);
        return legal.isEmpty()
                ? v.amendments().stream()
                        .filter(a -> a.status().equals("open"))
                        .map(PlayerView.AmendmentView::id)
                        .toList()
                : legal;
    };

    /** Every amendment's id, and `open` for those still open. */
    static final Completion AMENDMENTS = (s, before) -> {
        PlayerView v = view(s);
        return v == null
                ? List.of()
                : java.util.stream.Stream.concat(
                                java.util.stream.Stream.of("open"),
                                v.amendments().stream().map(PlayerView.AmendmentView::id))
                        .toList();
    };

    static final Completion MY_AMENDMENTS = (s, before) -> {
        PlayerView v = view(s);
        return v == null
                ? List.of()
                : v.amendments().stream()
                        .filter(a -> a.status().equals("open") && a.proposer().equals(v.seat()))
                        .map(PlayerView.AmendmentView::id)
                        .toList();
    };

    static final Completion OFFERED_DEALS = (s, before) -> {
        PlayerView v = view(s);
        return v == null
                ? List.of()
                : v.deals().stream()
                        .filter(d -> d.status().equals("offered") && d.to().equals(v.seat()))
                        .map(PlayerView.DealView::id)
                        .toList();
    };

    static final Completion CAUCUSES = (s, before) -> {
        PlayerView v = view(s);
        return v == null
                ? List.of()
                : v.caucuses().stream().map(PlayerView.CaucusView::id).toList();
    };

    static final Completion BALLOTS = Completion.of("support", "oppose", "abstain");

    static final Completion DECISIONS = Completion.of("sign", "abstain", "push");

    static final Completion STRATEGIES = (s, before) -> Strategies.BUILT_IN;

    static final Completion STAGES = Completion.of("BRIEFING", "OPENING", "ROUND", "FINAL", "RESULTS");

    /** People in the room by the first word of their name ("Ben" for "Ben 😀"), or by id when that is shared. */
    static final Completion PLAYERS = (s, before) -> {
        if (s.roster() == null || s.roster().players() == null) {
            return List.of();
        }
        List<org.summitsim.protocol.Presence.PlayerEntry> people = s.roster().players().stream()
                .filter(p -> !"facilitator".equals(p.role()) && p.name() != null)
                .toList();
        return people.stream()
                .map(p -> {
                    String first = firstWord(p.name());
                    long sharing = people.stream()
                            .filter(o -> o.name()
                                    .strip()
                                    .toLowerCase(Locale.ROOT)
                                    .startsWith(first.toLowerCase(Locale.ROOT)))
                            .count();
                    return first.isEmpty() || sharing > 1 ? p.player() : first;
                })
                .toList();
    };

    private static String firstWord(String name) {
        String[] words = name.strip().split("\\s+", 2);
        return words[0];
    }

    /** "clause=option" pairs, for the conditions of pledges and promises. */
    static final Completion CONDITIONS = (s, before) -> {
        PlayerView v = view(s);
        return v == null
                ? List.of()
                : v.text().stream()
                        .flatMap(c -> c.options().stream().map(o -> c.id() + "=" + o.id()))
                        .toList();
    };

    /** The words of a promise in `offer`, by what was typed just before. */
    static final Completion PROMISE = (s, before) -> {
        String prev = before.get(before.size() - 1).toLowerCase(Locale.ROOT);
        String prev2 = before.size() > 1 ? before.get(before.size() - 2).toLowerCase(Locale.ROOT) : "";
        if (prev.equals("vote")) {
            return OPEN_AMENDMENTS.candidates(s, before);
        }
        if (prev2.equals("vote")) {
            return BALLOTS.candidates(s, before);
        }
        if (prev.equals("support")) {
            return CONDITIONS.candidates(s, before);
        }
        if (prev2.equals("support")) {
            return List.of("for");
        }
        if (prev.equals("if") || prev.contains("=")) {
            List<String> out = new java.util.ArrayList<>(CONDITIONS.candidates(s, before));
            if (prev.contains("=")) {
                out.add("for");
            }
            return out;
        }
        if (List.of("sign", "abstain", "push").contains(prev)) {
            return List.of("if", "for");
        }
        if (before.size() == 2 || prev.equals("for")) {
            return List.of("vote", "support", "sign", "abstain", "push");
        }
        return List.of();
    };
}
