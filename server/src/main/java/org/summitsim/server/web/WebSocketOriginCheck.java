package org.summitsim.server.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses, with 403, a WebSocket upgrade from a page of another origin than the server's own
 * (see {@link OriginPolicy}); lets everything else through to the WebSocket handlers.
 */
public final class WebSocketOriginCheck extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketOriginCheck.class);

    private final OriginPolicy policy;
    private final String webSocketPath;
    private final boolean tls;

    public WebSocketOriginCheck(OriginPolicy policy, String webSocketPath, boolean tls) {
        this.policy = policy;
        this.webSocketPath = webSocketPath;
        this.tls = tls;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof FullHttpRequest request && request.uri().equals(webSocketPath)) {
            String origin = request.headers().get(HttpHeaderNames.ORIGIN);
            String host = request.headers().get(HttpHeaderNames.HOST);
            if (!policy.allows(origin, host, tls)) {
                LOG.debug(
                        "{}: WebSocket from origin {} refused (host {})",
                        ctx.channel().remoteAddress(),
                        origin,
                        host);
                request.release();
                byte[] body = ("This server takes WebSocket connections only from its own pages ("
                                + (tls ? "https" : "http")
                                + "://" + host + "/), not from " + origin + ". Its operator can allow that origin with"
                                + " --allow-origin.\n")
                        .getBytes(StandardCharsets.UTF_8);
                FullHttpResponse r = new DefaultFullHttpResponse(
                        HttpVersion.HTTP_1_1, HttpResponseStatus.FORBIDDEN, Unpooled.wrappedBuffer(body));
                r.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
                r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
                SecurityHeaders.add(r.headers(), host, tls);
                ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }
}
