package org.summitsim.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Inbound;
import org.summitsim.protocol.ProtocolError;

/**
 * Makes WebSocket look like lines: a text frame in becomes its payload, an encoded line out
 * becomes a text frame without the newline. Binary frames are refused with {@code bad_json} (in a
 * text frame, and the connection goes on). Plain HTTP requests never get here: the
 * {@link org.summitsim.server.web.PageServer} answers them.
 */
public final class WebSocketFrameCodec extends ChannelDuplexHandler {

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof TextWebSocketFrame text) {
            ctx.fireChannelRead(text.content());
        } else if (msg instanceof WebSocketFrame frame) {
            frame.release();
            // Refused like any bad line, so the reply goes out through write() below as a text frame.
            ctx.fireChannelRead(Inbound.failed(
                    null,
                    null,
                    new ProtocolError(
                            ErrorCodes.BAD_JSON,
                            "Send each message as a text frame holding one JSON object, not a binary frame.")));
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ByteBuf line) {
            dropNewline(line);
            if (!line.isReadable()) {
                line.release();
                ctx.write(Unpooled.EMPTY_BUFFER, promise);
                return;
            }
            ctx.write(new TextWebSocketFrame(line), promise);
        } else {
            ctx.write(msg, promise);
        }
    }

    /** A line's text as a frame carries it: one JSON object per frame, without the line's newline. */
    public static void dropNewline(ByteBuf line) {
        int end = line.writerIndex();
        if (end > line.readerIndex() && line.getByte(end - 1) == '\n') {
            line.writerIndex(end - 1);
        }
    }
}
