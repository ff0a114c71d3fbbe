package org.summitsim.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import org.summitsim.server.protocol.ErrorCodes;
import org.summitsim.server.protocol.Inbound;
import org.summitsim.server.protocol.ProtocolError;

/**
 * Makes WebSocket look like lines: a text frame in becomes its payload, an encoded line out
 * becomes a text frame without the newline. Binary frames are refused with {@code bad_json} (in a
 * text frame, and the connection goes on); a plain HTTP request
 * gets a short page saying where to connect.
 */
public final class WebSocketFrameCodec extends ChannelDuplexHandler {

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof TextWebSocketFrame text) {
            ctx.fireChannelRead(text.content());
        } else if (msg instanceof WebSocketFrame frame) {
            frame.release();
            // Refused like any bad line, so the reply goes out through write() below as a text frame.
            ctx.fireChannelRead(Inbound.failed(null, null, new ProtocolError(ErrorCodes.BAD_JSON,
                    "Send each message as a text frame holding one JSON object, not a binary frame.")));
        } else if (msg instanceof FullHttpRequest request) {
            request.release();
            byte[] body = ("This is a Summit server. Connect a WebSocket to " + ProtocolDetector.WS_PATH
                    + ", or send newline-delimited JSON over plain TCP (docs/PROTOCOL.md).\n")
                    .getBytes(StandardCharsets.UTF_8);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND,
                    Unpooled.wrappedBuffer(body));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ByteBuf line) {
            int end = line.writerIndex();
            if (end > line.readerIndex() && line.getByte(end - 1) == '\n') {
                line.writerIndex(end - 1);
            }
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
}
