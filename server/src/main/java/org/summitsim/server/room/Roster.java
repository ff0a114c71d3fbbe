package org.summitsim.server.room;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.RejectionCode;
import org.summitsim.core.rules.Verdict;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Wire;
import org.summitsim.protocol.journal.JournalRecord;

/**
 * Who comes into a room and at which seat: entering (join, resume, create), claiming a seat by
 * join code or by token, and leaving it. A seat whose player left is held for them for a grace
 * period ({@link ReconnectGrace}); taking an abandoned one hands it over ({@link SeatTokens}).
 * Room loop only.
 */
public final class Roster {

    /** How a connection enters: its role, the seat (chosen, or from a token), and what it saw last. */
    /** {@code program}: a program plays the seat (the join's {@code bot}); the room paces it as its own bots. */
    public record Entry(
            Member.Role role,
            String seat,
            boolean byToken,
            String name,
            Long lastSeq,
            Runnable onRefused,
            boolean program) {

        public Entry(Member.Role role, String seat, boolean byToken, String name, Long lastSeq, Runnable onRefused) {
            this(role, seat, byToken, name, lastSeq, onRefused, false);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Roster.class);

    private final Room room;

    Roster(Room room) {
        this.room = room;
    }

    void enter(MemberLink conn, Entry e, String rid) {
        if (!conn.isOpen()) {
            e.onRefused().run();
            return;
        }
        Seat seat = null;
        try {
            if (room.closing()) {
                throw new ProtocolError(ErrorCodes.ROOM_CLOSED, "This room is not available now.");
            }
            if (e.role() == Member.Role.PLAYER) {
                seat = pickSeat(e);
            }
        } catch (ProtocolError err) {
            LOG.debug("room {}: refused entry of {}: {}", room.id, conn.remote(), err.code());
            e.onRefused().run();
            room.fanOut.reply(conn, Wire.error(rid, err));
            return;
        }
        Member m = new Member(
                "p" + room.nextPlayer(),
                conn,
                e.name() == null ? "" : e.name(),
                e.role(),
                seat == null ? null : seat.id);
        m.program = seat != null && e.program();
        room.members.put(m.player, m);
        if (seat != null) {
            if (!e.byToken() && seat.abandoned()) {
                // A new player: the one who left keeps no way back in, and reads on only if the room says so.
                room.tokens.handOver(seat, RoomOptions.HANDOVER_FRESH.equals(room.options.handoverOrDefault()));
            }
            takeSeat(seat, m);
        }
        conn.enteredRoom(room, m);
        conn.onClose(() -> room.execute(() -> depart(m)));
        room.welcomes.welcome(m, rid, e.lastSeq() == null ? null : Math.max(0, e.lastSeq()));
        room.presence.changed();
    }

    private Seat pickSeat(Entry e) {
        if (!e.byToken()) {
            refuseSeatIfOver();
        }
        if (e.seat() != null) {
            Seat s = seat(e.seat());
            if (!e.byToken() && !s.free()) {
                throw new ProtocolError(ErrorCodes.SEAT_TAKEN, takenMessage(s));
            }
            if (!e.byToken() && s.abandoned() && !openToCode()) {
                throw new ProtocolError(
                        ErrorCodes.SEAT_TAKEN,
                        "The seat " + s.id + " was left by its player; only"
                                + " the facilitator can give it to someone new. Ask them to seat you, or choose a free seat.");
            }
            return s;
        }
        for (Seat s : room.seats.values()) {
            if (s.free() && s.agent == null && !s.everTaken) {
                return s;
            }
        }
        for (Seat s : room.seats.values()) {
            if (s.free() && (!s.abandoned() || openToCode())) {
                return s;
            }
        }
        throw new ProtocolError(
                ErrorCodes.ROOM_FULL,
                "Every seat is taken. Join to watch, or ask your teacher (whoever runs the summit) to seat you.");
    }

    /**
     * Once the summit has ended no one new takes a seat, a bot's, an empty or an abandoned one: it
     * would be credited with a game it did not play. Its own players still come back with the
     * seat's token (resume) to read the results.
     */
    private void refuseSeatIfOver() {
        if (room.match().state().over()) {
            throw new ProtocolError(
                    RejectionCode.MATCH_OVER.wire(),
                    "The summit has ended, so its seats are closed. You can still watch the results as a"
                            + " spectator, and whoever played a seat comes back to it with that seat's key.");
        }
    }

    /** The seat {@code id}, or the refusal that names the seats there are. */
    Seat seat(String id) {
        Seat s = id == null ? null : room.seats.get(id);
        if (s == null) {
            throw new ProtocolError(
                    ErrorCodes.UNKNOWN_SEAT,
                    "There is no seat \"" + id + "\". Seats: " + String.join(", ", room.seats.keySet()) + ".");
        }
        return s;
    }

    /** Whether anyone with the join code may take a seat its player abandoned. */
    private boolean openToCode() {
        return !RoomOptions.HANDOVER_FACILITATOR.equals(room.options.handoverOrDefault());
    }

    /** Why a seat cannot be joined by code: held by players now, or kept for one who left. */
    private String takenMessage(Seat s) {
        String name = room.scenario.nameOf(s.id);
        if (s.humans.isEmpty() && s.graceEndsAt != null) {
            long seconds = Math.max(1, (s.graceEndsAt - room.now() + 999) / 1000);
            return "The seat of " + name + " is waiting for its player, who has left: it stays theirs for "
                    + seconds + " s more. If that is you, run the same command on the computer you played on"
                    + " (it remembers your seat), or choose another delegation.";
        }
        return "The seat of " + name + " is taken: someone plays it already. Choose another delegation, or ask"
                + " your teacher (whoever runs the summit) to seat you, with the others if you should play "
                + name + " together.";
    }

    /** {@code m} sits at {@code s}: a person plays it now, so no grace and no agent. */
    void takeSeat(Seat s, Member m) {
        s.cancelGrace();
        s.programAway = false;
        boolean fromAgent = s.agent != null;
        if (!s.hasHumans()) {
            s.botBefore = s.bot; // what the first person took the seat over from: a bot, or nobody
        }
        room.agents.remove(s);
        if (fromAgent) {
            // After this join's welcome: no event may reach a connection before it is in the room.
            room.execute(() -> notDoneAnyMore(s));
        }
        m.delegate = firstFreeDelegateNumber(s);
        s.humans.add(m);
        if (!s.everTaken) {
            s.everTaken = true;
            room.journal.append(new JournalRecord.SeatTaken(s.id, room.now()));
        }
        if (m.name != null && !m.name.isBlank() && s.namesRecorded.add(m.name)) {
            room.journal.append(
                    new JournalRecord.PlayerSeated(s.id, m.name, room.now(), m.program ? Boolean.TRUE : null));
        }
    }

    /**
     * A bot (or the stand-in for an absent player) may have said the seat is done with this phase;
     * the person taking it over has not, so the phase must not end on the bot's word.
     */
    private void notDoneAnyMore(Seat s) {
        MatchState state = room.match().state();
        if (state.over() || !state.ready().contains(s.id)) {
            return;
        }
        Verdict v = room.submit(new Move(Actor.HOST, state.stage(), new Command.Unready(s.id)));
        if (!v.accepted()) {
            LOG.debug(
                    "room {}: {} not marked as not done: {}",
                    room.id,
                    s.id,
                    v.rejection().code());
        }
    }

    /** Pseudonyms number a seat's humans 1, 2, ...; a number stays with its holder while connected. */
    private static int firstFreeDelegateNumber(Seat s) {
        int n = 1;
        while (true) {
            int candidate = n;
            if (s.humans.stream().noneMatch(h -> h.delegate == candidate)) {
                return n;
            }
            n++;
        }
    }

    /** {@code m} leaves its seat; the last one out starts the seat's grace period. */
    void leaveSeat(Member m) {
        Seat s = m.seat == null ? null : room.seats.get(m.seat);
        if (s == null) {
            return;
        }
        s.humans.remove(m);
        if (!s.hasHumans()) {
            s.programAway = m.program;
            room.grace.start(s);
        }
    }

    /** The connection closed. */
    void depart(Member m) {
        if (m.gone) {
            return;
        }
        m.gone = true;
        room.members.remove(m.player);
        if (m.role == Member.Role.PLAYER) {
            leaveSeat(m);
        }
        room.presence.changed();
    }

    void leave(Member m, String rid) {
        depart(m);
        room.fanOut.reply(m, Wire.encode(new ServerMessage.Left(rid, room.id)));
        m.connection.backToLobby();
    }
}
