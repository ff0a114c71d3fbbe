package org.summitsim.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.core.rules.Command.ChairCommand;
import org.summitsim.core.scenario.Inject;

/** What the facilitator (and the host's clock) can do to run the room. */
final class ChairRules {

    private ChairRules() {}

    static Verdict decide(MatchState state, Actor actor, ChairCommand command) {
        if (command instanceof Command.Deadline && actor.role() != Actor.Role.HOST) {
            return Verdict.reject(
                    RejectionCode.FORBIDDEN, "Only the room's clock sends deadlines; advance the phase instead.");
        }
        if (command instanceof Command.Unready c) {
            return unready(state, actor, c);
        }
        Phase phase = state.stage().phase();
        if (command instanceof Command.Start) {
            if (phase != Phase.LOBBY) {
                return Verdict.reject(
                        RejectionCode.ALREADY_STARTED, "The summit has already started; advance the phase to move on.");
            }
            return Verdict.accept(new Event.PhaseStarted(
                    Stage.of(Phase.BRIEFING), state.settings().seconds(Stage.of(Phase.BRIEFING))));
        }
        if (command instanceof Command.Advance || command instanceof Command.Deadline) {
            if (phase == Phase.LOBBY && command instanceof Command.Deadline) {
                return Verdict.reject(
                        RejectionCode.WRONG_PHASE, "The lobby has no deadline; the facilitator starts the summit.");
            }
            return Verdict.accept(Transitions.advance(state));
        }
        if (command instanceof Command.EndMatch) {
            return Verdict.accept(Transitions.endNow(state));
        }
        if (command instanceof Command.Pause) {
            return state.paused()
                    ? Verdict.reject(
                            RejectionCode.ALREADY_PAUSED, "The summit is already paused; resume it to continue.")
                    : Verdict.accept(new Event.Paused());
        }
        if (command instanceof Command.Resume) {
            return state.paused()
                    ? Verdict.accept(new Event.Resumed())
                    : Verdict.reject(
                            RejectionCode.NOT_PAUSED, "The summit is not paused, so there is nothing to resume.");
        }
        if (command instanceof Command.Extend c) {
            if (phase == Phase.LOBBY) {
                return Verdict.reject(
                        RejectionCode.WRONG_PHASE, "The lobby has no clock to extend; start the summit first.");
            }
            if (c.seconds() == null) {
                return Verdict.reject(
                        RejectionCode.INVALID,
                        "An extension needs its \"seconds\": a number of seconds between -86400 and 86400, not 0"
                                + " (negative takes time away).");
            }
            if (c.seconds() == 0 || Math.abs(c.seconds()) > 24 * 3600) {
                return Verdict.reject(
                        RejectionCode.INVALID,
                        "Extend by a number of \"seconds\" between -86400 and 86400, not 0 (negative takes time away).");
            }
            return Verdict.accept(new Event.PhaseExtended(c.seconds()));
        }
        if (command instanceof Command.ReleaseInject c) {
            return inject(state, c);
        }
        if (command instanceof Command.Announce c) {
            Verdict bad = Limits.checkText(
                    "announcement",
                    c.text(),
                    Limits.STATEMENT,
                    "An announcement needs its \"text\". Write something to send.");
            return bad != null ? bad : Verdict.accept(new Event.Announced(c.text()));
        }
        if (command instanceof Command.HideStatement c) {
            return hide(state, c);
        }
        if (command instanceof Command.Mute c) {
            return mute(state, c.seat(), true);
        }
        if (command instanceof Command.Unmute c) {
            return mute(state, c.seat(), false);
        }
        Command.CallVote c = (Command.CallVote) command;
        if (c.amendment() == null) {
            return AmendmentRules.missingAmendment(state, "A call to vote");
        }
        Amendment a = state.amendment(c.amendment()).orElse(null);
        if (a == null || !a.isOpen()) {
            return Verdict.reject(
                    RejectionCode.UNKNOWN_AMENDMENT,
                    "There is no open amendment \"" + c.amendment() + "\" to call a vote on.");
        }
        return Verdict.accept(AmendmentRules.resolve(state, a, null, null));
    }

    private static Verdict inject(MatchState state, Command.ReleaseInject c) {
        if (c.inject() != null && !c.inject().isBlank()) {
            Inject inject = state.scenario().inject(c.inject()).orElse(null);
            if (inject == null) {
                List<String> ids = new ArrayList<>();
                state.scenario().injects().forEach(i -> ids.add(i.id()));
                return Verdict.reject(
                        RejectionCode.UNKNOWN_INJECT,
                        "The scenario has no inject \"" + c.inject() + "\". Injects: " + String.join(", ", ids) + ".");
            }
            if (state.released().contains(inject.id())) {
                return Verdict.reject(
                        RejectionCode.ALREADY_RELEASED,
                        "Inject " + inject.id() + " was already released; release another or write your own news.");
            }
            return Verdict.accept(new Event.NewsReleased(inject.id(), inject.title(), inject.text(), inject.source()));
        }
        if (c.title() == null && c.text() == null) {
            List<String> ids = new ArrayList<>();
            state.scenario().injects().forEach(i -> ids.add(i.id()));
            return Verdict.reject(
                    RejectionCode.UNKNOWN_INJECT,
                    ids.isEmpty()
                            ? "An inject needs its own \"title\" and \"text\": the scenario has no injects to"
                                    + " release by \"inject\"."
                            : "An inject needs \"inject\", the id of one of the scenario's injects ("
                                    + String.join(", ", ids) + "), or its own \"title\" and \"text\".");
        }
        Verdict bad = Limits.checkText(
                "inject title",
                c.title(),
                Limits.NAME,
                "Your own inject needs its \"title\", at most " + Limits.NAME + " characters, besides its"
                        + " \"text\".");
        if (bad == null) {
            bad = Limits.checkText(
                    "inject text",
                    c.text(),
                    Limits.STATEMENT,
                    "Your own inject needs its \"text\", the news itself, besides its \"title\".");
        }
        if (bad != null) {
            return bad;
        }
        String id = "custom-" + (state.released().size() + 1);
        return Verdict.accept(new Event.NewsReleased(id, c.title(), c.text(), "Facilitator"));
    }

    private static Verdict hide(MatchState state, Command.HideStatement c) {
        if (c.seq() == null) {
            return Verdict.reject(
                    RejectionCode.UNKNOWN_STATEMENT,
                    "Hiding words needs the \"seq\" of the event that carried them (a floor statement, a pledge,"
                            + " a proposal or a decision).");
        }
        String speaker = state.speakerOf(c.seq()).orElse(null);
        if (speaker == null) {
            return Verdict.reject(
                    RejectionCode.UNKNOWN_STATEMENT,
                    "Event " + c.seq() + " carries no words that can be hidden: only floor statements, the words of"
                            + " a pledge, the reason for an amendment and the statement with a decision can be.");
        }
        if (state.hiddenStatements().contains(c.seq())) {
            return Verdict.reject(RejectionCode.ALREADY_HIDDEN, "Those words are already hidden.");
        }
        return Verdict.accept(
                new Event.StatementHidden(c.seq(), speaker, state.decisionStatement(c.seq()) ? Boolean.TRUE : null));
    }

    private static Verdict mute(MatchState state, String seat, boolean on) {
        String what = on ? "Muting" : "Unmuting";
        if (seat == null) {
            return Rules.missingSeat(what + " needs its \"seat\": the delegation", state.seats());
        }
        if (!state.isSeat(seat)) {
            return Rules.unknownSeat(state, seat);
        }
        if (on && state.isMuted(seat)) {
            return Verdict.reject(RejectionCode.ALREADY_MUTED, "That delegation is already muted.");
        }
        if (!on && !state.isMuted(seat)) {
            return Verdict.reject(
                    RejectionCode.NOT_MUTED, "That delegation is not muted, so there is nothing to undo.");
        }
        return Verdict.accept(on ? new Event.SeatMuted(seat) : new Event.SeatUnmuted(seat));
    }

    private static Verdict unready(MatchState state, Actor actor, Command.Unready c) {
        if (actor.role() != Actor.Role.HOST) {
            return Verdict.reject(
                    RejectionCode.FORBIDDEN,
                    "Only the room does that, when a person takes a seat over from a bot; a delegation says it is"
                            + " done itself.");
        }
        if (c.seat() == null || !state.isSeat(c.seat())) {
            return c.seat() == null
                    ? Rules.missingSeat("Not done needs its \"seat\"", state.seats())
                    : Rules.unknownSeat(state, c.seat());
        }
        if (!state.ready().contains(c.seat())) {
            return Verdict.reject(RejectionCode.INVALID, "That delegation has not said it is done with this phase.");
        }
        return Verdict.accept(new Event.SeatNotReady(c.seat(), state.stage()));
    }
}
