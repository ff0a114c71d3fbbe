package org.summitsim.client.console.command;

import java.util.List;
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
                .filter(c -> c.name().equalsIgnoreCase(typed))
                .map(PlayerView.Card::id)
                .findFirst()
                .orElse(typed);
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
