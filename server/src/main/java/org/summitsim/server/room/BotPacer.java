package org.summitsim.server.room;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Hands out bots' turns in a room where people play. Left alone, every bot woken by the same
 * news acts a thinking time later, all in the same instant: two dozen opening speeches in one
 * burst, nobody can read them. Here one bot acts at a time, at least the pace's gap after the
 * last one that did something (a turn with nothing to do costs no time), so what bots say
 * arrives as a stream and no two bots speak in the same second. A turn that answers a person
 * goes first: a person who writes to a bot should not wait behind a queue of bots. In a room
 * of bots alone a turn simply runs when its time comes, as fast as the bots think.
 */
final class BotPacer {

    /** A turn waiting: {@code turn} says whether the bot did anything. */
    private record Waiting(long readyAt, boolean urgent, long order, BooleanSupplier turn) {}

    private final Room room;
    private final Pace pace;
    private final Map<Object, Waiting> waiting = new LinkedHashMap<>();
    private long lastActed = Long.MIN_VALUE / 2;
    private long order;
    private RoomClock.Timer timer;

    BotPacer(Room room, Pace pace) {
        this.room = room;
        this.pace = pace;
    }

    /** Whether bots are paced now: some seat is played by a person. */
    boolean paced() {
        return room.seats.values().stream().anyMatch(room.agents::playedByPerson);
    }

    long spreadMs() {
        return pace.spreadMs();
    }

    /**
     * A turn for {@code who} (one waiting turn each), {@code delayMs} from now at the earliest.
     * An urgent request replaces one that is not.
     */
    void request(Object who, long delayMs, boolean urgent, BooleanSupplier turn) {
        if (!paced()) {
            room.clock().schedule(() -> room.run(turn::getAsBoolean), delayMs);
            return;
        }
        long readyAt = room.now() + delayMs;
        Waiting before = waiting.get(who);
        if (before != null) {
            readyAt = Math.min(readyAt, before.readyAt());
        }
        waiting.put(who, new Waiting(readyAt, urgent || before != null && before.urgent(), order++, turn));
        plan();
    }

    void stop() {
        waiting.clear();
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private void plan() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        long earliest = Long.MAX_VALUE;
        for (Waiting w : waiting.values()) {
            earliest = Math.min(earliest, w.readyAt());
        }
        if (earliest == Long.MAX_VALUE) {
            return;
        }
        long at = Math.max(earliest, lastActed + pace.gapMs());
        timer = room.clock().schedule(() -> room.run(this::dispatch), Math.max(0, at - room.now()));
    }

    private void dispatch() {
        timer = null;
        long now = room.now();
        // Turns that do nothing pass at once; the first that acts holds the floor for the gap.
        while (now >= lastActed + pace.gapMs()) {
            Object next = next(now);
            if (next == null) {
                break;
            }
            Waiting w = waiting.remove(next);
            if (w.turn().getAsBoolean()) {
                lastActed = now;
            }
        }
        plan();
    }

    /** The turn to run now: an answer to a person first, then the one ready longest. */
    private Object next(long now) {
        Object best = null;
        Waiting bestWaiting = null;
        for (var e : new ArrayList<>(waiting.entrySet())) {
            Waiting w = e.getValue();
            if (w.readyAt() > now) {
                continue;
            }
            if (bestWaiting == null
                    || w.urgent() && !bestWaiting.urgent()
                    || w.urgent() == bestWaiting.urgent()
                            && (w.readyAt() < bestWaiting.readyAt()
                                    || w.readyAt() == bestWaiting.readyAt() && w.order() < bestWaiting.order())) {
                best = e.getKey();
                bestWaiting = w;
            }
        }
        return best;
    }
}
