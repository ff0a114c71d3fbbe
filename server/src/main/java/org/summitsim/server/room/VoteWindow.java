package org.summitsim.server.room;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Amendment;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Verdict;

/**
 * Closes votes in a room whose settings leave that to the host. The core's rule stays: a vote
 * closes once every delegation has a stance. But while people play, it also waits until the
 * amendment has been on the table for the room's window, unless every person has voted: bots
 * vote in a second, and a person needs time to lobby for (or against) a wording. A proposer's
 * own sponsorship is not a vote here, so a person's own amendment stays open the whole window
 * (the chair can still call it). The window counts from the time the amendment was tabled, as
 * recorded, so a restored room keeps it.
 */
final class VoteWindow {

    private static final Logger LOG = LoggerFactory.getLogger(VoteWindow.class);

    private final Room room;
    private final long windowMs;
    private final Map<String, Long> tabledAt = new HashMap<>();
    private RoomClock.Timer timer;
    private boolean queued;

    VoteWindow(Room room, int windowSeconds) {
        this.room = room;
        this.windowMs = windowSeconds * 1000L;
    }

    /** Folds one event recorded at {@code time}. */
    void apply(Event event, long time) {
        if (event instanceof Event.AmendmentProposed p) {
            tabledAt.put(p.amendment(), time);
        }
    }

    /** When amendment {@code id} was tabled, as recorded; null if this room did not see it tabled. */
    Long tabledAt(String id) {
        return tabledAt.get(id);
    }

    /** Something changed (a vote, a person, the clock): look again, after what is running now. */
    void changed() {
        if (queued || !room.match().state().settings().votesWaitForHost()) {
            return;
        }
        queued = true;
        room.execute(() -> {
            queued = false;
            check();
        });
    }

    void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private void check() {
        stop();
        MatchState state = room.match().state();
        if (state.over() || state.paused() || room.closing() || state.stage().phase() != Phase.ROUND) {
            return;
        }
        long now = room.now();
        long next = Long.MAX_VALUE;
        for (Amendment a : List.copyOf(state.openAmendments())) {
            if (!everyoneHasAStance(state, a)) {
                continue; // as in the core: it waits for the rest, or the end of the round
            }
            long due = tabledAt.getOrDefault(a.id(), 0L) + windowMs;
            if (now >= due || everyPersonVoted(a)) {
                close(a);
            } else {
                next = Math.min(next, due);
            }
        }
        if (next != Long.MAX_VALUE) {
            timer = room.clock().schedule(() -> room.run(this::check), next - now);
        }
    }

    private static boolean everyoneHasAStance(MatchState state, Amendment a) {
        for (String s : state.seats()) {
            if (a.stanceOf(s) == null) {
                return false;
            }
        }
        return true;
    }

    /** Every person seated has voted or co-sponsored; true when nobody is (bots alone wait for no one). */
    private boolean everyPersonVoted(Amendment a) {
        for (Seat s : room.seats.values()) {
            if (room.agents.playedByPerson(s)
                    && !a.hasVoted(s.id)
                    && (a.proposer().equals(s.id) || !a.isSponsor(s.id))) {
                return false;
            }
        }
        return true;
    }

    private void close(Amendment a) {
        if (!a.isOpen()) {
            return;
        }
        Verdict v = room.submit(new Move(Actor.HOST, room.match().state().stage(), new Command.CallVote(a.id())));
        if (!v.accepted()) {
            LOG.debug(
                    "room {}: closing the vote on {} refused: {}",
                    room.id,
                    a.id(),
                    v.rejection().code());
        }
    }
}
