package org.summitsim.core.rules;

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

    void settle(Status s) { status = s; }
}
