package org.summitsim.server.room;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.rules.Phase;
import org.summitsim.protocol.ErrorCodes;

/**
 * Removes a room still in its lobby {@code lobbyMinutes} after it was created, so rooms nobody
 * starts (forgotten, or made to fill the server) do not hold places for good. Counted from
 * creation, so a restart does not give a room more time. Room loop only.
 */
final class LobbyExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(LobbyExpiry.class);

    private final Room room;
    private RoomClock.Timer timer;

    LobbyExpiry(Room room) {
        this.room = room;
    }

    /** Sets the timer, for a room (new or restored) still in its lobby. */
    void schedule() {
        if (!inLobby()) {
            return;
        }
        long at = room.created + room.options.lobbyMinutesOrDefault() * 60_000L;
        timer = room.clock().schedule(() -> room.run(this::expireIfUnstarted), at - room.now());
    }

    /** After new events: once the match has started the room never expires, and the timer need not wait for nothing. */
    void checkStarted() {
        if (timer != null && !inLobby()) {
            cancel();
        }
    }

    void cancel() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private boolean inLobby() {
        var state = room.match().state();
        return state.stage().phase() == Phase.LOBBY && !state.over();
    }

    private void expireIfUnstarted() {
        if (room.shuttingDown() || !inLobby()) {
            return;
        }
        LOG.info(
                "Room {} expired: it was never started within {} minutes",
                room.id,
                room.options.lobbyMinutesOrDefault());
        room.stop(
                ErrorCodes.ROOM_EXPIRED,
                "This room was never started and has expired; ask the facilitator for a new" + " join code.");
        room.ctx.tokens().remove(room.facilitatorToken);
        room.seats.values().forEach(s -> room.ctx.tokens().remove(s.token));
        room.ctx.expired().accept(room);
    }
}
