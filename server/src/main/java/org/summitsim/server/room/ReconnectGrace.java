package org.summitsim.server.room;

/**
 * Holds a seat for the person who left it: for the room's grace period nobody may take it with
 * the join code, so a dropped connection can come back with its token. When the grace ends with
 * nobody back, the room's {@code absent} option says who plays on: a bot, the scenario's default
 * decision, or nobody (the seat stays open). Room loop only.
 */
final class ReconnectGrace {

    private final Room room;

    ReconnectGrace(Room room) {
        this.room = room;
    }

    /** The last person left {@code s} (or the room was restored with its player away): hold it for them. */
    void start(Seat s) {
        s.cancelGrace();
        if (room.match().state().over() || room.closing()) {
            return;
        }
        int grace = room.options.graceSeconds();
        s.graceEndsAt = room.now() + grace * 1000L;
        s.graceTimer = room.clock().schedule(() -> room.run(() -> over(s)), grace * 1000L);
    }

    /**
     * Nobody is coming back to {@code s}: the facilitator moved its last player elsewhere or
     * removed them, and its token is new. No grace holds the seat for someone who cannot return
     * to it: the bot the player had taken it over from comes back, or else the absent policy
     * applies, at once.
     */
    void endNow(Seat s) {
        if (s.graceTimer == null) {
            return;
        }
        s.cancelGrace();
        if (s.botBefore != null && !room.match().state().over() && !room.closing()) {
            room.agents.attachBot(s, s.botBefore, true);
            room.presence.changed();
        } else {
            over(s);
        }
    }

    private void over(Seat s) {
        s.graceTimer = null;
        s.graceEndsAt = null;
        if (s.hasHumans() || room.match().state().over() || room.closing()) {
            return;
        }
        switch (room.options.absent()) {
            case RoomOptions.BOT -> room.agents.attachBot(s, room.options.bot(), true);
            case RoomOptions.DEFAULT -> room.agents.attachFallback(s);
            default -> {}
        }
        room.presence.changed();
    }

    /** The match ended or the room is closing: nobody is waited for. */
    void cancelAll() {
        room.seats.values().forEach(Seat::cancelGrace);
    }
}
