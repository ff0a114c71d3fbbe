package org.summitsim.server.room;

import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;
import org.summitsim.protocol.Clock;
import org.summitsim.protocol.StageText;

/**
 * Turns the core's phase lengths into an absolute deadline. It is a fold over the events and
 * the times they were recorded, so a room restored from its journal gets its deadline back.
 */
final class PhaseClock {

    private Stage stage = Stage.LOBBY;
    private boolean paused;
    private boolean timed;
    private Long deadline;
    private long remainingMs;
    /** When the current phase started, by the room's clock. */
    private long startedAt;

    /** Folds one event recorded at {@code time}; true when the deadline may have changed. */
    boolean apply(Event event, long time) {
        if (event instanceof Event.PhaseStarted e) {
            stage = e.stage();
            startedAt = time;
            timed = e.seconds() > 0
                    && e.stage().phase() != Phase.LOBBY
                    && e.stage().phase() != Phase.RESULTS;
            if (!timed) {
                deadline = null;
                remainingMs = 0;
            } else if (paused) {
                deadline = null;
                remainingMs = e.seconds() * 1000L;
            } else {
                deadline = time + e.seconds() * 1000L;
            }
            return true;
        }
        if (event instanceof Event.PhaseExtended e) {
            if (!timed) {
                return false;
            }
            if (paused) {
                remainingMs = Math.max(0, remainingMs + e.seconds() * 1000L);
            } else if (deadline != null) {
                deadline = Math.max(time, deadline + e.seconds() * 1000L);
            }
            return true;
        }
        if (event instanceof Event.Paused) {
            paused = true;
            if (deadline != null) {
                remainingMs = Math.max(0, deadline - time);
                deadline = null;
            }
            return true;
        }
        if (event instanceof Event.Resumed) {
            paused = false;
            if (timed) {
                deadline = time + remainingMs;
            }
            return true;
        }
        return false;
    }

    /** The absolute deadline, or null when there is none (lobby, results, paused). */
    Long deadline() {
        return deadline;
    }

    Stage stage() {
        return stage;
    }

    /** When the current phase started, by the room's clock (0 before the first). */
    long startedAt() {
        return startedAt;
    }

    boolean paused() {
        return paused;
    }

    Clock message(String id, long now) {
        Long remaining = deadline != null
                ? Long.valueOf(Math.max(0, deadline - now))
                : paused && timed ? Long.valueOf(remainingMs) : null;
        return new Clock(id, StageText.format(stage), paused, deadline, remaining, now);
    }
}
