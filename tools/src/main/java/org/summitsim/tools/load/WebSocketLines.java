package org.summitsim.tools.load;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.summitsim.server.transport.WebSocketFrameCodec;

/**
 * Makes a WebSocket client connection look like lines to the handler after it: a text frame in
 * becomes its payload, a line out becomes a text frame without its newline, and the connection
 * counts as active only once the upgrade has been answered (so a client's first words wait for
 * the handshake). Other frames (ping, pong, close) are Netty's protocol handler's business.
 */
final class WebSocketLines extends ChannelDuplexHandler {

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        // Held back until the handshake completes.
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            ctx.fireChannelActive();
        } else if (evt == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
            ctx.fireExceptionCaught(new IllegalStateException("the server did not answer the WebSocket upgrade"));
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof TextWebSocketFrame text) {
            ctx.fireChannelRead(text.content());
        } else if (msg instanceof WebSocketFrame frame) {
            frame.release();
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ByteBuf line) {
            WebSocketFrameCodec.dropNewline(line);
            ctx.write(new TextWebSocketFrame(line), promise);
        } else {
            ctx.write(msg, promise);
        }
    }
}
