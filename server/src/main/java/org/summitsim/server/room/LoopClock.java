package org.summitsim.server.room;

import io.netty.channel.EventLoop;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** A {@link RoomClock} on a Netty event loop and the wall clock: the room's clock in production. */
public record LoopClock(EventLoop loop, LongSupplier wallClock) implements RoomClock {

    @Override
    public long now() {
        return wallClock.getAsLong();
    }

    @Override
    public void execute(Runnable task) {
        loop.execute(task);
    }

    @Override
    public boolean inRoomThread() {
        return loop.inEventLoop();
    }

    @Override
    public Optional<EventLoop> eventLoop() {
        return Optional.of(loop);
    }

    @Override
    public Timer schedule(Runnable task, long delayMs) {
        var future = loop.schedule(task, Math.max(0, delayMs), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }
}
