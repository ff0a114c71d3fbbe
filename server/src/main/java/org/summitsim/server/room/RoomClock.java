package org.summitsim.server.room;

import io.netty.channel.EventLoop;
import java.util.Optional;

/**
 * A room's time and its one thread. Everything a room, its seats and its agents do runs through
 * this: the wall clock, tasks handed to the room's thread, and timers (deadlines, grace periods,
 * bot pacing, expiry). Production runs it on a Netty event loop ({@link LoopClock}); tests drive
 * it by hand, so timing rules are tested without waiting.
 */
public interface RoomClock {

    /** Milliseconds since the epoch, as the journal records them. */
    long now();

    /** Runs {@code task} on the room's thread, after what is already queued there. */
    void execute(Runnable task);

    /** Whether the caller is on the room's thread. */
    boolean inRoomThread();

    /** Runs {@code task} on the room's thread once {@code delayMs} have passed. */
    Timer schedule(Runnable task, long delayMs);

    /** The Netty loop the room runs on, if it runs on one (its members' channels move there). */
    default Optional<EventLoop> eventLoop() {
        return Optional.empty();
    }

    /** A scheduled task that has not run yet. */
    interface Timer {
        /** The task will not run; harmless once it has. */
        void cancel();
    }
}
