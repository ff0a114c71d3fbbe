package org.summitsim.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Moving from one phase to the next, and closing the match with the reveal and the outcome. */
final class Transitions {

    private Transitions() {}

    /** The events that end the current phase and start the next. */
    static List<Event> advance(MatchState state) {
        Stage next = state.stage().next(state.settings().rounds());
        List<Event.AmendmentResolved> resolutions = closeOpenAmendments(state);
        if (next.phase() == Phase.RESULTS) {
            return finish(state, resolutions, null, null);
        }
        List<Event> events = new ArrayList<>(resolutions);
        events.add(new Event.PhaseStarted(next, state.settings().seconds(next)));
        return events;
    }

    /** Ends the match now, whatever the phase: open votes close, undecided seats get the default. */
    static List<Event> endNow(MatchState state) {
        return finish(state, closeOpenAmendments(state), null, null);
    }

    static List<Event.AmendmentResolved> closeOpenAmendments(MatchState state) {
        List<Event.AmendmentResolved> events = new ArrayList<>();
        for (Amendment a : state.amendments()) {
            if (a.isOpen()) {
                events.add(AmendmentRules.resolve(state, a, null, null));
            }
        }
        return events;
    }

    /**
     * The closing events: pending resolutions, RESULTS, the reveal and the outcome. {@code pending}
     * is the decision of {@code pendingSeat} whose event is in the same batch, not yet applied.
     */
    static List<Event> finish(
            MatchState state, List<Event.AmendmentResolved> resolutions, FinalDecision pending, String pendingSeat) {
        Map<String, String> text = new LinkedHashMap<>(state.text());
        Set<String> adoptedNow = new HashSet<>();
        for (Event.AmendmentResolved r : resolutions) {
            if (r.adopted()) {
                text.put(r.clause(), r.option());
                adoptedNow.add(r.amendment());
            }
        }
        Map<String, FinalDecision> decisions = new LinkedHashMap<>();
        for (String seat : state.seats()) {
            FinalDecision d = seat.equals(pendingSeat)
                    ? pending
                    : state.sealedDecision(seat).orElse(null);
            decisions.put(
                    seat, d != null ? d : new FinalDecision(state.scenario().defaultDecision(), "", true));
        }
        Outcome outcome = state.settlement().settle(state, text, decisions, adoptedNow);
        List<Event> events = new ArrayList<>(resolutions);
        events.add(new Event.PhaseStarted(Stage.of(Phase.RESULTS), 0));
        events.add(new Event.DecisionsRevealed(decisions));
        events.add(new Event.MatchEnded(outcome));
        return events;
    }
}
