package org.summitsim.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's heartbeat on a loop whose clock the test moves: told after a quiet period; writes go on untouched. */
class HeartbeatTest {

    private final List<IdleState> told = new ArrayList<>();
    private final List<ChannelPromise> promisesBelow = new ArrayList<>();
    private EmbeddedChannel ch;

    @BeforeEach
    void connect() {
        ch = new EmbeddedChannel();
        ch.freezeTime();
        ch.pipeline()
                .addLast(
                        new ChannelOutboundHandlerAdapter() {
                            @Override
                            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                                promisesBelow.add(promise);
                                ctx.write(msg, promise);
                            }
                        },
                        new Heartbeat(100),
                        new ChannelInboundHandlerAdapter() {
                            @Override
                            public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
                                told.add(((IdleStateEvent) evt).state());
                            }
                        });
    }

    private void after(long ms) {
        ch.advanceTimeBy(ms, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
    }

    @Test
    void aQuietConnectionIsToldOncePerPeriod() {
        after(99);
        assertThat(told).isEmpty();
        after(1);
        assertThat(told).containsExactly(IdleState.WRITER_IDLE);
        after(100);
        assertThat(told).containsExactly(IdleState.WRITER_IDLE, IdleState.WRITER_IDLE);
        ch.finishAndReleaseAll();
    }

    @Test
    void aWriteStartsTheQuietPeriodAgain() {
        after(60);
        ch.writeOutbound(Unpooled.wrappedBuffer(new byte[] {'x'}));
        after(60);
        assertThat(told).isEmpty();
        after(40);
        assertThat(told).containsExactly(IdleState.WRITER_IDLE);
        ch.finishAndReleaseAll();
    }

    @Test
    void aWriteKeepsItsVoidPromise() {
        ch.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {'x'}), ch.voidPromise());
        assertThat(promisesBelow).hasSize(1);
        assertThat(promisesBelow.get(0).isVoid()).isTrue();
        ch.finishAndReleaseAll();
    }

    @Test
    void aClosedConnectionIsToldNothing() {
        ch.close();
        after(500);
        assertThat(told).isEmpty();
        ch.finishAndReleaseAll();
    }
}
