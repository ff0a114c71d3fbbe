package org.summitsim.tools.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The WebSocket client's framing, as the load clients see it: lines in, lines out, active once upgraded. */
class WebSocketLinesTest {

    @Test
    void linesGoOutAsTextFramesWithoutTheirNewline() {
        EmbeddedChannel ch = new EmbeddedChannel(new WebSocketLines());
        ch.writeOutbound(Unpooled.copiedBuffer("{\"type\":\"hello\"}\n", StandardCharsets.UTF_8));
        TextWebSocketFrame frame = ch.readOutbound();
        assertThat(frame.text()).isEqualTo("{\"type\":\"hello\"}");
        frame.release();
    }

    @Test
    void textFramesComeInAsTheirPayload() {
        EmbeddedChannel ch = new EmbeddedChannel(new WebSocketLines());
        ch.writeInbound(new TextWebSocketFrame("{\"type\":\"ack\",\"id\":\"c1\"}"));
        ByteBuf line = ch.readInbound();
        assertThat(line.toString(StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"ack\",\"id\":\"c1\"}");
        line.release();
    }

    @Test
    void theNextHandlerSeesTheConnectionActiveOnlyOnceTheUpgradeIsAnswered() {
        int[] active = new int[1];
        EmbeddedChannel ch = new EmbeddedChannel(new WebSocketLines(), new ChannelInboundHandlerAdapter() {
            @Override
            public void channelActive(ChannelHandlerContext ctx) {
                active[0]++;
            }
        });
        assertThat(active[0]).isZero();
        ch.pipeline().fireUserEventTriggered(ClientHandshakeStateEvent.HANDSHAKE_ISSUED);
        assertThat(active[0]).isZero();
        ch.pipeline().fireUserEventTriggered(ClientHandshakeStateEvent.HANDSHAKE_COMPLETE);
        assertThat(active[0]).isEqualTo(1);
    }

    @Test
    void aWebSocketLoadClientAsksForTheUpgradeAtTheServersPathWithoutAnOrigin() {
        EmbeddedChannel ch = new EmbeddedChannel(new ChannelInitializer<EmbeddedChannel>() {
            @Override
            protected void initChannel(EmbeddedChannel c) {
                LoadTransport.WS.client(c.pipeline(), "127.0.0.1", 7777);
            }
        });
        StringBuilder request = new StringBuilder();
        for (ByteBuf b; (b = ch.readOutbound()) != null; b.release()) {
            request.append(b.toString(StandardCharsets.US_ASCII));
        }
        assertThat(request.toString()).startsWith("GET /ws HTTP/1.1\r\n");
        assertThat(request.toString().toLowerCase(java.util.Locale.ROOT))
                .contains("upgrade: websocket")
                .contains("host: 127.0.0.1:7777")
                .doesNotContain("origin:");
        ch.finishAndReleaseAll();
    }
}
