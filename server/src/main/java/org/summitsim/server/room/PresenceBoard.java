package org.summitsim.server.room;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.protocol.Presence;
import org.summitsim.protocol.Wire;

/**
 * Who is where, as members are shown it: each seat's status and people, the spectators, and for
 * the facilitator every connection. Under pseudonyms peers see "Delegate 2 (Germany)", never a
 * name; the facilitator sees names. Sent to everyone whenever it changes. Room loop only.
 */
final class PresenceBoard {

    private final Room room;

    PresenceBoard(Room room) {
        this.room = room;
    }

    Presence presence(String rid, boolean facilitator) {
        List<Presence.SeatPresence> list = new ArrayList<>();
        for (Seat s : room.seats.values()) {
            String status = s.status();
            String fallback = null;
            if (status.equals("absent")) {
                fallback = s.agent != null
                        ? RoomOptions.DEFAULT
                        : s.graceEndsAt != null ? room.options.absent() : RoomOptions.OPEN;
            }
            list.add(new Presence.SeatPresence(
                    s.id,
                    status,
                    s.humans.size(),
                    s.humans.stream().map(h -> shownName(h, facilitator)).toList(),
                    s.graceEndsAt,
                    fallback,
                    s.bot));
        }
        int spectators = 0;
        List<Presence.PlayerEntry> players = facilitator ? new ArrayList<>() : null;
        for (Member m : room.members.values()) {
            spectators += m.role == Member.Role.SPECTATOR ? 1 : 0;
            if (players != null) {
                players.add(new Presence.PlayerEntry(
                        m.player, m.name, m.roleName(), m.seat, m.program ? Boolean.TRUE : null));
            }
        }
        return new Presence(rid, list, spectators, players);
    }

    /** A member's name as {@code facilitator} or everyone else sees it (pseudonyms hide it from peers). */
    String shownName(Member m, boolean facilitator) {
        if (facilitator || !room.options.pseudonymous() || m.seat == null) {
            return m.name;
        }
        String delegation = room.scenario.nameOf(m.seat);
        return "Delegate " + m.delegate + " (" + delegation + ")";
    }

    /** How peers see {@code m} under pseudonyms; for those without a seat, an example. */
    String alias(Member m) {
        if (m.seat != null) {
            return shownName(m, false);
        }
        String first = room.scenario.playable().isEmpty()
                ? "Northland"
                : room.scenario.playable().get(0).name();
        return "Delegate 1 (" + first + ")";
    }

    /** Who is here changed: votes waiting for people look again, and everyone is sent the new presence. */
    void changed() {
        room.peopleChanged();
        byte[] pub = Wire.encode(presence(null, false));
        byte[] fac = Wire.encode(presence(null, true));
        room.fanOut.toEach(m -> m.role == Member.Role.FACILITATOR ? fac : pub);
        room.updateSummary();
    }
}
