package org.summitsim.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.Inbound;

/** The decoder in a Netty pipeline; what each line means is MessageParserTest's (module protocol). */
class MessageDecoderTest {

    private static EmbeddedChannel channel() {
        return new EmbeddedChannel(new LineBasedFrameDecoder(1024, true, true), MessageDecoder.INSTANCE);
    }

    @Test
    void eachLineBecomesOneMessageWithItsId() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(Unpooled.copiedBuffer(
                "{\"type\":\"ping\",\"id\":\"p1\"}\n{\"type\":\"teleport\"}\n", StandardCharsets.UTF_8));
        Inbound first = ch.readInbound();
        Inbound second = ch.readInbound();
        assertThat(first.message()).isInstanceOf(ClientMessage.Ping.class);
        assertThat(first.id()).isEqualTo("p1");
        assertThat(second.error().code()).isEqualTo("unknown_type");
        assertThat((Object) ch.readInbound()).isNull();
        ch.finishAndReleaseAll();
    }

    @Test
    void blankLinesAreSkipped() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(Unpooled.copiedBuffer("\n  \r\n{\"type\":\"ping\"}\n", StandardCharsets.UTF_8));
        assertThat((Object) ch.readInbound()).isInstanceOf(Inbound.class);
        assertThat((Object) ch.readInbound()).isNull();
        ch.finishAndReleaseAll();
    }
}
