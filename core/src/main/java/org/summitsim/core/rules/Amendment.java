package org.summitsim.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A proposal to change one clause to one option, with its sponsors and votes. */
public final class Amendment {

    public enum Status {
        OPEN,
        ADOPTED,
        REJECTED,
        WITHDRAWN
    }

    private final String id;
    private final String proposer;
    private final String clause;
    private final String option;
    private String rationale;
    private final int round;
    private final Set<String> cosponsors = new LinkedHashSet<>();
    private final Map<String, Ballot> votes = new LinkedHashMap<>();
    /**
     * The votes again, in the order cast, in arrays that are only ever appended to: a snapshot
     * is a prefix of them, so a vote costs one new snapshot rather than a copy of every vote.
     */
    private String[] voters = new String[8];

    private Ballot[] ballots = new Ballot[8];
    private java.util.List<String> cosponsorList = java.util.List.of();
    private Status status = Status.OPEN;
    private Snapshot snapshot;

    /** Immutable copies of the sponsors and votes, made once per change rather than per view. */
    public record Snapshot(java.util.List<String> cosponsors, Map<String, Ballot> votes) {}

    Amendment(String id, String proposer, String clause, String option, String rationale, int round) {
        this.id = id;
        this.proposer = proposer;
        this.clause = clause;
        this.option = option;
        this.rationale = rationale;
        this.round = round;
    }

    public String id() {
        return id;
    }

    public String proposer() {
        return proposer;
    }

    public String clause() {
        return clause;
    }

    public String option() {
        return option;
    }

    /** The facilitator took the reason off the screens: the amendment stands, without it. */
    void withdrawRationale() {
        rationale = null;
    }

    public String rationale() {
        return rationale;
    }

    public int round() {
        return round;
    }
    /** Co-sponsors in the order they signed on (a copy). */
    public Set<String> cosponsors() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(cosponsors));
    }
    /** Votes in the order they were cast (a copy). */
    public Map<String, Ballot> votes() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(votes));
    }

    public Status status() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** Whether it was put to a vote (adopted or rejected) in the given round. */
    public boolean votedIn(int round) {
        return this.round == round && (status == Status.ADOPTED || status == Status.REJECTED);
    }

    public boolean hasVoted(String seat) {
        return votes.containsKey(seat);
    }

    public boolean isSponsor(String seat) {
        if (proposer.equals(seat)) {
            return true;
        }
        java.util.List<String> c = cosponsorList; // a few at most, none for most: no iterator
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i).equals(seat)) {
                return true;
            }
        }
        return false;
    }

    /** Sponsors count as support; a seat's own vote otherwise; no vote is an abstention. */
    public Ballot stanceOf(String seat) {
        if (isSponsor(seat)) {
            return Ballot.SUPPORT;
        }
        return votes.get(seat);
    }

    /** Seats with a stance: the proposer, the co-sponsors and the voters (the rules keep them apart). */
    int stances() {
        return 1 + cosponsors.size() + votes.size();
    }

    public int count(Ballot ballot, Iterable<String> seats) {
        int n = 0;
        for (String seat : seats) {
            Ballot b = stanceOf(seat);
            if (b == null ? ballot == Ballot.ABSTAIN : b == ballot) {
                n++;
            }
        }
        return n;
    }

    public Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = new Snapshot(cosponsorList, new VotesSoFar(voters, ballots, votes.size()));
        }
        return snapshot;
    }

    void addCosponsor(String seat) {
        cosponsors.add(seat);
        cosponsorList = java.util.List.copyOf(cosponsors);
        snapshot = null;
    }

    void addVote(String seat, Ballot ballot) {
        int n = votes.size();
        if (votes.containsKey(seat)) {
            // The rules allow one vote per seat; a log that says otherwise keeps the first place
            // and the last ballot, as a map would, in fresh arrays.
            ballots = java.util.Arrays.copyOf(ballots, ballots.length);
            ballots[java.util.Arrays.asList(voters).indexOf(seat)] = ballot;
            votes.put(seat, ballot);
            snapshot = null;
            return;
        }
        if (n == voters.length) {
            // Copies, so the arrays earlier snapshots hold never change under them.
            voters = java.util.Arrays.copyOf(voters, 2 * n);
            ballots = java.util.Arrays.copyOf(ballots, 2 * n);
        }
        voters[n] = seat;
        ballots[n] = ballot;
        votes.put(seat, ballot);
        snapshot = null;
    }

    /**
     * The first {@code size} votes, in the order cast: an immutable map over arrays whose first
     * {@code size} slots never change (later votes go after them), so it may be read on any thread.
     */
    private static final class VotesSoFar extends java.util.AbstractMap<String, Ballot> {
        private final String[] voters;
        private final Ballot[] ballots;
        private final int size;

        VotesSoFar(String[] voters, Ballot[] ballots, int size) {
            this.voters = voters;
            this.ballots = ballots;
            this.size = size;
        }

        @Override
        public Ballot get(Object seat) {
            int i = indexOf(seat);
            return i < 0 ? null : ballots[i];
        }

        @Override
        public boolean containsKey(Object seat) {
            return indexOf(seat) >= 0;
        }

        /** A scan: a summit has a few dozen seats, and ids' hash codes are cached. */
        private int indexOf(Object seat) {
            if (seat == null) {
                return -1;
            }
            int hash = seat.hashCode();
            for (int i = 0; i < size; i++) {
                if (voters[i].hashCode() == hash && voters[i].equals(seat)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public java.util.Set<Map.Entry<String, Ballot>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Map.Entry<String, Ballot>> iterator() {
                    return new java.util.Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, Ballot> next() {
                            if (next >= size) {
                                throw new java.util.NoSuchElementException();
                            }
                            int i = next++;
                            return Map.entry(voters[i], ballots[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }

        @Override
        public void forEach(java.util.function.BiConsumer<? super String, ? super Ballot> action) {
            for (int i = 0; i < size; i++) {
                action.accept(voters[i], ballots[i]);
            }
        }
    }

    void close(Status s) {
        status = s;
    }
}
