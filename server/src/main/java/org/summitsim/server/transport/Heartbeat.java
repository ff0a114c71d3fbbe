package org.summitsim.server.transport;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.concurrent.AbstractScheduledEventExecutor;
import io.netty.util.concurrent.Ticker;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tells the {@link Connection} (with {@link IdleStateEvent#WRITER_IDLE_STATE_EVENT}) when nothing
 * has been written to the client for a heartbeat period, so it sends a {@code ping}. Netty's
 * {@code IdleStateHandler} does the same, but it watches each write by putting a listener on its
 * promise: a promise and two listeners made and notified for every message sent, about a tenth
 * of the server's Java CPU samples at a room's full fan-out (docs/PERFORMANCE.md). This notes the
 * time as writes pass by instead.
 */
final class Heartbeat extends ChannelDuplexHandler {

    private final long periodNanos;
    private Ticker ticker = Ticker.systemTicker();
    private long lastWrite;
    private ScheduledFuture<?> timer;

    Heartbeat(long periodMs) {
        this.periodNanos = TimeUnit.MILLISECONDS.toNanos(periodMs);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive() && ctx.channel().isRegistered()) {
            start(ctx);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        start(ctx);
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        stop();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        stop();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        lastWrite = ticker.nanoTime();
        ctx.write(msg, promise);
    }

    private void start(ChannelHandlerContext ctx) {
        if (timer == null && periodNanos > 0) {
            // The loop's own clock: a test's loop can stop and move it.
            if (ctx.executor() instanceof AbstractScheduledEventExecutor loop) {
                ticker = loop.ticker();
            }
            lastWrite = ticker.nanoTime();
            timer = ctx.executor().schedule(() -> check(ctx), periodNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void check(ChannelHandlerContext ctx) {
        if (timer == null || !ctx.channel().isOpen()) {
            return;
        }
        long quiet = ticker.nanoTime() - lastWrite;
        if (quiet >= periodNanos) {
            lastWrite = ticker.nanoTime();
            timer = ctx.executor().schedule(() -> check(ctx), periodNanos, TimeUnit.NANOSECONDS);
            ctx.fireUserEventTriggered(IdleStateEvent.WRITER_IDLE_STATE_EVENT);
        } else {
            timer = ctx.executor().schedule(() -> check(ctx), periodNanos - quiet, TimeUnit.NANOSECONDS);
        }
    }

    private void stop() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
