package org.summitsim.server.room;

import org.summitsim.protocol.journal.JournalRecord;
import org.summitsim.server.secret.Secrets;

/**
 * A seat's token, the secret that lets its player back in: replaced when the seat changes hands
 * or the facilitator resets it. Each new token is journaled and indexed, and the old one stops
 * working at once. Room loop only.
 */
final class SeatTokens {

    private final Room room;

    SeatTokens(Room room) {
        this.room = room;
    }

    /** The seat changes hands: a new token, and its earlier private talk hidden from now on when {@code fresh}. */
    void handOver(Seat s, boolean fresh) {
        s.hiddenThrough = fresh ? room.match().lastSeq() : 0;
        replace(s, s.hiddenThrough);
    }

    /** A new token for the seat; its players are welcomed again to learn it. */
    void reset(Seat s) {
        replace(s, null);
        s.humans.forEach(h -> room.welcomes.welcome(h, null, null));
    }

    /** A new token for the seat, journaled with {@code hiddenThrough} (null: unchanged); the old one stops working. */
    private void replace(Seat s, Long hiddenThrough) {
        String old = s.token;
        s.token = Secrets.token("st.");
        room.journal.append(new JournalRecord.TokenReset(s.id, s.token, room.now(), hiddenThrough));
        room.ctx.tokens().remove(old);
        room.ctx.tokens().put(s.token, room, s.id);
    }
}
