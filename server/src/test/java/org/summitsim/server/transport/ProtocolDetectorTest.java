package org.summitsim.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.Inbound;

class ProtocolDetectorTest {

    @Test
    void jsonLinesGetTheLineFramer() {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.pipeline().addLast(PipelineNames.DETECT, new ProtocolDetector(1024));
        ch.writeInbound(Unpooled.copiedBuffer("{\"type\":\"ping\"}\n", StandardCharsets.UTF_8));
        assertThat(ch.pipeline().names())
                .contains(PipelineNames.LINE_FRAMER, PipelineNames.MESSAGE_DECODER)
                .doesNotContain(PipelineNames.DETECT);
        Inbound in = ch.readInbound();
        assertThat(in.message()).isInstanceOf(ClientMessage.Ping.class);
        ch.finishAndReleaseAll();
    }

    @Test
    void aShortFirstLineIsStillJson() {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.pipeline().addLast(PipelineNames.DETECT, new ProtocolDetector(1024));
        ch.writeInbound(Unpooled.copiedBuffer("{}\n", StandardCharsets.UTF_8));
        assertThat(ch.pipeline().names()).contains(PipelineNames.LINE_FRAMER);
        ch.finishAndReleaseAll();
    }

    @Test
    void anHttpGetGetsTheWebSocketHandlers() {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.pipeline().addLast(PipelineNames.DETECT, new ProtocolDetector(1024));
        ch.writeInbound(Unpooled.copiedBuffer("GET /ws HTTP/1.1\r\n", StandardCharsets.UTF_8));
        assertThat(ch.pipeline().names())
                .contains(
                        PipelineNames.HTTP_CODEC,
                        PipelineNames.WS_PROTOCOL,
                        PipelineNames.WS_FRAMES,
                        PipelineNames.MESSAGE_DECODER);
        ch.finishAndReleaseAll();
    }

    @Test
    void otherHttpMethodsAreHttpToo() {
        for (String start : new String[] {"POST / HTTP/1.1\r\n", "HEAD / HTTP/1.1\r\n", "OPTIONS * HTTP/1.1\r\n"}) {
            EmbeddedChannel ch = new EmbeddedChannel();
            ch.pipeline().addLast(PipelineNames.DETECT, new ProtocolDetector(1024));
            ch.writeInbound(Unpooled.copiedBuffer(start, StandardCharsets.UTF_8));
            assertThat(ch.pipeline().names()).as(start).contains(PipelineNames.HTTP_CODEC, PipelineNames.PAGES);
            ch.finishAndReleaseAll();
        }
    }

    @Test
    void aWordInCapitalsWithoutASpaceIsNotHttp() {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.pipeline().addLast(PipelineNames.DETECT, new ProtocolDetector(1024));
        ch.writeInbound(Unpooled.copiedBuffer("GETTINGLONG\n", StandardCharsets.UTF_8));
        assertThat(ch.pipeline().names()).contains(PipelineNames.LINE_FRAMER).doesNotContain(PipelineNames.HTTP_CODEC);
        ch.finishAndReleaseAll();
    }

    @Test
    void webSocketFramesCarryLinesWithoutTheNewline() {
        EmbeddedChannel ch = new EmbeddedChannel(new WebSocketFrameCodec());
        ch.writeOutbound(Unpooled.copiedBuffer("{\"type\":\"pong\"}\n", StandardCharsets.UTF_8));
        TextWebSocketFrame frame = ch.readOutbound();
        assertThat(frame.text()).isEqualTo("{\"type\":\"pong\"}");
        frame.release();
        ch.writeInbound(new TextWebSocketFrame("{\"type\":\"ping\"}"));
        ByteBuf in = ch.readInbound();
        assertThat(in.toString(StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"ping\"}");
        in.release();
        ch.finishAndReleaseAll();
    }

    @Test
    void aTokenBucketRefillsOverTime() {
        TokenBucket b = new TokenBucket(10, 2, 0);
        assertThat(b.tryTake(0)).isTrue();
        assertThat(b.tryTake(0)).isTrue();
        assertThat(b.tryTake(0)).isFalse();
        assertThat(b.tryTake(100_000_000)).isTrue();
    }
}
