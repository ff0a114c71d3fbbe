package org.summitsim.server.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

/**
 * Netty's WebSocket server handler, except that a refused frame (oversize or malformed) is not
 * closed here without a word: it goes on to the {@link Connection}, which answers with the
 * error and then the one close frame with the status the frame deserves (1009 for oversize).
 */
final class WebSocketEndpoint extends WebSocketServerProtocolHandler {

    WebSocketEndpoint(WebSocketServerProtocolConfig config) {
        super(config);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        if (cause instanceof CorruptedWebSocketFrameException) {
            ctx.fireExceptionCaught(cause);
        } else {
            super.exceptionCaught(ctx, cause);
        }
    }
}
