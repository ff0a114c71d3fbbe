package org.summitsim.server.room;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Verdict;
import org.summitsim.protocol.Clock;

/**
 * Ends a timed phase when its time is up: keeps the room's {@link PhaseClock} and one timer for
 * its deadline, and when the timer fires submits the host's {@code deadline} move. Room loop only.
 */
final class PhaseDeadline {

    private static final Logger LOG = LoggerFactory.getLogger(PhaseDeadline.class);

    private final Room room;
    private final PhaseClock clock = new PhaseClock();
    private RoomClock.Timer timer;

    PhaseDeadline(Room room) {
        this.room = room;
    }

    /** Folds one event recorded at {@code time}; true when the deadline may have changed. */
    boolean apply(Event event, long time) {
        return clock.apply(event, time);
    }

    /** Sets the timer for the deadline as it stands now (none in the lobby, results, a pause). */
    void reschedule() {
        cancel();
        Long deadline = clock.deadline();
        if (deadline == null || room.match().state().over() || room.shuttingDown()) {
            return;
        }
        timer = room.clock().schedule(() -> room.run(this::reached), deadline - room.now());
    }

    void cancel() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private void reached() {
        timer = null;
        Long deadline = clock.deadline();
        if (deadline == null || room.match().state().over() || room.closing()) {
            return;
        }
        if (room.now() < deadline) {
            reschedule(); // not yet due by the room's clock, which the deadline is in: wait on
            return;
        }
        Verdict v = room.submit(new Move(Actor.HOST, room.match().state().stage(), new Command.Deadline()));
        if (!v.accepted()) {
            LOG.debug("room {}: deadline refused: {}", room.id, v.rejection().code());
        }
    }

    /** When the phase ends by the room's clock, or null when it has no deadline (lobby, results, a pause). */
    Long at() {
        return clock.deadline();
    }

    /** When the current phase started, by the room's clock. */
    long startedAt() {
        return clock.startedAt();
    }

    /** The clock as members are told it, in reply to {@code rid} (null: not a reply). */
    Clock message(String rid) {
        return message(rid, room.now());
    }

    /** As {@link #message(String)}, as of {@code now}: what goes with events recorded then. */
    Clock message(String rid, long now) {
        return clock.message(rid, now);
    }
}
