package org.summitsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One line (or frame) of JSON read as a client message; the transport hands over each line without its newline. */
class MessageParserTest {

    private static Inbound decode(String line) {
        return MessageParser.parse(new ByteArrayInputStream(line.strip().getBytes(StandardCharsets.UTF_8)));
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
        assertThat(decode("{\"type\":\"ping\"} {\"type\":\"ping\"}\n").error().code())
                .isEqualTo("bad_json");
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

    /** A command bound as the room binds it, and the error a bot author is sent when it does not bind. */
    private static ProtocolError commandError(String json) {
        try {
            org.summitsim.core.json.Json.mapper()
                    .readerFor(org.summitsim.core.rules.Command.class)
                    .readValue(json);
        } catch (java.io.IOException e) {
            return MessageParser.fieldError(e);
        }
        throw new AssertionError("bound: " + json);
    }

    @Test
    void aPromiseOfAnUnknownKindNamesItsFieldAndTheKinds() {
        ProtocolError e = commandError("{\"type\":\"offer\",\"to\":\"china\",\"give\":{\"kind\":\"promise\"},"
                + "\"want\":{\"kind\":\"support\",\"clause\":\"process\",\"option\":\"un\"}}");
        assertThat(e.code()).isEqualTo("bad_field");
        assertThat(e.getMessage())
                .isEqualTo("The field \"give.kind\" cannot be \"promise\"; it should be one of vote, support, decide.");
    }

    @Test
    void aPromiseWithoutAKindSaysSo() {
        ProtocolError e = commandError("{\"type\":\"offer\",\"to\":\"china\",\"give\":{\"ballot\":\"SUPPORT\"},"
                + "\"want\":{\"kind\":\"support\",\"clause\":\"process\",\"option\":\"un\"}}");
        assertThat(e.getMessage())
                .isEqualTo("The field \"give.kind\" is missing; it should be one of vote, support, decide.");
    }

    @Test
    void aValueOutsideItsListIsNamedWithWhereItIs() {
        ProtocolError e = commandError("{\"type\":\"offer\",\"to\":\"china\",\"give\":{\"kind\":\"vote\","
                + "\"amendment\":\"A1\",\"ballot\":\"support\"},\"want\":{\"kind\":\"decide\",\"decision\":\"SIGN\"}}");
        assertThat(e.getMessage())
                .isEqualTo(
                        "The field \"give.ballot\" cannot be \"support\"; it should be one of [SUPPORT, OPPOSE, ABSTAIN].");
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
}
