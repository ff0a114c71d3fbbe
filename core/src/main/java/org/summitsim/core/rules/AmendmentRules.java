package org.summitsim.core.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;

/**
 * Proposing, co-sponsoring, withdrawing and voting on amendments. One amendment may be open per
 * clause at a time, and each delegation has at most one amendment of its own open: so no one can
 * hold the agenda by tabling doomed wordings on every clause. A wording voted on in a round is
 * not put to the vote again that round, but another delegation may table another wording of the
 * same clause at once. A vote closes when every seat has a stance (unless the settings leave
 * that to the host), when the chair calls it, or at the end of the round.
 */
final class AmendmentRules {

    private AmendmentRules() {}

    /** When a vote closes, in a refusal's words: a player's own vote does not close it (a play-test). */
    private static final String WHEN_CLOSED =
            " (when every delegation has voted, the chair calls it, or the round ends)";

    static Verdict decide(MatchState state, String seat, Command command) {
        Verdict wrongPhase = Rules.requirePhase(state, EnumSet.of(Phase.ROUND), "work on amendments");
        if (wrongPhase != null) {
            return wrongPhase;
        }
        if (command instanceof Command.Propose c) {
            return propose(state, seat, c);
        }
        // An incomplete vote is refused as such, whatever the amendment: the field is what to fix.
        if (command instanceof Command.CastVote v && v.ballot() == null) {
            return Verdict.reject(
                    RejectionCode.INVALID, "A vote needs its ballot (\"ballot\": SUPPORT, OPPOSE or ABSTAIN).");
        }
        String id = command instanceof Command.Cosponsor c
                ? c.amendment()
                : command instanceof Command.Withdraw w ? w.amendment() : ((Command.CastVote) command).amendment();
        if (id == null) {
            return missingAmendment(
                    state,
                    command instanceof Command.Cosponsor
                            ? "A co-sponsorship"
                            : command instanceof Command.Withdraw ? "A withdrawal" : "A vote");
        }
        Amendment a = state.amendment(id).orElse(null);
        if (a == null) {
            List<String> open =
                    state.openAmendments().stream().map(Amendment::id).toList();
            return Verdict.reject(
                    RejectionCode.UNKNOWN_AMENDMENT,
                    "There is no amendment \"" + id + "\""
                            + (open.isEmpty()
                                    ? "; none is open now."
                                    : " (open now: " + String.join(", ", open) + ")."));
        }
        if (!a.isOpen()) {
            return Verdict.reject(
                    RejectionCode.AMENDMENT_CLOSED,
                    "Amendment " + id + " is " + a.status().name().toLowerCase(Locale.ROOT)
                            + "; only open amendments can change. Propose a new one instead.");
        }
        if (command instanceof Command.Withdraw) {
            if (!a.proposer().equals(seat)) {
                String proposer = state.scenario()
                        .delegation(a.proposer())
                        .map(d -> org.summitsim.core.scenario.StateName.inSentence(d.name()))
                        .orElse(a.proposer());
                return Verdict.reject(
                        RejectionCode.NOT_PROPOSER,
                        "Only " + proposer + ", who proposed " + id + ", can withdraw it; ask them to.");
            }
            return Verdict.accept(new Event.AmendmentWithdrawn(id, seat));
        }
        if (a.isSponsor(seat)) {
            return Verdict.reject(
                    RejectionCode.ALREADY_SPONSOR,
                    "You sponsor " + id + ", so you already count as supporting it; no vote is needed.");
        }
        if (a.hasVoted(seat) && command instanceof Command.Cosponsor) {
            return Verdict.reject(
                    RejectionCode.ALREADY_VOTED,
                    "You already " + a.stanceOf(seat).past() + " " + id
                            + ", and a delegation that has voted cannot co-sponsor too; co-sponsor before you vote.");
        }
        if (a.hasVoted(seat)) {
            return Verdict.reject(
                    RejectionCode.ALREADY_VOTED,
                    "You already " + a.stanceOf(seat).past() + " " + id
                            + "; each delegation votes once, so your vote stands.");
        }
        List<Event> events = new ArrayList<>();
        events.add(
                command instanceof Command.Cosponsor
                        ? new Event.AmendmentCosponsored(id, seat)
                        : new Event.VoteCast(id, seat, ((Command.CastVote) command).ballot()));
        // A room where people play closes such a vote itself, once its minimum time has passed.
        if (!state.settings().votesWaitForHost() && everyoneHasAStanceAfter(state, a, seat)) {
            events.add(resolve(
                    state,
                    a,
                    seat,
                    command instanceof Command.Cosponsor ? Ballot.SUPPORT : ((Command.CastVote) command).ballot()));
        }
        return Verdict.accept(events);
    }

    /** A wording as players read it, by its label. */
    private static String label(Clause clause, String option) {
        return clause.option(option).map(ClauseOption::label).orElse(option);
    }

    private static Verdict propose(MatchState state, String seat, Command.Propose c) {
        Clause clause = state.scenario().clause(c.clause()).orElse(null);
        if (clause == null) {
            return CommitmentRules.unknownClause(state, "A proposal", c.clause());
        }
        if (c.option() == null) {
            return Verdict.reject(
                    RejectionCode.UNKNOWN_OPTION,
                    "A proposal needs its \"option\": the wording of clause " + clause.id() + " you propose. Options: "
                            + String.join(", ", clause.optionIds()) + ".");
        }
        if (clause.option(c.option()).isEmpty()) {
            return Verdict.reject(
                    RejectionCode.UNKNOWN_OPTION,
                    "Clause " + clause.id() + " has no option \"" + c.option() + "\". Options: "
                            + String.join(", ", clause.optionIds()) + ".");
        }
        if (c.option().equals(state.text().get(clause.id()))) {
            return Verdict.reject(
                    RejectionCode.NO_CHANGE,
                    "The clause \u201c" + clause.title() + "\u201d already reads \u201c" + label(clause, c.option())
                            + "\u201d; propose a different wording.");
        }
        // In the last round a wording voted on cannot come back: the refusal says so.
        boolean lastRound = state.stage().phase() == Phase.ROUND
                && state.stage().round() >= state.settings().rounds();
        var open = state.openAmendmentOn(clause.id());
        if (open.isPresent()) {
            String a = open.get().id();
            // One who already has a stance on it can only wait; the others are told to vote first.
            return Verdict.reject(
                    RejectionCode.AMENDMENT_OPEN_ON_CLAUSE,
                    "Amendment " + a + " is already open on \u201c" + clause.title() + "\u201d; "
                            + (open.get().stanceOf(seat) != null
                                    ? "you can propose another wording once its vote has closed" + WHEN_CLOSED + "."
                                    : "vote on " + a
                                            + " first (for, against or abstain). Once its vote has closed" + WHEN_CLOSED
                                            + ", you can propose another wording."));
        }
        var own = state.openAmendmentBy(seat);
        if (own.isPresent()) {
            return Verdict.reject(
                    RejectionCode.OWN_AMENDMENT_OPEN,
                    "Your amendment " + own.get().id() + " is still open;"
                            + " a delegation has one amendment on the floor at a time. Wait for its vote, or withdraw it.");
        }
        var voted = state.votedThisRound(clause.id(), c.option());
        if (voted.isPresent()) {
            return Verdict.reject(
                    RejectionCode.WORDING_VOTED_THIS_ROUND,
                    "The wording \u201c" + label(clause, c.option()) + "\u201d for \u201c" + clause.title()
                            + "\u201d was already put to a vote this round (amendment "
                            + voted.get().id() + "); "
                            + (lastRound
                                    ? "this is the last round, so propose another wording or work on another clause."
                                    : "propose another wording, or this one again next round."));
        }
        if (c.rationale() != null && c.rationale().length() > Limits.STATEMENT) {
            return Limits.checkText("rationale", c.rationale(), Limits.STATEMENT);
        }
        String id = state.nextId("A", state.amendmentCount());
        return Verdict.accept(new Event.AmendmentProposed(
                id, seat, clause.id(), c.option(), c.rationale() == null ? "" : c.rationale()));
    }

    /**
     * {@code what} ("A vote") was sent without its amendment id: refused as an unknown amendment,
     * with the ones open now.
     */
    static Verdict missingAmendment(MatchState state, String what) {
        List<String> open = state.openAmendments().stream().map(Amendment::id).toList();
        return Verdict.reject(
                RejectionCode.UNKNOWN_AMENDMENT,
                what + " needs its \"amendment\": the id of an open amendment"
                        + (open.isEmpty() ? "; none is open now." : " (open now: " + String.join(", ", open) + ")."));
    }

    private static boolean everyoneHasAStanceAfter(MatchState state, Amendment a, String seat) {
        if (a.stances() < state.seats().size() - 1) {
            return false; // the usual answer, without asking every seat
        }
        for (String s : state.seats()) {
            if (!s.equals(seat) && a.stanceOf(s) == null) {
                return false;
            }
        }
        return true;
    }

    /** The tally of an amendment, counting {@code extra}'s pending stance if given. */
    static Event.AmendmentResolved resolve(MatchState state, Amendment a, String extraSeat, Ballot extra) {
        int supports = 0;
        int objections = 0;
        for (String s : state.seats()) {
            Ballot b = s.equals(extraSeat) ? extra : a.stanceOf(s);
            if (b == Ballot.SUPPORT) {
                supports++;
            } else if (b == Ballot.OPPOSE) {
                objections++;
            }
        }
        int abstentions = state.seats().size() - supports - objections;
        boolean adopted = state.settings().adoption().adopts(supports, objections);
        return new Event.AmendmentResolved(a.id(), a.clause(), a.option(), adopted, supports, objections, abstentions);
    }
}
