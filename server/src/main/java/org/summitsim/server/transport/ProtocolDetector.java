package org.summitsim.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import java.util.List;
import org.summitsim.server.protocol.MessageDecoder;
import org.summitsim.server.report.ReportDesk;
import org.summitsim.server.web.OriginPolicy;
import org.summitsim.server.web.PageServer;
import org.summitsim.server.web.WebSite;
import org.summitsim.server.web.WebSocketOriginCheck;

/**
 * Looks at the first bytes of a connection: an HTTP method ({@code GET }, {@code HEAD }, ...: a
 * word of capitals and a space) starts HTTP, anything else is newline-delimited JSON, whose
 * lines start with {@code {}. Over HTTP, the {@link PageServer} answers page requests and the
 * WebSocket upgrade at {@link #WS_PATH} is checked by origin and then taken. Installs that
 * framing in front of the connection, then removes itself (buffered bytes go on to the new
 * handlers).
 */
public final class ProtocolDetector extends ByteToMessageDecoder {

    public static final String WS_PATH = "/ws";

    /** The longest HTTP method a browser or tool sends (OPTIONS, CONNECT). */
    private static final int LONGEST_METHOD = 7;

    private final int frameBytes;
    private final WebSite site;
    private final OriginPolicy origins;
    private final ReportDesk reports;

    /** Without pages: every HTTP request but the WebSocket upgrade gets 404. */
    public ProtocolDetector(int frameBytes) {
        this(frameBytes, WebSite.of(java.util.Map.of()), OriginPolicy.sameOriginOnly());
    }

    public ProtocolDetector(int frameBytes, WebSite site, OriginPolicy origins) {
        this(frameBytes, site, origins, null);
    }

    /** @param reports the reports' one-time links ({@code /report/TICKET}); null: none */
    public ProtocolDetector(int frameBytes, WebSite site, OriginPolicy origins, ReportDesk reports) {
        this.frameBytes = frameBytes;
        this.site = site;
        this.origins = origins;
        this.reports = reports;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        Boolean http = startsWithMethod(in);
        if (http == null) {
            return;
        }
        ChannelPipeline p = ctx.pipeline();
        if (http) {
            boolean tls = p.get(PipelineNames.TLS) != null;
            p.addAfter(ctx.name(), PipelineNames.HTTP_CODEC, new HttpServerCodec(4096, 8192, 8192));
            p.addAfter(PipelineNames.HTTP_CODEC, PipelineNames.HTTP_AGGREGATOR, new HttpObjectAggregator(16 * 1024));
            p.addAfter(
                    PipelineNames.HTTP_AGGREGATOR,
                    PipelineNames.WS_ORIGIN,
                    new WebSocketOriginCheck(origins, WS_PATH, tls));
            p.addAfter(PipelineNames.WS_ORIGIN, PipelineNames.PAGES, new PageServer(site, WS_PATH, tls, reports));
            p.addAfter(
                    PipelineNames.PAGES,
                    PipelineNames.WS_PROTOCOL,
                    new WebSocketEndpoint(WebSocketServerProtocolConfig.newBuilder()
                            .websocketPath(WS_PATH)
                            .checkStartsWith(false)
                            .handshakeTimeoutMillis(10_000)
                            // The Connection answers an oversize frame with frame_too_long and the one close (1009).
                            .decoderConfig(WebSocketDecoderConfig.newBuilder()
                                    .maxFramePayloadLength(frameBytes)
                                    .closeOnProtocolViolation(false)
                                    .build())
                            .build()));
            p.addAfter(
                    PipelineNames.WS_PROTOCOL, PipelineNames.WS_AGGREGATOR, new WebSocketFrameAggregator(frameBytes));
            p.addAfter(PipelineNames.WS_AGGREGATOR, PipelineNames.WS_FRAMES, new WebSocketFrameCodec());
            p.addAfter(PipelineNames.WS_FRAMES, PipelineNames.MESSAGE_DECODER, MessageDecoder.INSTANCE);
        } else {
            p.addAfter(ctx.name(), PipelineNames.LINE_FRAMER, new LineBasedFrameDecoder(frameBytes, true, true));
            p.addAfter(PipelineNames.LINE_FRAMER, PipelineNames.MESSAGE_DECODER, MessageDecoder.INSTANCE);
        }
        p.remove(this);
    }

    /** True for a method and a space, false for anything else, null when more bytes are needed to tell. */
    private static Boolean startsWithMethod(ByteBuf in) {
        int start = in.readerIndex();
        int n = Math.min(in.readableBytes(), LONGEST_METHOD + 1);
        for (int i = 0; i < n; i++) {
            byte b = in.getByte(start + i);
            if (b == ' ') {
                return i >= 3;
            }
            if (b < 'A' || b > 'Z') {
                return false;
            }
        }
        return n > LONGEST_METHOD ? Boolean.FALSE : null;
    }
}
