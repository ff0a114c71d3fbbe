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

/**
 * Looks at the first bytes of a connection: {@code GET } starts a WebSocket upgrade at
 * {@link #WS_PATH}, anything else is newline-delimited JSON. Installs that framing in front of
 * the connection, then removes itself (buffered bytes go on to the new handlers).
 */
public final class ProtocolDetector extends ByteToMessageDecoder {

    public static final String WS_PATH = "/ws";

    private final int frameBytes;

    public ProtocolDetector(int frameBytes) {
        this.frameBytes = frameBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        int start = in.readerIndex();
        boolean http = false;
        if (in.getByte(start) == 'G') {
            if (in.readableBytes() < 4) {
                return;
            }
            http = in.getByte(start + 1) == 'E' && in.getByte(start + 2) == 'T' && in.getByte(start + 3) == ' ';
        }
        ChannelPipeline p = ctx.pipeline();
        if (http) {
            p.addAfter(ctx.name(), PipelineNames.HTTP_CODEC, new HttpServerCodec(4096, 8192, 8192));
            p.addAfter(PipelineNames.HTTP_CODEC, PipelineNames.HTTP_AGGREGATOR, new HttpObjectAggregator(16 * 1024));
            p.addAfter(PipelineNames.HTTP_AGGREGATOR, PipelineNames.WS_PROTOCOL, new WebSocketEndpoint(
                    WebSocketServerProtocolConfig.newBuilder().websocketPath(WS_PATH).checkStartsWith(false)
                            .handshakeTimeoutMillis(10_000)
                            // The Connection answers an oversize frame with frame_too_long and the one close (1009).
                            .decoderConfig(WebSocketDecoderConfig.newBuilder().maxFramePayloadLength(frameBytes)
                                    .closeOnProtocolViolation(false).build())
                            .build()));
            p.addAfter(PipelineNames.WS_PROTOCOL, PipelineNames.WS_AGGREGATOR, new WebSocketFrameAggregator(frameBytes));
            p.addAfter(PipelineNames.WS_AGGREGATOR, PipelineNames.WS_FRAMES, new WebSocketFrameCodec());
            p.addAfter(PipelineNames.WS_FRAMES, PipelineNames.MESSAGE_DECODER, MessageDecoder.INSTANCE);
        } else {
            p.addAfter(ctx.name(), PipelineNames.LINE_FRAMER, new LineBasedFrameDecoder(frameBytes, true, true));
            p.addAfter(PipelineNames.LINE_FRAMER, PipelineNames.MESSAGE_DECODER, MessageDecoder.INSTANCE);
        }
        p.remove(this);
    }
}
