package org.summitsim.core.view;

/** Who is looking: a delegation's seat, a spectator (public only) or the facilitator. */
public record Viewer(Kind kind, String seat) {

    public enum Kind {
        SEAT,
        SPECTATOR,
        FACILITATOR
    }

    public static final Viewer SPECTATOR = new Viewer(Kind.SPECTATOR, null);
    public static final Viewer FACILITATOR = new Viewer(Kind.FACILITATOR, null);

    public static Viewer seat(String delegationId) {
        return new Viewer(Kind.SEAT, delegationId);
    }

    public boolean is(String delegationId) {
        return kind == Kind.SEAT && seat.equals(delegationId);
    }
}
