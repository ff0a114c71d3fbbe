package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/** Each kind of bad input gets a clear error; the connection and the room carry on unless stated. */
@IntegrationTest
class BadInputTest {

    private static void stillServes(TestClient c) throws Exception {
        String id = c.request(TestClient.msg("ping"));
        assertThat(c.awaitReply(id).path("type").asText()).isEqualTo("pong");
    }

    @Test
    void malformedJsonGetsBadJsonAndTheConnectionCarriesOn() throws Exception {
        try (TestServer s = TestServer.start();
                TestClient c = TestClient.hello(s.port(), "x")) {
            c.send("{\"type\": \"ping\", oops}");
            assertThat(c.awaitError("bad_json").path("message").asText()).startsWith("That line is not valid JSON");
            stillServes(c);
        }
    }

    /** Jackson would read these (its defaults are for trusted documents); the protocol states tighter limits. */
    @Test
    void jsonBeyondTheStatedLimitsIsRefused() throws Exception {
        try (TestServer s = TestServer.start();
                TestClient c = TestClient.hello(s.port(), "x")) {
            c.send("{\"type\":\"ping\",\"pad\":" + "[".repeat(20) + "]".repeat(20) + "}");
            assertThat(c.awaitError("bad_json").path("message").asText()).contains("nest at most 16 deep");
            c.send("{\"type\":\"ping\",\"pad\":" + "9".repeat(40) + "}");
            assertThat(c.awaitError("bad_json").path("message").asText()).contains("at most 32 digits");
            c.send("{\"type\":\"ping\",\"" + "k".repeat(100) + "\":1}");
            assertThat(c.awaitError("bad_json").path("message").asText()).contains("field names at most 64");
            stillServes(c);
        }
    }

    @Test
    void unknownTypesMissingAndWronglyTypedFieldsAreNamed() throws Exception {
        try (TestServer s = TestServer.start();
                TestClient c = TestClient.hello(s.port(), "x")) {
            c.send("{\"type\":\"fly\",\"id\":\"a\"}");
            assertThat(c.awaitReply("a").path("code").asText()).isEqualTo("unknown_type");
            c.send("{\"type\":\"join\",\"id\":\"b\"}");
            JsonNode missing = c.awaitReply("b");
            assertThat(missing.path("code").asText()).isEqualTo("bad_field");
            assertThat(missing.path("message").asText()).contains("code");
            c.send("{\"type\":\"get_events\",\"id\":\"c\",\"afterSeq\":\"ten\"}");
            assertThat(c.awaitReply("c").path("message").asText()).contains("afterSeq");
            c.send(
                    "{\"type\":\"create_room\",\"id\":\"d\",\"scenario\":\"test-4x3\",\"options\":{\"graceSeconds\":-4}}");
            assertThat(c.awaitReply("d").path("code").asText()).isEqualTo("bad_option");
            c.send("{\"type\":\"create_room\",\"id\":\"e\",\"scenario\":\"nowhere\"}");
            assertThat(c.awaitReply("e").path("code").asText()).isEqualTo("unknown_scenario");
            stillServes(c);
        }
    }

    @Test
    void gameCommandsWithBadFieldsOrValuesAreRefusedClearly() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator();
                    TestClient p = Rooms.join(s.port(), room.code(), "north", "A")) {
                Rooms.toRound1(f);
                String id = p.command("ROUND 1", "{\"type\":\"say\",\"text\":\"" + "x".repeat(3000) + "\"}");
                assertThat(p.awaitReply(id).path("code").asText()).isEqualTo("text_too_long");
                id = p.command("ROUND 1", "{\"type\":\"shout\",\"text\":\"x\"}");
                assertThat(p.awaitReply(id).path("code").asText()).isEqualTo("unknown_command");
                id = p.command("ROUND 1", "{\"type\":\"say\",\"txt\":\"x\"}");
                assertThat(p.awaitReply(id).path("message").asText()).contains("txt");
                id = p.command("ROUND 1", "{\"type\":\"vote\",\"amendment\":\"a1\",\"ballot\":\"MAYBE\"}");
                assertThat(p.awaitReply(id).path("code").asText()).isEqualTo("bad_field");
                // A malformed promise inside a deal is the promise's fault, not an unknown command.
                id = p.command(
                        "ROUND 1",
                        "{\"type\":\"offer\",\"to\":\"south\",\"give\":{\"kind\":\"promise\"},"
                                + "\"want\":{\"kind\":\"decide\",\"decision\":\"SIGN\"}}");
                JsonNode promise = p.awaitReply(id);
                assertThat(promise.path("code").asText()).isEqualTo("bad_field");
                assertThat(promise.path("message").asText()).contains("give.kind", "vote, support, decide");
                id = p.command("ROUND 7", "{\"type\":\"say\",\"text\":\"late\"}");
                assertThat(p.awaitReply(id).path("code").asText()).isEqualTo("stale");
                id = p.command("LATER", "{\"type\":\"say\",\"text\":\"x\"}");
                assertThat(p.awaitReply(id).path("code").asText()).isEqualTo("bad_field");
                // Without a stage: the command is judged first, and a missing stage is told with the stage
                // the summit is in (a bot author met "stage is missing" before "that is not a command").
                ObjectNode noStage = TestClient.msg("command");
                noStage.putObject("command").put("type", "fill_bots");
                JsonNode notACommand = p.awaitReply(p.request(noStage));
                assertThat(notACommand.path("code").asText()).isEqualTo("unknown_command");
                assertThat(notACommand.path("message").asText())
                        .startsWith(
                                "\"fill_bots\" is not a command but a message of its own: send {\"type\":\"fill_bots\",");
                noStage = TestClient.msg("command");
                noStage.putObject("command").put("type", "ready");
                JsonNode missing = p.awaitReply(p.request(noStage));
                assertThat(missing.path("code").asText()).isEqualTo("missing_stage");
                assertThat(missing.path("message").asText()).endsWith(" The summit is now in ROUND 1.");
                p.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"still here\"}");
            }
        }
    }

    /** What a bot author sends when writing from docs/PROTOCOL.md: each refusal names the field and its values as sent. */
    @Test
    void incompleteCommandsNameTheFieldThatIsMissing() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator();
                    TestClient p = Rooms.join(s.port(), room.code(), "north", "A")) {
                Rooms.toRound1(f);
                p.commandOk("ROUND 1", "{\"type\":\"propose\",\"clause\":\"forum\",\"option\":\"un\"}");
                expect(
                        p,
                        "{\"type\":\"vote\",\"amendment\":\"A1\"}",
                        "invalid",
                        "A vote needs its ballot (\"ballot\": SUPPORT, OPPOSE or ABSTAIN).");
                expect(
                        p,
                        "{\"type\":\"offer\",\"to\":\"south\",\"give\":{\"kind\":\"decide\",\"decision\":\"SIGN\"}}",
                        "invalid",
                        "The deal has no \"want\": say what you ask in return, a promise of kind vote, support or"
                                + " decide.");
                expect(
                        p,
                        "{\"text\":\"no type\"}",
                        "unknown_command",
                        "The command has no \"type\". A delegation's commands: say, dm, caucus_create,"
                                + " caucus_invite, caucus_leave, caucus_say, propose, cosponsor, withdraw, vote, pledge,"
                                + " offer, accept, decline, decide, ready; the facilitator's: start, advance, pause,"
                                + " resume, extend, inject, announce, call_vote, end, hide, mute, unmute.");
                expect(
                        p,
                        "{\"type\":\"offer\",\"to\":\"south\",\"give\":{\"kind\":\"support\",\"clause\":\"control\"},"
                                + "\"want\":{\"kind\":\"decide\",\"decision\":\"SIGN\"}}",
                        "unknown_option",
                        "A support promise needs its \"option\": the one wording of clause control you will support"
                                + " (one of appropriate, meaningful, none).");
                expect(
                        p,
                        "{\"type\":\"caucus_create\",\"name\":\"Alone\",\"members\":[]}",
                        "self_target",
                        "A caucus needs at least one other delegation: name it in \"members\" (you are added"
                                + " yourself). The others: south, east, west.");
                p.commandOk("ROUND 1", "{\"type\":\"pledge\",\"decision\":\"SIGN\"}");
                expect(
                        p,
                        "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"text\":\"Again.\"}",
                        "no_change",
                        "Your latest pledge, P1, already promises exactly this; the same pledge made twice would"
                                + " count twice at the end. Pledge something else, or say it on the floor.");
                // A field left out is named with what it holds, never quoted as "null".
                expect(
                        p,
                        "{\"type\":\"propose\",\"option\":\"un\"}",
                        "unknown_clause",
                        "A proposal needs its \"clause\". Clauses: law, control, forum.");
                expect(
                        p,
                        "{\"type\":\"dm\",\"text\":\"Psst\"}",
                        "unknown_delegation",
                        "A private message needs its \"to\": the delegation to write to. Delegations: south, east,"
                                + " west.");
                expect(
                        f,
                        "{\"type\":\"extend\"}",
                        "invalid",
                        "An extension needs its \"seconds\": a number of seconds between -86400 and 86400, not 0"
                                + " (negative takes time away).");
                expect(
                        p,
                        "{\"type\":\"pledge\",\"decision\":\"SIGN\",\"ifCoalition\":true}",
                        "invalid",
                        "Only a pledge to push for binding law (\"decision\": PUSH_BINDING) can depend on the"
                                + " coalition being reached (\"ifCoalition\": true).");
            }
        }
    }

    private static void expect(TestClient p, String command, String code, String message) throws Exception {
        JsonNode error = p.awaitReply(p.command("ROUND 1", command));
        assertThat(error.path("code").asText()).as(command).isEqualTo(code);
        assertThat(error.path("message").asText()).as(command).isEqualTo(message);
    }

    @Test
    void oversizedNamesAreRefused() throws Exception {
        try (TestServer s = TestServer.start();
                TestClient c = new TestClient(s.port())) {
            c.send("{\"type\":\"hello\",\"id\":\"h\",\"protocol\":1,\"name\":\"" + "n".repeat(100) + "\"}");
            assertThat(c.awaitReply("h").path("code").asText()).isEqualTo("text_too_long");
        }
    }

    @Test
    void aLineOverTheFrameLimitClosesOnlyThatConnection() throws Exception {
        try (TestServer s = TestServer.start();
                TestClient big = TestClient.hello(s.port(), "big");
                TestClient other = TestClient.hello(s.port(), "other")) {
            byte[] line =
                    ("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(70_000) + "\"}\n").getBytes(StandardCharsets.UTF_8);
            big.sendRaw(line);
            big.awaitError("frame_too_long");
            assertThat(big.closedByServer()).isTrue();
            stillServes(other);
        }
    }

    @Test
    void messagesBeforeHelloAndUnknownVersionsAreRefused() throws Exception {
        try (TestServer s = TestServer.start();
                TestClient c = new TestClient(s.port());
                TestClient old = new TestClient(s.port())) {
            c.send("{\"type\":\"list_rooms\",\"id\":\"1\"}");
            assertThat(c.awaitReply("1").path("code").asText()).isEqualTo("hello_required");
            old.send("{\"type\":\"hello\",\"id\":\"h\",\"protocol\":99}");
            assertThat(old.awaitReply("h").path("code").asText()).isEqualTo("unsupported_protocol");
            assertThat(old.closedByServer()).isTrue();
        }
    }

    @Test
    void roomMessagesOutsideARoomAreRefused() throws Exception {
        try (TestServer s = TestServer.start();
                TestClient c = TestClient.hello(s.port(), "x")) {
            String id = c.command("ROUND 1", "{\"type\":\"say\",\"text\":\"hi\"}");
            assertThat(c.awaitReply(id).path("code").asText()).isEqualTo("not_in_room");
            id = c.request(TestClient.msg("fill_bots"));
            assertThat(c.awaitReply(id).path("code").asText()).isEqualTo("not_in_room");
        }
    }

    @Test
    void aFloodIsRateLimitedAndTheConnectionCarriesOn() throws Exception {
        try (TestServer s = TestServer.start(b -> b.rate(20, 10));
                TestClient c = TestClient.hello(s.port(), "x")) {
            StringBuilder burst = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                burst.append("{\"type\":\"ping\",\"id\":\"f").append(i).append("\"}\n");
            }
            c.sendRaw(burst.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(c.awaitError("rate_limited").path("message").asText())
                    .as("the limit and when to try again, so that a bot can pace itself")
                    .matches("You are sending too fast \\(the limit is 20 messages a second, 10 at once\\); that"
                            + " message was dropped\\. Send it again in [0-9]+ ms or later\\.");
            Thread.sleep(600);
            stillServes(c);
        }
    }

    @Test
    void guessingJoinCodesIsThrottledPerAddress() throws Exception {
        try (TestServer s = TestServer.start(b -> b.joinAttempts(3, 60_000));
                TestClient c = TestClient.hello(s.port(), "x")) {
            String code = Rooms.create(s.port(), null).code();
            for (int i = 0; i < 3; i++) {
                String id = c.request(TestClient.msg("join").put("code", "AAAA-AAA" + i));
                assertThat(c.awaitReply(id).path("code").asText()).isEqualTo("unknown_code");
            }
            String id = c.request(TestClient.msg("join").put("code", code));
            assertThat(c.awaitReply(id).path("code").asText()).isEqualTo("too_many_attempts");
        }
    }

    @Test
    void connectionsPerAddressAreCapped() throws Exception {
        try (TestServer s = TestServer.start(b -> b.maxConnectionsPerAddress(2));
                TestClient a = TestClient.hello(s.port(), "a");
                TestClient b = TestClient.hello(s.port(), "b");
                TestClient c = new TestClient(s.port())) {
            c.awaitError("too_many_connections");
            assertThat(c.closedByServer()).isTrue();
            stillServes(a);
        }
    }

    @Test
    void aReaderThatCannotKeepUpIsDroppedAndTheRoomCarriesOn() throws Exception {
        try (TestServer s = TestServer.start(b -> b.writeBufferBytes(64 * 1024).rate(1000, 1000))) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = room.facilitator();
                    TestClient p = Rooms.join(s.port(), room.code(), "north", "A");
                    TestClient slow = TestClient.neverReading(s.port())) {
                Rooms.toRound1(f);
                String text = "y".repeat(1900);
                String last = null;
                for (int i = 0; i < 60; i++) {
                    last = p.command("ROUND 1", "{\"type\":\"say\",\"text\":\"" + text + "\"}");
                }
                p.awaitReply(last);
                StringBuilder asks = new StringBuilder("{\"type\":\"hello\",\"protocol\":1}\n");
                asks.append("{\"type\":\"join\",\"code\":\"")
                        .append(room.code())
                        .append("\",\"role\":\"spectator\"}\n");
                slow.sendRaw(asks.toString().getBytes(StandardCharsets.UTF_8));
                Thread.sleep(300);
                asks.setLength(0);
                for (int i = 0; i < 100; i++) {
                    asks.append("{\"type\":\"get_events\",\"afterSeq\":0}\n");
                }
                slow.sendRaw(asks.toString().getBytes(StandardCharsets.UTF_8));
                assertThat(slow.stillOpen()).isFalse();
                p.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"the room carries on\"}");
                f.awaitEvent("floor");
            }
        }
    }

    @Test
    void aSilentConnectionGetsPingsThenIsClosed() throws Exception {
        try (TestServer s = TestServer.start(b -> b.heartbeatMs(100).idleTimeoutMs(400));
                TestClient c = TestClient.hello(s.port(), "x")) {
            c.await("ping");
            JsonNode bye = c.await("bye");
            assertThat(bye.path("code").asText()).isEqualTo("idle_timeout");
            assertThat(c.closedByServer()).isTrue();
        }
    }
}
