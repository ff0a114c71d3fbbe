package org.summitsim.tools.load;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.URI;
import java.util.Locale;

/**
 * How load connections reach a server: newline-delimited JSON over TCP, or the same JSON in
 * WebSocket text frames (as the browser pages send it). Installs the framing in front of a
 * handler that reads and writes lines, on the client's side and on the baseline server's.
 */
enum LoadTransport {
    TCP,
    WS;

    /** The path where Summit (and the WebSocket baseline) take the upgrade. */
    static final String WS_PATH = "/ws";

    private static final int MAX_FRAME = 1 << 20;

    static LoadTransport parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "tcp" -> TCP;
            case "ws", "websocket" -> WS;
            default -> throw new IllegalArgumentException("--transport is tcp or ws, not \"" + text + "\"");
        };
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A client's framing: the handlers added after it see whole lines, and write lines with their newline. */
    void client(ChannelPipeline p, String host, int port) {
        if (this == TCP) {
            p.addLast(new LineBasedFrameDecoder(MAX_FRAME));
            return;
        }
        // No Origin header: a program, not a browser page, which the server lets through (OriginPolicy).
        p.addLast(
                new HttpClientCodec(),
                new HttpObjectAggregator(8192),
                new WebSocketClientProtocolHandler(WebSocketClientProtocolConfig.newBuilder()
                        .webSocketUri(URI.create("ws://" + host + ":" + port + WS_PATH))
                        .generateOriginHeader(false)
                        .maxFramePayloadLength(MAX_FRAME)
                        .handshakeTimeoutMillis(60_000)
                        .build()),
                new WebSocketLines());
    }

    /** The baseline server's framing: its handler reads lines or text frames (see {@link BroadcastBaseline}). */
    void server(ChannelPipeline p) {
        if (this == TCP) {
            p.addLast(new LineBasedFrameDecoder(64 * 1024));
        } else {
            p.addLast(
                    new HttpServerCodec(),
                    new HttpObjectAggregator(16 * 1024),
                    new WebSocketServerProtocolHandler(WS_PATH, null, false, 64 * 1024));
        }
    }
}
