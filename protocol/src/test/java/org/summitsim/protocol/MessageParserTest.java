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
        // a whole sentence: Jackson's own words stopped at "(start marker"
        assertThat(in.error().getMessage())
                .isEqualTo("That line is not valid JSON: it ends before an object is closed: a '}' is missing.");
        assertThat(decode("{\"type\":\"ping\",\"x\":[1\n").error().getMessage())
                .isEqualTo("That line is not valid JSON: it ends before a list is closed: a ']' is missing.");
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

    @Test
    void aCommandNamingASeatIsRefusedNotSentAsTheConnectionsSeat() {
        Inbound in = decode("{\"type\":\"command\",\"id\":\"c1\",\"seat\":\"austria\",\"stage\":\"OPENING\","
                + "\"command\":{\"type\":\"say\",\"text\":\"Hello.\"}}\n");
        assertThat(in.error().code()).isEqualTo("bad_field");
        assertThat(in.error().getMessage()).startsWith("A command always speaks for the seat this connection plays");
        assertThat(in.id()).isEqualTo("c1");
        assertThat(decode("{\"type\":\"get_view\",\"seat\":\"austria\"}\n").error())
                .as("elsewhere an unknown envelope field is still ignored")
                .isNull();
    }

    @Test
    void anEmptyFieldIsNotCalledMissing() {
        assertThat(decode("{\"type\":\"join\",\"code\":\"\"}\n").error().getMessage())
                .isEqualTo("The field \"code\" is empty; it needs a value.");
        assertThat(decode("{\"type\":\"join\"}\n").error().getMessage()).isEqualTo("The field \"code\" is missing.");
    }

    /** A command bound as the room binds it, and the error a bot author is sent when it does not bind. */
    private static ProtocolError commandError(String json) {
        try {
            MessageParser.command(org.summitsim.core.json.Json.mapper().readTree(json));
        } catch (ProtocolError e) {
            return e;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("bound: " + json);
    }

    /** Every command a client may send, in the order the command's type registry declares them. */
    private static final String COMMANDS = "A delegation's commands: say, dm, caucus_create, caucus_invite,"
            + " caucus_leave, caucus_say, propose, cosponsor, withdraw, vote, pledge, offer, accept, decline, decide,"
            + " ready; the facilitator's: start, advance, pause, resume, extend, inject, announce, call_vote, end,"
            + " hide, mute, unmute.";

    /** A bot author's slip: the command's name sent as a string instead of an object. */
    @Test
    void aCommandThatIsNoObjectSaysWhatACommandLooksLike() {
        ProtocolError e = commandError("\"ready\"");
        assertThat(e.code()).isEqualTo("unknown_command");
        assertThat(e.getMessage())
                .isEqualTo("A command is a JSON object with its \"type\", such as {\"type\":\"ready\"}, not the text"
                        + " \"ready\".");
    }

    @Test
    void aCommandWithoutATypeSaysTheFieldIsMissingAndListsTheCommands() {
        ProtocolError e = commandError("{\"text\":\"no type\"}");
        assertThat(e.code()).isEqualTo("unknown_command");
        assertThat(e.getMessage()).isEqualTo("The command has no \"type\". " + COMMANDS);
        assertThat(commandError("{\"type\":null,\"text\":\"x\"}").getMessage())
                .startsWith("The command has no \"type\".");
    }

    /** The list comes from the command's own registry: a new command is listed without a second copy to keep. */
    @Test
    void anUnknownCommandIsNamedWithTheCommandsThereAre() {
        ProtocolError e = commandError("{\"type\":\"shout\",\"text\":\"x\"}");
        assertThat(e.code()).isEqualTo("unknown_command");
        assertThat(e.getMessage()).isEqualTo("\"shout\" is not a command. " + COMMANDS);
        var registry = org.summitsim.core.rules.Command.class.getAnnotation(
                com.fasterxml.jackson.annotation.JsonSubTypes.class);
        for (var type : registry.value()) {
            assertThat(e.getMessage().contains(" " + type.name() + ",")
                            || e.getMessage().contains(" " + type.name() + ";")
                            || e.getMessage().endsWith(" " + type.name() + "."))
                    .as(type.name())
                    .isEqualTo(!org.summitsim.core.rules.Command.HostCommand.class.isAssignableFrom(type.value()));
        }
    }

    @Test
    void anEmptyEntryInAListIsNamedByItsPlaceWithoutJavasClassNames() {
        ProtocolError pledge = commandError("{\"type\":\"pledge\",\"decision\":\"SIGN\",\"conditions\":[null]}");
        assertThat(pledge.code()).isEqualTo("bad_field");
        assertThat(pledge.getMessage())
                .isEqualTo("The field \"conditions[0]\" is null: a list holds no empty entries. Leave it out.");
        assertThat(commandError("{\"type\":\"pledge\",\"decision\":\"SIGN\","
                                + "\"conditions\":[{\"clause\":\"law\",\"options\":[\"a\",null]}]}")
                        .getMessage())
                .startsWith("The field \"conditions[0].options[1]\" is null");
        assertThat(commandError("{\"type\":\"caucus_create\",\"name\":\"F\",\"members\":[null]}")
                        .getMessage())
                .startsWith("The field \"members[0]\" is null")
                .doesNotContain("java", "Exception", "org.");
    }

    @Test
    void aCommandThatBindsIsReturned() {
        assertThat(MessageParser.command(org.summitsim.core.json.Json.mapper()
                        .valueToTree(java.util.Map.of("type", "vote", "amendment", "a1", "ballot", "SUPPORT"))))
                .isEqualTo(
                        new org.summitsim.core.rules.Command.CastVote("A1", org.summitsim.core.rules.Ballot.SUPPORT));
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
                        "The field \"give.ballot\" cannot be \"support\"; it should be one of [SUPPORT, OPPOSE, ABSTAIN]"
                                + " (in capitals: \"SUPPORT\").");
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldsInAlphabeticalOrder() {
        ProtocolError e =
                commandError("{\"type\":\"pledge\",\"decision\":\"SIGN\",\"conditions\":[{\"clause\":\"human\","
                        + "\"option\":\"meaningful\"}]}");
        assertThat(e.code()).isEqualTo("bad_field");
        assertThat(e.getMessage())
                .isEqualTo("\"option\" is not a field of \"conditions[0]\". Fields: clause, options.");
    }

    @Test
    void anUnknownFieldOfACommandWithoutFieldsSaysItTakesNone() {
        ProtocolError e = commandError("{\"type\":\"ready\",\"stage\":\"ROUND 1\"}");
        assertThat(e.getMessage())
                .isEqualTo("\"stage\" is not a field of this message, which takes no fields besides its type.");
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
