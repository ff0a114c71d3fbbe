package org.summitsim.core.rules;

import java.util.Locale;

/**
 * Who issues a command: a delegation's seat, the facilitator, or the host (timers).
 * Spectators issue no commands.
 */
public record Actor(Role role, String seat) {

    public enum Role {
        SEAT,
        FACILITATOR,
        HOST
    }

    public static final Actor FACILITATOR = new Actor(Role.FACILITATOR, null);
    public static final Actor HOST = new Actor(Role.HOST, null);

    public static Actor seat(String delegationId) {
        return new Actor(Role.SEAT, delegationId);
    }

    public boolean isSeat() {
        return role == Role.SEAT;
    }

    @Override
    public String toString() {
        return role == Role.SEAT ? seat : role.name().toLowerCase(Locale.ROOT);
    }
}
