package org.summitsim.core.rules;

import java.util.Set;

/** A private offer between two delegations: {@code from} gives {@code give} if {@code to} gives {@code want}. */
public final class Deal {

    public enum Status { OFFERED, ACCEPTED, DECLINED }

    private final String id;
    private final String from;
    private final String to;
    private final Promise give;
    private final Promise want;
    private final String text;
    private Status status = Status.OFFERED;
    private Set<String> closedAtAcceptance = Set.of();

    Deal(String id, String from, String to, Promise give, Promise want, String text) {
        this.id = id;
        this.from = from;
        this.to = to;
        this.give = give;
        this.want = want;
        this.text = text;
    }

    public String id() { return id; }
    public String from() { return from; }
    public String to() { return to; }
    public Promise give() { return give; }
    public Promise want() { return want; }
    public String text() { return text; }
    public Status status() { return status; }

    public boolean involves(String seat) {
        return from.equals(seat) || to.equals(seat);
    }

    /**
     * The amendments whose votes had already closed (or that were withdrawn) when the deal was
     * accepted: a promise to support a wording does not reach back to them.
     */
    public Set<String> closedAtAcceptance() { return closedAtAcceptance; }

    void settle(Status s) { status = s; }

    void accept(Set<String> closedAmendments) {
        status = Status.ACCEPTED;
        closedAtAcceptance = Set.copyOf(closedAmendments);
    }
}
