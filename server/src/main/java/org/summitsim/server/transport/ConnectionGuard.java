package org.summitsim.server.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Wire;

/** Refuses a connection when its address already holds too many; counts them down on close. */
@Sharable
public final class ConnectionGuard extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);
    private static final AttributeKey<Boolean> COUNTED = AttributeKey.valueOf("summit.counted");

    private final AddressLimits limits;

    public ConnectionGuard(AddressLimits limits) {
        this.limits = limits;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (!limits.open(ctx.channel().remoteAddress())) {
            LOG.debug(
                    "refused {}: too many connections from its address",
                    ctx.channel().remoteAddress());
            ctx.writeAndFlush(Unpooled.wrappedBuffer(Wire.error(
                            null,
                            ErrorCodes.TOO_MANY_CONNECTIONS,
                            "Too many connections from your address; close some and try again.")))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.channel().attr(COUNTED).set(Boolean.TRUE);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (ctx.channel().hasAttr(COUNTED) && ctx.channel().attr(COUNTED).get() != null) {
            ctx.fireChannelRead(msg);
        } else {
            io.netty.util.ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (ctx.channel().attr(COUNTED).getAndSet(null) != null) {
            limits.closed(ctx.channel().remoteAddress());
            ctx.fireChannelInactive();
        }
    }
}
