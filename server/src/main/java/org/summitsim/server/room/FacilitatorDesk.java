package org.summitsim.server.room;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.core.rules.RejectionCode;
import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Wire;

/**
 * The facilitator's room operations (not match commands, which go to the rules): fill seats with
 * bots or take one off, move a person to another seat or to the spectators, kick someone, reset
 * a seat's token. Each is acknowledged and followed by the new presence. Room loop only.
 */
final class FacilitatorDesk {

    private final Room room;

    FacilitatorDesk(Room room) {
        this.room = room;
    }

    /** Runs operation {@code msg} from facilitator {@code f}; anything else is not allowed in a room. */
    void operate(Member f, String rid, ClientMessage msg) {
        if (msg instanceof ClientMessage.FillBots b) {
            fillBots(b);
        } else if (msg instanceof ClientMessage.RemoveBot b) {
            Seat s = seat(b.seat());
            s.botBefore = null; // taken off on purpose: it does not come back on its own
            if (s.bot != null) {
                room.agents.remove(s);
                if (s.everTaken && !s.hasHumans()) {
                    room.grace.start(s);
                }
            }
        } else if (msg instanceof ClientMessage.MovePlayer mp) {
            move(member(mp.player()), mp.seat(), !Boolean.FALSE.equals(mp.history()));
        } else if (msg instanceof ClientMessage.Kick k) {
            kick(member(k.player()), k.reason());
        } else if (msg instanceof ClientMessage.ResetToken r) {
            room.tokens.reset(seat(r.seat()));
        } else {
            throw new ProtocolError(ErrorCodes.ALREADY_IN_ROOM, "You are in a room; send leave first.");
        }
        room.fanOut.reply(f, Wire.encode(new ServerMessage.Ack(rid, null)));
        room.presence.changed();
    }

    private void fillBots(ClientMessage.FillBots b) {
        String strategy = b.strategy() == null ? room.options.bot() : b.strategy();
        if (!room.ctx.bots().exists(strategy)) {
            throw new ProtocolError(
                    ErrorCodes.BOT_UNAVAILABLE,
                    "There is no bot strategy \"" + strategy + "\". Strategies: "
                            + String.join(", ", room.ctx.bots().strategies()) + ".");
        }
        if (room.match().state().over()) {
            throw new ProtocolError("match_over", "The summit is over; there is nothing left for bots to play.");
        }
        List<Seat> targets = new ArrayList<>();
        if (b.seats() == null) {
            room.seats.values().stream()
                    .filter(s -> !s.hasHumans() && s.bot == null)
                    .forEach(targets::add);
        } else {
            for (String id : b.seats()) {
                Seat s = seat(id);
                if (s.hasHumans()) {
                    throw new ProtocolError(
                            ErrorCodes.SEAT_TAKEN,
                            "The seat " + s.id + " has players; a bot only" + " takes a seat with nobody on it.");
                }
                targets.add(s);
            }
        }
        for (Seat s : targets) {
            s.cancelGrace();
            room.agents.attachBot(s, strategy, true);
        }
    }

    private void move(Member m, String seatId, boolean history) {
        if (m.role == Member.Role.FACILITATOR) {
            throw new ProtocolError(ErrorCodes.FORBIDDEN, "A facilitator cannot be moved to a seat.");
        }
        Seat target = seatId == null ? null : seat(seatId);
        if (target != null && !target.id.equals(m.seat) && room.match().state().over()) {
            // As for join: a seat after the end would credit its newcomer with a game they did not play.
            throw new ProtocolError(
                    RejectionCode.MATCH_OVER.wire(),
                    "The summit has ended, so its seats are closed: nobody new takes one now. To let " + m.name
                            + " watch the results, move them to watching only.");
        }
        Seat left = null;
        if (m.role == Member.Role.PLAYER) {
            if (target != null && target.id.equals(m.seat)) {
                return;
            }
            left = seat(m.seat);
            room.roster.leaveSeat(m);
        }
        if (target == null) {
            m.role = Member.Role.SPECTATOR;
            m.seat = null;
        } else {
            m.role = Member.Role.PLAYER;
            m.seat = target.id;
            if (target.abandoned()) {
                room.tokens.handOver(target, !history); // the facilitator chose this player, and whether they read on
            }
            room.roster.takeSeat(target, m);
        }
        room.welcomes.welcome(m, null, null);
        if (left != null) {
            room.carryMute(left.id, target == null ? null : target.id);
            // The moved player still holds the old seat's token; a new one keeps them out of it.
            room.tokens.reset(left);
            room.grace.endNow(left);
        }
    }

    private void kick(Member m, String reason) {
        String farewell = reason == null || reason.isBlank() ? "The facilitator removed you from the room." : reason;
        // At once, not behind the journal: a bye acknowledges nothing stored, and a kicked
        // connection must not linger in the room waiting for the disk.
        m.connection.bye(ErrorCodes.KICKED, farewell);
        Seat kickedFrom = m.role == Member.Role.PLAYER ? seat(m.seat) : null;
        room.roster.depart(m);
        if (kickedFrom != null) {
            room.carryMute(kickedFrom.id, null);
            room.tokens.reset(kickedFrom);
            room.grace.endNow(kickedFrom);
        }
    }

    private Seat seat(String id) {
        return room.roster.seat(id);
    }

    private Member member(String player) {
        Member m = room.members.get(player);
        if (m == null) {
            throw new ProtocolError(
                    ErrorCodes.UNKNOWN_PLAYER,
                    "No connected player \"" + player + "\"; the presence list has the ids.");
        }
        return m;
    }
}
