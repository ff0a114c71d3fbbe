package org.summitsim.core.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.summitsim.core.rules.Command.ChairCommand;
import org.summitsim.core.rules.Command.SeatCommand;

/**
 * The referee: {@code decide(state, move)} returns the events a move causes, or a rejection that
 * tells the player what to do instead. It never changes the state; {@link MatchState#apply}
 * does, event by event. Checks common to every move live here; each family of commands has
 * its own class ({@link TalkRules}, {@link AmendmentRules}, {@link CommitmentRules},
 * {@link DecisionRules}, {@link ChairRules}).
 */
public final class Rules {

    static final Set<Phase> TALK = EnumSet.of(Phase.BRIEFING, Phase.OPENING, Phase.ROUND, Phase.FINAL);
    static final Set<Phase> FLOOR = EnumSet.of(Phase.OPENING, Phase.ROUND, Phase.FINAL);

    private Rules() {}

    public static Verdict decide(MatchState state, Move move) {
        if (move == null || move.actor() == null || move.command() == null) {
            return Verdict.reject(RejectionCode.INVALID, "A move needs an actor and a command.");
        }
        Actor actor = move.actor();
        Command command = move.command();
        if (state.over()) {
            return Verdict.reject(RejectionCode.MATCH_OVER, "The summit is over; its results are final.");
        }
        if (command instanceof SeatCommand && !actor.isSeat()) {
            return Verdict.reject(
                    RejectionCode.FORBIDDEN,
                    "Only a delegation can do that; join a seat to play, or ask the facilitator.");
        }
        if (command instanceof ChairCommand && actor.isSeat()) {
            return Verdict.reject(RejectionCode.FORBIDDEN, "Only the facilitator can do that; ask the facilitator.");
        }
        if (actor.isSeat() && !state.isSeat(actor.seat())) {
            return Verdict.reject(
                    RejectionCode.UNKNOWN_SEAT,
                    "There is no delegation \"" + actor.seat()
                            + "\" to play. Delegations: "
                            + String.join(", ", state.seats()) + ".");
        }
        if (move.stage() == null) {
            return Verdict.reject(
                    RejectionCode.MISSING_STAGE,
                    "Say which phase the command is meant for (the stage is now " + state.stage() + ").");
        }
        if (!move.stage().equals(state.stage())) {
            return Verdict.reject(
                    RejectionCode.STALE,
                    "That was meant for " + move.stage().inWords()
                            + (move.stage().isBefore(state.stage())
                                    ? ", but the summit has moved on to "
                                    : ", but the summit is still in ")
                            + state.stage().inWords() + ". Look at the current state and try again.");
        }
        if (state.paused() && (actor.isSeat() || command instanceof Command.Deadline)) {
            return Verdict.reject(
                    RejectionCode.PAUSED, "The facilitator has paused the summit. Wait until it resumes.");
        }
        if (command instanceof SeatCommand seatCommand) {
            return decideSeat(state, actor.seat(), seatCommand);
        }
        return ChairRules.decide(state, actor, (ChairCommand) command);
    }

    private static Verdict decideSeat(MatchState state, String seat, SeatCommand command) {
        Verdict silenced = MuteRule.check(state, seat, command);
        if (silenced != null) {
            return silenced;
        }
        if (command instanceof Command.Say
                || command instanceof Command.Whisper
                || command instanceof Command.CreateCaucus
                || command instanceof Command.InviteToCaucus
                || command instanceof Command.LeaveCaucus
                || command instanceof Command.CaucusSay) {
            return TalkRules.decide(state, seat, command);
        }
        if (command instanceof Command.Propose
                || command instanceof Command.Cosponsor
                || command instanceof Command.Withdraw
                || command instanceof Command.CastVote) {
            return AmendmentRules.decide(state, seat, command);
        }
        if (command instanceof Command.MakePledge
                || command instanceof Command.OfferDeal
                || command instanceof Command.AcceptDeal
                || command instanceof Command.DeclineDeal) {
            return CommitmentRules.decide(state, seat, command);
        }
        return DecisionRules.decide(state, seat, command);
    }

    /** A rejection when the current phase is not one of {@code allowed}, else null. */
    static Verdict requirePhase(MatchState state, Set<Phase> allowed, String what) {
        Phase now = state.stage().phase();
        if (allowed.contains(now)) {
            return null;
        }
        String hint = switch (now) {
            case LOBBY -> "The summit has not started yet; wait for the facilitator to start it.";
            case BRIEFING ->
                "It is the briefing: read your brief. The floor opens with the opening statements; private"
                        + " messages to other delegations work already.";
            case OPENING -> "It is the opening: make your statement on the floor; amendments open in round 1.";
            case ROUND -> "Negotiation is under way; final decisions open after the last round.";
            case FINAL -> "Amendments are closed: make your final decision (sign, abstain or push for binding law).";
            case RESULTS -> "The summit is over.";
        };
        return Verdict.reject(
                RejectionCode.WRONG_PHASE,
                "You cannot " + what + " " + state.stage().when() + ". " + hint);
    }

    /**
     * {@code what} (e.g. {@code A private message needs its "to": the delegation to write to})
     * was sent without its delegation: refused as an unknown one, with the ids it may name.
     */
    static Verdict missingSeat(String what, List<String> candidates) {
        return Verdict.reject(
                RejectionCode.UNKNOWN_DELEGATION,
                what + (candidates.isEmpty() ? "." : ". Delegations: " + String.join(", ", candidates) + "."));
    }

    /** Every seat but {@code seat}, in scenario order. */
    static List<String> others(MatchState state, String seat) {
        return state.seats().stream().filter(s -> !s.equals(seat)).toList();
    }

    static Verdict unknownSeat(MatchState state, String seat) {
        return Verdict.reject(
                RejectionCode.UNKNOWN_DELEGATION,
                "There is no delegation \"" + seat + "\". Delegations: " + String.join(", ", state.seats()) + ".");
    }
}
