package org.summitsim.core.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Amendment;
import org.summitsim.core.rules.Deal;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scoring.Projection;
import org.summitsim.core.scoring.Score;
import org.summitsim.core.view.Viewer.Kind;

/** Builds the {@link PlayerView} of a match for one viewer; the only way views are made. */
public final class Views {

    private Views() {
    }

    public static PlayerView of(MatchState state, Viewer viewer) {
        Scenario s = state.scenario();
        boolean facilitator = viewer.kind() == Kind.FACILITATOR;
        boolean readsPrivate = facilitator && state.settings().facilitatorReadsPrivate();
        List<PlayerView.Card> cards = s.playable().stream().map(d -> new PlayerView.Card(d.id(), d.name(), d.bloc(),
                d.profile(), d.publicStance(), state.hasDecided(d.id()), state.ready().contains(d.id()))).toList();
        List<PlayerView.ClauseView> text = s.clauses().stream().map(c -> new PlayerView.ClauseView(c.id(), c.title(),
                c.draft(), state.text().get(c.id()), c.options())).toList();
        List<PlayerView.AmendmentView> amendments = state.amendments().stream().map(Views::amendment).toList();
        List<PlayerView.PledgeView> pledges = state.pledges().stream().map(p -> new PlayerView.PledgeView(p.id(),
                p.seat(), p.decision(), p.conditions(), p.text())).toList();
        List<PlayerView.DealView> deals = state.deals().stream()
                .filter(d -> readsPrivate || (viewer.kind() == Kind.SEAT && d.involves(viewer.seat())))
                .map(Views::deal).toList();
        List<PlayerView.CaucusView> caucuses = state.caucuses().stream()
                .filter(c -> readsPrivate || (viewer.kind() == Kind.SEAT && c.has(viewer.seat())))
                .map(c -> new PlayerView.CaucusView(c.id(), c.name(), c.members())).toList();
        Map<String, String> briefs = new LinkedHashMap<>();
        Map<String, Preferences> preferences = new LinkedHashMap<>();
        Map<String, FinalDecision> sealed = new LinkedHashMap<>();
        for (Delegation d : s.playable()) {
            if (facilitator || viewer.is(d.id())) {
                briefs.put(d.id(), d.brief());
                preferences.put(d.id(), d.preferences());
                state.sealedDecision(d.id()).ifPresent(f -> sealed.put(d.id(), f));
            }
        }
        Map<Decision, Score> projection = viewer.kind() == Kind.SEAT && !state.over()
                ? state.projection(viewer.seat(), seat -> Projection.of(state, seat)) : Map.of();
        return new PlayerView(viewer.kind().name().toLowerCase(), viewer.seat(), state.eventCount(), s.id(),
                s.title(), s.summary(), s.setting(), s.briefing(), state.stage(), state.paused(),
                state.settings().rounds(), state.settings().adoption().describe(), s.binding().threshold(),
                s.defaultDecision(), s.chair(), cards, text, amendments, pledges, deals, caucuses, briefs, preferences,
                sealed, state.revealed().orElse(Map.of()), projection, state.outcome().orElse(null),
                viewer.kind() == Kind.SEAT ? LegalActions.of(state, viewer.seat()) : List.of());
    }

    private static PlayerView.AmendmentView amendment(Amendment a) {
        Amendment.Snapshot snap = a.snapshot();
        return new PlayerView.AmendmentView(a.id(), a.proposer(), a.clause(), a.option(), a.rationale(), a.round(),
                snap.cosponsors(), snap.votes(), a.status().name().toLowerCase());
    }

    private static PlayerView.DealView deal(Deal d) {
        return new PlayerView.DealView(d.id(), d.from(), d.to(), d.give(), d.want(), d.text(),
                d.status().name().toLowerCase());
    }

    /** The clause's wording as a person reads it. */
    public static String wording(Scenario s, String clauseId, String optionId) {
        return s.clause(clauseId).flatMap(c -> c.option(optionId)).map(o -> o.text()).orElse(optionId);
    }
}
