package org.summitsim.server.room;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Event;
import org.summitsim.protocol.Clock;
import org.summitsim.protocol.Monitor;

/**
 * Builds the facilitator's {@link Monitor} from the room's log and its seats. Read from the log
 * (not counted as commands arrive) so it is the same after a restart and cannot drift from what
 * the journal says happened. Room loop only; a pass over the log is cheap next to a class's
 * few thousand events.
 */
final class ActivityMonitor {

    /** Counters for one seat while the log is read. */
    private static final class Tally {
        int floor;
        int messages;
        int caucusMessages;
        int amendments;
        int votes;
        int pledges;
        int deals;
        Long lastActedAt;
        boolean decided;

        Monitor.Counts counts() {
            return new Monitor.Counts(floor, messages, caucusMessages, amendments, votes, pledges, deals);
        }
    }

    private ActivityMonitor() {}

    static Monitor build(Room room, String requestId, List<Long> times, Clock clock, long now) {
        Match match = room.match();
        List<Event> log = match.log();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        room.seats.keySet().forEach(s -> tallies.put(s, new Tally()));
        long since = room.created;
        boolean started = false;
        Long endedAt = null;
        for (int i = 0; i < log.size(); i++) {
            Event e = log.get(i);
            long time = times.get(i);
            if (e instanceof Event.PhaseStarted && !started) {
                started = true;
                since = time;
            } else if (e instanceof Event.MatchEnded) {
                endedAt = time;
            }
            count(e, tallies);
            String actor = actor(e);
            Tally t = actor == null ? null : tallies.get(actor);
            if (t != null) {
                t.lastActedAt = time;
            }
        }
        // Idle time stops when the summit ends: a finished room has no one to draw in.
        long reference = endedAt != null ? endedAt : now;
        Set<String> ready = new HashSet<>(match.state().ready());
        List<Monitor.SeatActivity> seats = new ArrayList<>();
        List<String> notSpoken = new ArrayList<>();
        for (Seat s : room.seats.values()) {
            Tally t = tallies.get(s.id);
            long from = t.lastActedAt != null ? t.lastActedAt : since;
            List<Monitor.Player> players = s.humans.stream()
                    .map(h -> new Monitor.Player(h.player, h.name, h.program ? Boolean.TRUE : null))
                    .toList();
            String name = room.scenario.nameOf(s.id);
            String status = s.status();
            seats.add(new Monitor.SeatActivity(
                    s.id,
                    name,
                    status,
                    s.bot,
                    s.humans.size(),
                    players,
                    t.lastActedAt,
                    Math.max(0, (reference - from) / 1000),
                    ready.contains(s.id),
                    t.decided,
                    t.counts()));
            // Quiet students are the point: seats nobody has taken, or that a bot plays (the room's, or
            // a program connected as one), are left out.
            boolean student =
                    status.equals("present") ? s.humans.stream().anyMatch(h -> !h.program) : status.equals("absent");
            if (t.floor == 0 && student) {
                notSpoken.add(s.id);
            }
        }
        int spectators = (int) room.members.values().stream()
                .filter(m -> m.role == Member.Role.SPECTATOR)
                .count();
        return new Monitor(requestId, room.id, room.options.label(), clock, seats, notSpoken, spectators);
    }

    private static void count(Event e, Map<String, Tally> tallies) {
        if (e instanceof Event.FloorStatement f) {
            bump(tallies, f.seat(), t -> t.floor++);
        } else if (e instanceof Event.DirectMessage d) {
            bump(tallies, d.from(), t -> t.messages++);
        } else if (e instanceof Event.CaucusMessage c) {
            bump(tallies, c.from(), t -> t.caucusMessages++);
        } else if (e instanceof Event.AmendmentProposed p) {
            bump(tallies, p.seat(), t -> t.amendments++);
        } else if (e instanceof Event.VoteCast v) {
            bump(tallies, v.seat(), t -> t.votes++);
        } else if (e instanceof Event.PledgeMade p) {
            bump(tallies, p.seat(), t -> t.pledges++);
        } else if (e instanceof Event.DealOffered d) {
            bump(tallies, d.from(), t -> t.deals++);
        } else if (e instanceof Event.DealAccepted d) {
            bump(tallies, d.to(), t -> t.deals++);
        } else if (e instanceof Event.DelegationDecided d) {
            bump(tallies, d.seat(), t -> t.decided = true);
        } else if (e instanceof Event.DecisionsRevealed r) {
            // Seats that never decided get the default at the reveal; they did not decide themselves.
            r.decisions().forEach((seat, fd) -> bump(tallies, seat, t -> t.decided |= !fd.defaulted()));
        }
    }

    /** The seat whose own command caused {@code e}, or null for the chair, the clock and results. */
    static String actor(Event e) {
        if (e instanceof Event.FloorStatement x) {
            return x.seat();
        } else if (e instanceof Event.DirectMessage x) {
            return x.from();
        } else if (e instanceof Event.CaucusCreated x) {
            return x.founder();
        } else if (e instanceof Event.CaucusJoined x) {
            return x.invitedBy();
        } else if (e instanceof Event.CaucusLeft x) {
            return x.seat();
        } else if (e instanceof Event.CaucusMessage x) {
            return x.from();
        } else if (e instanceof Event.AmendmentProposed x) {
            return x.seat();
        } else if (e instanceof Event.AmendmentCosponsored x) {
            return x.seat();
        } else if (e instanceof Event.AmendmentWithdrawn x) {
            return x.seat();
        } else if (e instanceof Event.VoteCast x) {
            return x.seat();
        } else if (e instanceof Event.PledgeMade x) {
            return x.seat();
        } else if (e instanceof Event.DealOffered x) {
            return x.from();
        } else if (e instanceof Event.DealAccepted x) {
            return x.to();
        } else if (e instanceof Event.DealDeclined x) {
            return x.to();
        } else if (e instanceof Event.SeatReady x) {
            return x.seat();
        } else if (e instanceof Event.DecisionSealed x) {
            return x.seat();
        }
        return null;
    }

    private static void bump(Map<String, Tally> tallies, String seat, java.util.function.Consumer<Tally> change) {
        Tally t = seat == null ? null : tallies.get(seat);
        if (t != null) {
            change.accept(t);
        }
    }
}
