package org.summitsim.core.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.view.Viewer.Kind;

/** Builds the {@link PlayerView} of a match for one viewer; the only way views are made. */
public final class Views {

    private Views() {}

    /** A view built from scratch; a match keeps a {@link ViewCache} and calls the other form. */
    public static PlayerView of(MatchState state, Viewer viewer) {
        return of(new ViewCache(state), viewer);
    }

    public static PlayerView of(ViewCache cache, Viewer viewer) {
        MatchState state = cache.state();
        Scenario s = state.scenario();
        boolean facilitator = viewer.kind() == Kind.FACILITATOR;
        boolean readsPrivate = facilitator && state.settings().facilitatorReadsPrivate();
        List<PlayerView.Card> cards = cache.cards(() -> {
            // Remade whenever a seat is ready or decides: often enough for a plain loop.
            List<PlayerView.Card> out =
                    new java.util.ArrayList<>(state.playable().size());
            int seat = 0;
            for (Delegation d : state.playable()) {
                out.add(cache.card(seat, d, state.hasDecided(seat), state.isReady(seat)));
                seat++;
            }
            return java.util.Collections.unmodifiableList(out);
        });
        // Aliases help bots read messages; the view keeps the protocol's shape of a wording without them.
        List<PlayerView.ClauseView> text = cache.text(() -> s.clauses().stream()
                .map(c -> new PlayerView.ClauseView(
                        c.id(),
                        c.title(),
                        c.draft(),
                        state.text().get(c.id()),
                        c.options().stream()
                                .map(org.summitsim.core.scenario.ClauseOption::withoutAliases)
                                .toList()))
                .toList());
        List<PlayerView.PledgeView> pledges = cache.pledges(() -> state.pledges().stream()
                .map(p -> new PlayerView.PledgeView(
                        p.id(), p.seat(), p.decision(), p.conditions(), p.text(), p.ifCoalition()))
                .toList());
        // Private parts: per seat for a seat, everything or nothing for the others.
        String key = viewer.kind() == Kind.SEAT ? viewer.seat() : readsPrivate ? "*all" : "*none";
        List<PlayerView.DealView> deals =
                readsPrivate ? cache.allDeals() : viewer.kind() == Kind.SEAT ? cache.deals(viewer.seat()) : List.of();
        List<PlayerView.CaucusView> caucuses = cache.caucuses(
                key,
                () -> state.caucuses().stream()
                        .filter(c -> readsPrivate || (viewer.kind() == Kind.SEAT && c.has(viewer.seat())))
                        .map(c -> new PlayerView.CaucusView(c.id(), c.name(), c.members()))
                        .toList());
        Map<String, String> briefs = new LinkedHashMap<>();
        Map<String, Preferences> preferences = new LinkedHashMap<>();
        Map<String, FinalDecision> sealed = new LinkedHashMap<>();
        if (facilitator) {
            for (Delegation d : state.playable()) {
                briefs.put(d.id(), d.brief());
                preferences.put(d.id(), d.preferences());
                state.sealedDecision(d.id()).ifPresent(f -> sealed.put(d.id(), f));
            }
        } else if (viewer.kind() == Kind.SEAT) {
            state.delegation(viewer.seat()).ifPresent(d -> {
                briefs.put(d.id(), d.brief());
                preferences.put(d.id(), d.preferences());
                state.sealedDecision(d.id()).ifPresent(f -> sealed.put(d.id(), f));
            });
        }
        // The prepared news stays the chair's until released, so that it can surprise the room.
        List<PlayerView.InjectView> injects = facilitator
                ? s.injects().stream()
                        .map(i -> new PlayerView.InjectView(
                                i.id(),
                                i.title(),
                                i.text(),
                                i.source(),
                                i.when(),
                                state.released().contains(i.id())))
                        .toList()
                : null;
        // A mute is between the facilitator and the delegation muted: no one else sees it.
        List<String> muted = state.muted().isEmpty()
                ? List.of()
                : facilitator
                        ? List.copyOf(state.muted())
                        : viewer.kind() == Kind.SEAT && state.isMuted(viewer.seat())
                                ? List.of(viewer.seat())
                                : List.of();
        boolean projects = viewer.kind() == Kind.SEAT && !state.over();
        Map<Decision, Score> projection = projects ? cache.forecasts().projection(viewer.seat()) : Map.of();
        OutlookView outlook =
                projects ? OutlookView.later(() -> cache.forecasts().outlook(viewer.seat())) : null;
        return new PlayerView(
                viewer.kind().name().toLowerCase(Locale.ROOT),
                viewer.seat(),
                state.eventCount(),
                s.id(),
                s.title(),
                s.summary(),
                s.setting(),
                s.briefing(),
                state.stage(),
                state.paused(),
                muted,
                state.settings().rounds(),
                cache.adoptionRule(),
                s.binding().threshold(),
                s.defaultDecision(),
                s.chair(),
                cards,
                text,
                cache.amendments(),
                pledges,
                deals,
                caucuses,
                injects,
                briefs,
                preferences,
                sealed,
                state.revealed().orElse(Map.of()),
                projection,
                outlook,
                state.outcome().orElse(null),
                viewer.kind() == Kind.SEAT && state.outcome().isPresent() ? cache.hindsight(viewer.seat()) : null,
                viewer.kind() == Kind.SEAT ? cache.legalActions(viewer.seat()) : List.of());
    }

    /** A status as views name it: the enum constant in lower case. */
    static String status(Enum<?> status) {
        return STATUS_NAMES.computeIfAbsent(status, e -> e.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Map<Enum<?>, String> STATUS_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The clause's wording as a person reads it. */
    public static String wording(Scenario s, String clauseId, String optionId) {
        return s.clause(clauseId)
                .flatMap(c -> c.option(optionId))
                .map(o -> o.text())
                .orElse(optionId);
    }
}
