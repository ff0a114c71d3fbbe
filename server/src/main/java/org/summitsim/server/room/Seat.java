package org.summitsim.server.room;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/** One delegation's place in a room: its token, its humans, a bot or fallback. Room loop only. */
final class Seat {

    final String id;
    String token;
    final List<Member> humans = new ArrayList<>();
    /** A bot or the default-decision fallback playing the seat, or null. */
    SeatAgent agent;
    /** The bot strategy when {@link #agent} is a bot; null for the fallback. */
    String bot;
    boolean everTaken;
    Long graceEndsAt;
    ScheduledFuture<?> graceTimer;

    Seat(String id, String token) {
        this.id = id;
        this.token = token;
    }

    boolean hasHumans() {
        return !humans.isEmpty();
    }

    /** Whether a new human may take it without a token: nobody is on it and no one is coming back. */
    boolean free() {
        return humans.isEmpty() && graceEndsAt == null;
    }

    String status() {
        if (!humans.isEmpty()) {
            return "present";
        }
        if (bot != null) {
            return "bot";
        }
        return everTaken ? "absent" : "empty";
    }

    void cancelGrace() {
        if (graceTimer != null) {
            graceTimer.cancel(false);
            graceTimer = null;
        }
        graceEndsAt = null;
    }
}
