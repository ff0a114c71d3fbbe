package org.summitsim.core.rules;

import java.util.Set;

/** A private offer between two delegations: {@code from} gives {@code give} if {@code to} gives {@code want}. */
public final class Deal {

    public enum Status {
        OFFERED,
        ACCEPTED,
        DECLINED,
        /**
         * Not answered while it could be kept: it promised a vote on an amendment that has since
         * been voted on or withdrawn, or a vote or support when the rounds ended. Accepting it
         * would have bound its parties to a vote already cast (or never cast).
         */
        LAPSED
    }

    private final String id;
    private final String from;
    private final String to;
    private final Promise give;
    private final Promise want;
    private final String text;
    private Status status = Status.OFFERED;
    private Set<String> closedAtAcceptance = Set.of();
    private Set<String> votedByFromAtAcceptance = Set.of();
    private Set<String> votedByToAtAcceptance = Set.of();

    Deal(String id, String from, String to, Promise give, Promise want, String text) {
        this.id = id;
        this.from = from;
        this.to = to;
        this.give = give;
        this.want = want;
        this.text = text;
    }

    public String id() {
        return id;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public Promise give() {
        return give;
    }

    public Promise want() {
        return want;
    }

    public String text() {
        return text;
    }

    public Status status() {
        return status;
    }

    public boolean involves(String seat) {
        return from.equals(seat) || to.equals(seat);
    }

    /** Whether accepting it now could still be kept: no vote cast since the offer rules out one of its promises. */
    public boolean keepable(MatchState state) {
        return CommitmentRules.castOtherwise(state, this) == null;
    }

    /** Whether either side promises a vote: only such a deal can become unkeepable while it is offered. */
    public boolean promisesAVote() {
        return give instanceof Promise.Vote || want instanceof Promise.Vote;
    }

    /**
     * The amendments a promise of {@code party} to support a wording does not reach back to:
     * those closed (or withdrawn) when the deal was accepted, and those on which {@code party}
     * had already taken a stance (a vote cannot be changed, so a promise cannot be about it).
     */
    public Set<String> decidedAtAcceptance(String party) {
        Set<String> voted =
                party.equals(from) ? votedByFromAtAcceptance : party.equals(to) ? votedByToAtAcceptance : Set.of();
        if (voted.isEmpty()) {
            return closedAtAcceptance;
        }
        Set<String> all = new java.util.LinkedHashSet<>(closedAtAcceptance);
        all.addAll(voted);
        return all;
    }

    /** Whether either side promises a vote or support for a wording: what only the rounds can bring due. */
    public boolean promisesVoting() {
        return !(give instanceof Promise.Decide) || !(want instanceof Promise.Decide);
    }

    /** Whether one side promises a vote on {@code amendment}. */
    boolean promisesVoteOn(String amendment) {
        return (give instanceof Promise.Vote g && g.amendment().equals(amendment))
                || (want instanceof Promise.Vote w && w.amendment().equals(amendment));
    }

    void settle(Status s) {
        status = s;
    }

    void accept(Set<String> closedAmendments, Set<String> votedByFrom, Set<String> votedByTo) {
        status = Status.ACCEPTED;
        closedAtAcceptance = Set.copyOf(closedAmendments);
        votedByFromAtAcceptance = Set.copyOf(votedByFrom);
        votedByToAtAcceptance = Set.copyOf(votedByTo);
    }
}
