package org.summitsim.core.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Sealed final decisions, and seats saying they are ready to move on. */
final class DecisionRules {

    private DecisionRules() {}

    static Verdict decide(MatchState state, String seat, Command command) {
        if (command instanceof Command.Ready) {
            Verdict wrongPhase = Rules.requirePhase(state, Rules.TALK, "say you are ready");
            if (wrongPhase != null) {
                return wrongPhase;
            }
            if (state.ready().contains(seat)) {
                return Verdict.reject(
                        RejectionCode.ALREADY_READY,
                        "You already said you are ready for the next phase; wait for the others.");
            }
            List<Event> events = new ArrayList<>();
            events.add(new Event.SeatReady(seat, state.stage()));
            boolean last = state.stage().phase() == Phase.FINAL
                    ? othersDone(state, seat)
                    : state.ready().size() + 1 == state.seats().size();
            if (last) {
                events.addAll(Transitions.advance(state));
            }
            return Verdict.accept(events);
        }
        Command.Decide c = (Command.Decide) command;
        Verdict wrongPhase = Rules.requirePhase(state, EnumSet.of(Phase.FINAL), "decide");
        if (wrongPhase != null) {
            return wrongPhase;
        }
        if (c.decision() == null) {
            return Verdict.reject(
                    RejectionCode.INVALID,
                    "A final decision needs its decision (\"decision\": SIGN, ABSTAIN or PUSH_BINDING).");
        }
        if (state.hasDecided(seat)) {
            return Verdict.reject(
                    RejectionCode.ALREADY_DECIDED,
                    "You have already decided; a sealed decision cannot change. Wait for the reveal.");
        }
        if (c.statement() != null && c.statement().length() > Limits.STATEMENT) {
            return Limits.checkText("statement", c.statement(), Limits.STATEMENT);
        }
        List<Event> events = new ArrayList<>();
        events.add(new Event.DecisionSealed(seat, c.decision(), c.statement() == null ? "" : c.statement()));
        events.add(new Event.DelegationDecided(seat));
        if (othersDone(state, seat)) {
            events.addAll(Transitions.finish(
                    state,
                    List.of(),
                    new FinalDecision(c.decision(), c.statement() == null ? "" : c.statement(), false),
                    seat));
        }
        return Verdict.accept(events);
    }

    /**
     * In FINAL, whether every seat but {@code seat} has decided or said ready. A seat ready without
     * a decision leaves it to the scenario's default (revealed as defaulted), so an absent seat
     * need not hold up the reveal.
     */
    private static boolean othersDone(MatchState state, String seat) {
        for (String other : state.seats()) {
            if (!other.equals(seat)
                    && !state.hasDecided(other)
                    && !state.ready().contains(other)) {
                return false;
            }
        }
        return true;
    }
}
