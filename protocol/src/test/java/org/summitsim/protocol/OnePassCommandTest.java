package org.summitsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Stage;

/**
 * A game command read in one pass means what the general path makes of the same line, and
 * every line the one pass gives up on is read (and refused) exactly as before.
 */
class OnePassCommandTest {

    /** Commands as clients send them: every kind, valid ones and ones the room must refuse. */
    private static final List<String> COMMANDS = List.of(
            "{\"type\":\"say\",\"text\":\"We believe the declaration must reflect shared responsibility.\"}",
            "{\"type\":\"say\",\"text\":\"caf\\u00e9 \\\"quoted\\\" \\n new line\"}",
            "{\"type\":\"dm\",\"to\":\"china\",\"text\":\"Could you support our wording?\"}",
            "{\"type\":\"caucus_create\",\"name\":\"Friends\",\"members\":[\"china\",\"kenya\"]}",
            "{\"type\":\"caucus_invite\",\"caucus\":\"C1\",\"seat\":\"kenya\"}",
            "{\"type\":\"caucus_leave\",\"caucus\":\"C1\"}",
            "{\"type\":\"caucus_say\",\"caucus\":\"C1\",\"text\":\"Hold firm.\"}",
            "{\"type\":\"propose\",\"clause\":\"process\",\"option\":\"un\",\"rationale\":\"All states sit there.\"}",
            "{\"type\":\"propose\",\"clause\":\"process\",\"option\":\"un\"}",
            "{\"type\":\"cosponsor\",\"amendment\":\"A1\"}",
            "{\"type\":\"withdraw\",\"amendment\":\"A1\"}",
            "{\"type\":\"vote\",\"amendment\":\"A1\",\"ballot\":\"SUPPORT\"}",
            "{\"ballot\":\"OPPOSE\",\"amendment\":\"A2\",\"type\":\"vote\"}",
            "{\"type\":\"pledge\",\"decision\":\"PUSH_BINDING\",\"conditions\":[],\"text\":\"With you.\",\"ifCoalition\":true}",
            "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"conditions\":[{\"clause\":\"human\",\"options\":[\"meaningful\"]}]}",
            "{\"type\":\"offer\",\"to\":\"china\",\"give\":{\"kind\":\"vote\",\"amendment\":\"A1\",\"ballot\":\"SUPPORT\"},"
                    + "\"want\":{\"kind\":\"support\",\"clause\":\"human\",\"option\":\"meaningful\"},\"text\":\"A trade.\"}",
            "{\"type\":\"offer\",\"to\":\"china\",\"give\":{\"kind\":\"decide\",\"decision\":\"SIGN\"},"
                    + "\"want\":{\"kind\":\"decide\",\"decision\":\"SIGN\",\"conditions\":[{\"clause\":\"human\",\"options\":[\"meaningful\"]}]}}",
            "{\"type\":\"accept\",\"deal\":\"D1\"}",
            "{\"type\":\"decline\",\"deal\":\"D1\"}",
            "{\"type\":\"decide\",\"decision\":\"SIGN\",\"statement\":\"A first step.\"}",
            "{\"type\":\"ready\"}",
            "{\"type\":\"start\"}",
            "{\"type\":\"advance\"}",
            "{\"type\":\"pause\"}",
            "{\"type\":\"resume\"}",
            "{\"type\":\"extend\",\"seconds\":60}",
            "{\"type\":\"extend\",\"seconds\":-30}",
            "{\"type\":\"inject\",\"inject\":\"news-1\"}",
            "{\"type\":\"announce\",\"text\":\"Five minutes.\"}",
            "{\"type\":\"call_vote\",\"amendment\":\"A1\"}",
            "{\"type\":\"end\"}",
            "{\"type\":\"deadline\"}",
            // Refused by the room or the parser: the one pass must give these to the general path.
            "{\"type\":\"teleport\"}",
            "{\"text\":\"no type\"}",
            "{\"type\":\"say\",\"text\":\"x\",\"loud\":true}",
            "{\"type\":\"vote\",\"amendment\":\"A1\",\"ballot\":\"MAYBE\"}",
            "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"conditions\":[null]}",
            "{\"type\":\"offer\",\"to\":\"china\",\"give\":{\"kind\":\"bribe\"},\"want\":{\"kind\":\"decide\",\"decision\":\"SIGN\"}}",
            "{\"type\":\"extend\",\"seconds\":\"soon\"}",
            "{\"type\":\"say\",\"text\":\"twice\",\"text\":\"again\"}",
            "{\"type\":\"vote\",\"amendment\":\"A1\",\"ballot\":\"SUPPORT\",\"ballot\":\"OPPOSE\"}",
            "{\"type\":\"say\",\"type\":\"dm\",\"to\":\"china\",\"text\":\"Which kind?\"}",
            "{\"type\":\"extend\",\"seconds\":60,\"seconds\":30}",
            "{\"type\":\"offer\",\"to\":\"china\",\"give\":{\"kind\":\"vote\",\"kind\":\"support\",\"clause\":\"human\","
                    + "\"option\":\"meaningful\"},\"want\":{\"kind\":\"decide\",\"decision\":\"SIGN\"}}",
            "{\"type\":\"say\",\"text\":null}",
            "{\"type\":\"caucus_create\",\"name\":\"F\",\"members\":\"china\"}",
            "{}",
            "[]",
            "\"say\"");

    /** Envelopes around a command ({@code %s}): field orders, ids, stages, and what the general path must read. */
    private static final List<String> ENVELOPES = List.of(
            "{\"type\":\"command\",\"id\":\"r-17\",\"stage\":\"ROUND 1\",\"command\":%s}",
            "{\"id\":\"r-18\",\"type\":\"command\",\"stage\":\"FINAL\",\"command\":%s}",
            "{\"command\":%s,\"stage\":\"round-2\",\"type\":\"command\",\"id\":42}",
            "{\"type\":\"command\",\"stage\":\"OPENING\",\"command\":%s}",
            "{\"type\":\"command\",\"id\":-0,\"stage\":\"BRIEFING\",\"command\":%s}",
            "{\"type\":\"command\",\"id\":12345678901234,\"stage\":\"ROUND 3\",\"command\":%s}",
            "{\"type\":\"command\",\"id\":123456789012345678901234567890,\"stage\":\"ROUND 1\",\"command\":%s}",
            "{\"type\":\"command\",\"id\":null,\"stage\":\"ROUND 1\",\"command\":%s}",
            "{\"type\":\"command\",\"id\":1.5,\"stage\":\"ROUND 1\",\"command\":%s}",
            "{\"type\":\"command\",\"id\":\"" + "x".repeat(Limits.REQUEST_ID + 1)
                    + "\",\"stage\":\"ROUND 1\",\"command\":%s}",
            "{\"type\":\"command\",\"id\":\"a\",\"id\":\"b\",\"stage\":\"ROUND 1\",\"command\":%s}",
            "{\"type\":\"command\",\"stage\":{\"phase\":\"ROUND\",\"round\":1},\"command\":%s}",
            "{\"type\":\"command\",\"stage\":\"LUNCH\",\"command\":%s}",
            "{\"type\":\"command\",\"stage\":\"ROUND 1\",\"command\":%s,\"later\":\"a field from a newer client\"}",
            "{\"type\":\"command\",\"command\":%s}",
            "{\"type\":\"command\",\"stage\":\"ROUND 1\"}",
            "{\"type\":\"get_view\",\"stage\":\"ROUND 1\",\"command\":%s}",
            "{\"type\":\"command\",\"stage\":\"ROUND 1\",\"command\":%s} {\"type\":\"ping\"}",
            "{\"type\":\"command\",\"stage\":\"ROUND 1\",\"command\":%s",
            "  {\"type\":\"command\",\"stage\":\"ROUND 1\",\"command\":%s}  ");

    private static Inbound general(byte[] line) {
        return MessageParser.parse(new ByteArrayInputStream(line));
    }

    private static Inbound onePass(byte[] line) {
        return MessageParser.parse(line, 0, line.length);
    }

    @Test
    void everyLineMeansWhatTheGeneralPathMakesOfIt() {
        int bound = 0;
        for (String envelope : ENVELOPES) {
            for (String command : COMMANDS) {
                bound += compare(envelope.replace("%s", command)) ? 1 : 0;
            }
        }
        // The one pass is the common case, not a corner: every command that binds (the 32 valid ones,
        // and a say with a null text, which the rules refuse) in each of the 8 well-formed envelopes.
        assertThat(bound).isEqualTo(8 * 33);
    }

    @Test
    void randomlyMangledLinesToo() {
        Random random = new Random(20261206);
        String alphabet = "{}[]\":,\\ 0123456789aeioustypecommandROUND1-";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder(ENVELOPES
                    .get(random.nextInt(ENVELOPES.size()))
                    .replace("%s", COMMANDS.get(random.nextInt(COMMANDS.size()))));
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(line.length());
                switch (random.nextInt(3)) {
                    case 0 -> line.deleteCharAt(at);
                    case 1 -> line.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> line.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            compare(line.toString());
        }
    }

    @Test
    void aLineInsideALargerBufferIsReadFromItsPlace() {
        byte[] buffer =
                "garbage{\"type\":\"command\",\"id\":\"r1\",\"stage\":\"ROUND 1\",\"command\":{\"type\":\"ready\"}}garbage"
                        .getBytes(StandardCharsets.UTF_8);
        Inbound in = MessageParser.parse(buffer, 7, buffer.length - 14);
        assertThat(in.message()).isEqualTo(new ClientMessage.BoundCommand(Stage.parse("ROUND 1"), new Command.Ready()));
        assertThat(in.id()).isEqualTo("r1");
        assertThat(in.type()).isEqualTo("command");
    }

    /** Whether the line was read in one pass; either way it must mean what the general path says. */
    private static boolean compare(String text) {
        byte[] line = text.getBytes(StandardCharsets.UTF_8);
        Inbound slow = general(line);
        Inbound fast = onePass(line);
        if (!(fast.message() instanceof ClientMessage.BoundCommand b)) {
            assertThat(describe(fast)).as(text).isEqualTo(describe(slow));
            return false;
        }
        assertThat(slow.error()).as(text).isNull();
        assertThat(fast.id()).as(text).isEqualTo(slow.id());
        assertThat(fast.type()).as(text).isEqualTo(slow.type());
        ClientMessage.SendCommand c = (ClientMessage.SendCommand) slow.message();
        assertThat(b.stage()).as(text).isEqualTo(StageText.parse(c.stage()));
        assertThat(b.command()).as(text).isEqualTo(MessageParser.command(c.command()));
        return true;
    }

    private static List<Object> describe(Inbound in) {
        List<Object> parts = new ArrayList<>();
        parts.add(in.id());
        parts.add(in.type());
        parts.add(in.message() == null ? null : in.message().toString());
        parts.add(
                in.error() == null
                        ? null
                        : in.error().code() + ": " + in.error().getMessage());
        return parts;
    }
}
