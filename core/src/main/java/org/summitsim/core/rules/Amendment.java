package org.summitsim.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A proposal to change one clause to one option, with its sponsors and votes. */
public final class Amendment {

    public enum Status { OPEN, ADOPTED, REJECTED, WITHDRAWN }

    private final String id;
    private final String proposer;
    private final String clause;
    private final String option;
    private final String rationale;
    private final int round;
    private final Set<String> cosponsors = new LinkedHashSet<>();
    private final Map<String, Ballot> votes = new LinkedHashMap<>();
    private Status status = Status.OPEN;
    private Snapshot snapshot;

    /** Immutable copies of the sponsors and votes, made once per change rather than per view. */
    public record Snapshot(java.util.List<String> cosponsors, Map<String, Ballot> votes) {
    }

    Amendment(String id, String proposer, String clause, String option, String rationale, int round) {
        this.id = id;
        this.proposer = proposer;
        this.clause = clause;
        this.option = option;
        this.rationale = rationale;
        this.round = round;
    }

    public String id() { return id; }
    public String proposer() { return proposer; }
    public String clause() { return clause; }
    public String option() { return option; }
    public String rationale() { return rationale; }
    public int round() { return round; }
    /** Co-sponsors in the order they signed on (a copy). */
    public Set<String> cosponsors() { return Collections.unmodifiableSet(new LinkedHashSet<>(cosponsors)); }
    /** Votes in the order they were cast (a copy). */
    public Map<String, Ballot> votes() { return Collections.unmodifiableMap(new LinkedHashMap<>(votes)); }
    public Status status() { return status; }
    public boolean isOpen() { return status == Status.OPEN; }

    public boolean hasVoted(String seat) {
        return votes.containsKey(seat);
    }

    public boolean isSponsor(String seat) {
        return proposer.equals(seat) || cosponsors.contains(seat);
    }

    /** Sponsors count as support; a seat's own vote otherwise; no vote is an abstention. */
    public Ballot stanceOf(String seat) {
        if (isSponsor(seat)) {
            return Ballot.SUPPORT;
        }
        return votes.get(seat);
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
            snapshot = new Snapshot(java.util.List.copyOf(cosponsors),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(votes)));
        }
        return snapshot;
    }

    void addCosponsor(String seat) { cosponsors.add(seat); snapshot = null; }
    void addVote(String seat, Ballot ballot) { votes.put(seat, ballot); snapshot = null; }
    void close(Status s) { status = s; }
}
