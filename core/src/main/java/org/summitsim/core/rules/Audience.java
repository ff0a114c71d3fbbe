package org.summitsim.core.rules;

import java.util.List;

/**
 * Who an event is for, as the event itself declares it ({@link Event#audience()}). The rules of
 * docs/RULES.md, "Who sees what", in three reaches; {@code org.summitsim.core.view.Visibility}
 * turns a reach into yes or no for each viewer.
 *
 * @param reach how far the event goes
 * @param seats the delegations it is for when it is not public (empty when it is)
 */
public record Audience(Reach reach, List<String> seats) {

    public enum Reach {
        /** Every seat, every spectator and the facilitator. */
        PUBLIC,
        /**
         * Private talk and deals: the seats that are party to it, and the facilitator when the
         * room lets the facilitator read private channels.
         */
        PARTIES,
        /**
         * The one seat and the facilitator (always): a sealed decision, until the reveal, or the
         * facilitator's mute of that seat.
         */
        SEALED
    }

    public static final Audience PUBLIC = new Audience(Reach.PUBLIC, List.of());

    public Audience {
        seats = List.copyOf(seats);
    }

    public static Audience parties(List<String> seats) {
        return new Audience(Reach.PARTIES, seats);
    }

    public static Audience parties(String a, String b) {
        return new Audience(Reach.PARTIES, List.of(a, b));
    }

    public static Audience sealed(String seat) {
        return new Audience(Reach.SEALED, List.of(seat));
    }

    /** Whether only some seats (and perhaps the facilitator) may see the event. */
    public boolean isPrivate() {
        return reach != Reach.PUBLIC;
    }
}
