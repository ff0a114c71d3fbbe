package org.summitsim.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.Inbound;

class MessageDecoderTest {

    private static Inbound decode(String text) {
        EmbeddedChannel ch = new EmbeddedChannel(new LineBasedFrameDecoder(1024, true, true), MessageDecoder.INSTANCE);
        ch.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
        Inbound in = ch.readInbound();
        ch.finishAndReleaseAll();
        return in;
    }

    @Test
    void aLineBecomesAMessageWithItsId() {
        Inbound in = decode("{\"type\":\"ping\",\"id\":\"p1\"}\n");
        assertThat(in.message()).isInstanceOf(ClientMessage.Ping.class);
        assertThat(in.id()).isEqualTo("p1");
    }

    @Test
    void numericIdsAreEchoedAsText() {
        assertThat(decode("{\"type\":\"ping\",\"id\":7}\n").id()).isEqualTo("7");
    }

    @Test
    void malformedJsonIsBadJson() {
        Inbound in = decode("{\"type\":\"ping\"\n");
        assertThat(in.error().code()).isEqualTo("bad_json");
    }

    @Test
    void anArrayIsBadJson() {
        assertThat(decode("[1,2]\n").error().code()).isEqualTo("bad_json");
    }

    @Test
    void twoObjectsOnOneLineAreBadJson() {
        assertThat(decode("{\"type\":\"ping\"} {\"type\":\"ping\"}\n").error().code()).isEqualTo("bad_json");
    }

    @Test
    void anUnknownTypeIsNamedAndKeepsTheId() {
        Inbound in = decode("{\"type\":\"teleport\",\"id\":\"x\"}\n");
        assertThat(in.error().code()).isEqualTo("unknown_type");
        assertThat(in.error().getMessage()).contains("teleport").contains("join");
        assertThat(in.id()).isEqualTo("x");
    }

    @Test
    void aWronglyTypedFieldIsNamed() {
        Inbound in = decode("{\"type\":\"hello\",\"protocol\":\"one\"}\n");
        assertThat(in.error().code()).isEqualTo("bad_field");
        assertThat(in.error().getMessage()).contains("protocol").contains("number");
    }

    @Test
    void aMissingFieldIsNamed() {
        Inbound in = decode("{\"type\":\"join\",\"role\":\"player\"}\n");
        assertThat(in.error().code()).isEqualTo("bad_field");
        assertThat(in.error().getMessage()).contains("code");
    }

    @Test
    void anOversizedNameIsTooLong() {
        Inbound in = decode("{\"type\":\"hello\",\"protocol\":1,\"name\":\"" + "x".repeat(41) + "\"}\n");
        assertThat(in.error().code()).isEqualTo("text_too_long");
    }

    @Test
    void unknownEnvelopeFieldsAreIgnored() {
        assertThat(decode("{\"type\":\"ping\",\"future\":true}\n").error()).isNull();
    }

    @Test
    void blankLinesAreSkipped() {
        EmbeddedChannel ch = new EmbeddedChannel(new LineBasedFrameDecoder(1024, true, true), MessageDecoder.INSTANCE);
        ch.writeInbound(Unpooled.copiedBuffer("\n  \r\n{\"type\":\"ping\"}\n", StandardCharsets.UTF_8));
        assertThat((Object) ch.readInbound()).isInstanceOf(Inbound.class);
        assertThat((Object) ch.readInbound()).isNull();
        ch.finishAndReleaseAll();
    }
}
