package org.summitsim.server.room;

import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.bots.Strategies;
import org.summitsim.protocol.journal.JournalRecord;

/**
 * The bots and default-decision fallbacks that play seats nobody plays: putting one on a seat and
 * taking it off (journaled, for bots, so a restart puts the same bot back), and waking them after
 * news. Agents act after the events that wake them, never inside them. Room loop only.
 */
final class SeatAgents {

    private static final Logger LOG = LoggerFactory.getLogger(SeatAgents.class);

    private final Room room;
    private boolean wakeScheduled;
    /** How many seats have an agent: every event recorded asks, so it is counted, not looked for. */
    private int agents;

    SeatAgents(Room room) {
        this.room = room;
    }

    /**
     * Whether a person plays {@code s}: someone is connected to it, or its person is expected back
     * (in the grace period) and no agent has taken it. Pacing and vote windows are for them; a
     * program connected as a bot is not a person.
     */
    boolean playedByPerson(Seat s) {
        for (Member m : s.humans) {
            if (!m.program) {
                return true;
            }
        }
        return s.humans.isEmpty() && s.agent == null && s.graceEndsAt != null && !s.programAway;
    }

    /** As {@link #playedByPerson(Seat)}, by the seat's id; false for a seat the room does not have. */
    boolean playedByPerson(String seatId) {
        Seat s = room.seats.get(seatId);
        return s != null && playedByPerson(s);
    }

    /** Puts a bot of strategy {@code asked} on {@code s}; {@code journal} false when restoring one already journaled. */
    void attachBot(Seat s, String asked, boolean journal) {
        // "mixed" names a draw, not a strategy: the seat, its journal and the report keep what it drew.
        String strategy = Strategies.resolve(asked, s.id, room.match().state().seed());
        try {
            SeatAgent agent = room.ctx
                    .bots()
                    .create(strategy, room.scenario, s.id, room.match().state().seed());
            remove(s);
            s.agent = agent;
            agents++;
            s.bot = strategy;
            if (journal) {
                room.journal.append(new JournalRecord.BotTook(s.id, strategy, room.now()));
                room.carryMute(s.id, null); // the student muted there is gone
            }
            wake();
        } catch (RuntimeException e) {
            LOG.warn("Room {}: no bot \"{}\" for seat {}: {}", room.id, strategy, s.id, e.getMessage());
        }
    }

    /** Lets the scenario's default decision play {@code s} (not journaled: nothing to restore but the absence). */
    void attachFallback(Seat s) {
        if (s.agent == null) {
            agents++;
        }
        s.agent = new FallbackAgent();
        wake();
    }

    void remove(Seat s) {
        if (s.agent == null) {
            return;
        }
        s.agent.stop();
        if (s.bot != null) {
            room.journal.append(new JournalRecord.BotLeft(s.id, room.now()));
        }
        s.agent = null;
        agents--;
        s.bot = null;
    }

    /** Wakes every agent once, after what runs now (many events in a row wake them once). */
    void wake() {
        if (wakeScheduled || agents == 0) {
            return;
        }
        wakeScheduled = true;
        room.execute(() -> {
            wakeScheduled = false;
            for (Seat s : new ArrayList<>(room.seats.values())) {
                if (s.agent != null && !room.shuttingDown()) {
                    s.agent.wake(new AgentControl(room, s, s.agent));
                }
            }
        });
    }

    /** The room is closing: no agent acts again. */
    void stopAll() {
        room.seats.values().forEach(s -> {
            if (s.agent != null) {
                s.agent.stop();
            }
        });
    }
}
