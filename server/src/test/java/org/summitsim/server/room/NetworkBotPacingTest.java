package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.rules.MatchState;

/**
 * A program that joins saying it is a bot is paced as the room's own bots are, where people play
 * ({@link NetworkBots}), and is no person the room paces for. classroom-mini, the normal pace.
 */
class NetworkBotPacingTest {

    private static final long WINDOW_MS = Pace.normal().voteWindowSeconds() * 1000L;
    private static final long GAP_MS = Pace.normal().gapMs();

    private static RoomHarness mini() {
        return RoomHarness.setup()
                .scenario("classroom-mini")
                .options("{\"seed\":5}")
                .open();
    }

    /** A proposal on {@code clause} of a wording it does not read now. */
    private static String proposal(RoomHarness h, String clause) {
        MatchState state = h.room().match().state();
        String other = state.scenario().clause(clause).orElseThrow().options().stream()
                .map(o -> o.id())
                .filter(o -> !o.equals(state.text().get(clause)))
                .findFirst()
                .orElseThrow();
        return "{\"type\":\"propose\",\"clause\":\"" + clause + "\",\"option\":\"" + other + "\"}";
    }

    private static List<JsonNode> statements(FakeMember m) {
        return m.received().stream()
                .filter(n -> n.path("type").asText().equals("event")
                        && n.path("event").path("type").asText().equals("floor"))
                .toList();
    }

    @Test
    void aProgramTablesNothingWhileThePeopleTableTheirsAndIsToldWhy() {
        try (RoomHarness h = mini()) {
            h.join("netherlands", "Ada");
            FakeMember program = h.joinBot("united-states", "utility bot");
            h.toRound1();

            JsonNode refused = program.reply(program.command("ROUND 1", proposal(h, "human")));

            assertThat(refused.path("code").asText()).isEqualTo("people_first");
            assertThat(refused.path("message").asText())
                    .startsWith("Held back for the people in this room: The round has just begun")
                    .contains("for another " + WINDOW_MS / 2 / 1000 + " s.")
                    .endsWith("Try it again later in the phase.");
            assertThat(h.room().match().state().openAmendments())
                    .as("nothing changed")
                    .isEmpty();

            h.advance(Duration.ofMillis(WINDOW_MS / 2));
            program.command("ROUND 1", proposal(h, "human"));
            h.advance(Duration.ofMillis(GAP_MS));
            assertThat(h.room().match().state().openAmendments()).hasSize(1);
        }
    }

    @Test
    void programsSpeakOneAtATimeAndHearTheirAcksWhenTheyDo() {
        try (RoomHarness h = mini()) {
            FakeMember person = h.join("netherlands", "Ada");
            FakeMember a = h.joinBot("united-states", "utility bot");
            FakeMember b = h.joinBot("china", "mediator bot");
            h.toRound1();
            person.clear();

            List<String> sent = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                sent.add(a.command("ROUND 1", "{\"type\":\"say\",\"text\":\"A" + i + "\"}"));
                sent.add(b.command("ROUND 1", "{\"type\":\"say\",\"text\":\"B" + i + "\"}"));
            }
            List<Long> heardAt = new ArrayList<>();
            for (long waited = 0; waited <= 6 * GAP_MS; waited += 100) {
                while (heardAt.size() < statements(person).size()) {
                    heardAt.add(h.now());
                }
                h.advance(Duration.ofMillis(100));
            }

            assertThat(statements(person).stream()
                            .map(n -> n.path("event").path("text").asText()))
                    .as("each program's words in the order it sent them")
                    .containsExactly("A1", "B1", "A2", "B2");
            for (int i = 1; i < heardAt.size(); i++) {
                assertThat(heardAt.get(i) - heardAt.get(i - 1))
                        .as("statement %d after the one before", i + 1)
                        .isGreaterThanOrEqualTo(GAP_MS);
            }
            assertThat(a.reply(sent.get(0)).path("type").asText()).isEqualTo("ack");
            assertThat(b.reply(sent.get(3)).path("type").asText()).isEqualTo("ack");
        }
    }

    @Test
    void aProgramHearsAPersonsCaseBeforeItVotes() {
        try (RoomHarness h = mini()) {
            FakeMember person = h.join("netherlands", "Ada");
            FakeMember program = h.joinBot("united-states", "utility bot");
            h.toRound1();
            person.commandOk("ROUND 1", proposal(h, "process"));
            String amendment = h.room().match().state().openAmendments().get(0).id();
            String vote = "{\"type\":\"vote\",\"amendment\":\"" + amendment + "\",\"ballot\":\"OPPOSE\"}";

            assertThat(program.reply(program.command("ROUND 1", vote))
                            .path("code")
                            .asText())
                    .isEqualTo("people_first");
            assertThat(h.room()
                            .match()
                            .state()
                            .amendment(amendment)
                            .orElseThrow()
                            .hasVoted("united-states"))
                    .isFalse();

            h.advance(Duration.ofMillis(WINDOW_MS / 2));
            program.commandOk("ROUND 1", vote);
        }
    }

    /**
     * While another bot holds the floor, a program's proposal the room would hold back is refused at
     * once, not after its wait in line; its words to a person go ahead of its words to the bots; and
     * it cannot queue more than a few things.
     */
    @Test
    void aProgramIsAnsweredAtOnceWhenHeldBackAndAPersonIsAnsweredFirst() {
        try (RoomHarness h = mini()) {
            FakeMember person = h.join("netherlands", "Ada");
            FakeMember a = h.joinBot("united-states", "utility bot");
            FakeMember b = h.joinBot("china", "mediator bot");
            h.toRound1();
            a.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"A holds the floor.\"}");

            String proposal = b.command("ROUND 1", proposal(h, "human"));
            assertThat(b.reply(proposal).path("code").asText())
                    .as("answered before any time passed")
                    .isEqualTo("people_first");

            String toBots = b.command("ROUND 1", "{\"type\":\"say\",\"text\":\"To the room.\"}");
            String again = b.command("ROUND 1", "{\"type\":\"say\",\"text\":\"Again.\"}");
            String toAda = b.command("ROUND 1", "{\"type\":\"dm\",\"to\":\"netherlands\",\"text\":\"Yes, Ada.\"}");
            String tooMany = b.command("ROUND 1", "{\"type\":\"say\",\"text\":\"And more.\"}");
            assertThat(b.reply(tooMany).path("message").asText()).contains("is still waiting for its turn");
            String toAdaAgain = b.command("ROUND 1", "{\"type\":\"dm\",\"to\":\"netherlands\",\"text\":\"And then.\"}");
            assertThat(b.received())
                    .as("words to a person are never turned away for the bot's queue")
                    .noneMatch(n -> toAdaAgain.equals(n.path("id").asText(null)));

            h.advance(Duration.ofMillis(GAP_MS));
            assertThat(b.reply(toAda).path("type").asText())
                    .as("the answer to the person first")
                    .isEqualTo("ack");
            assertThat(b.received()).noneMatch(n -> toBots.equals(n.path("id").asText(null)));
            assertThat(person.events()).anyMatch(e -> e.path("text").asText().equals("Yes, Ada."));
            h.advance(Duration.ofMillis(GAP_MS));
            assertThat(b.reply(toAdaAgain).path("type").asText()).isEqualTo("ack");
            h.advance(Duration.ofMillis(2 * GAP_MS));
            assertThat(b.reply(toBots).path("type").asText()).isEqualTo("ack");
            assertThat(b.reply(again).path("type").asText()).isEqualTo("ack");
        }
    }

    /**
     * A mistake is told at once and for what it is, never as "wait" and never after a wait in
     * line; and it takes no place in the program's queue. A play-test's bot retried a proposal on
     * a clause that does not exist for a whole round, told only "people_first".
     */
    @Test
    void aProgramsMistakeIsToldAtOnceAndTakesNoPlaceInLine() {
        try (RoomHarness h = mini()) {
            h.join("netherlands", "Ada");
            FakeMember program = h.joinBot("united-states", "utility bot");
            h.toRound1();
            program.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"We hold the floor.\"}");

            String unknownClause =
                    program.command("ROUND 1", "{\"type\":\"propose\",\"clause\":\"treaty\",\"option\":\"x\"}");
            assertThat(program.reply(unknownClause).path("code").asText())
                    .as("the round has just begun, but the clause is the mistake")
                    .isEqualTo("unknown_clause");
            List<String> bad = new ArrayList<>();
            for (String to : List.of("Austria", "united-states")) {
                bad.add(program.command("ROUND 1", "{\"type\":\"dm\",\"to\":\"" + to + "\",\"text\":\"Hello.\"}"));
            }
            bad.add(program.command("ROUND 1", "{\"type\":\"say\",\"text\":\"\"}"));
            for (String id : bad) {
                assertThat(program.reply(id).path("type").asText())
                        .as("answered before any time passed")
                        .isEqualTo("error");
                assertThat(program.reply(id).path("code").asText()).isNotEqualTo("people_first");
            }
            List<String> good = new ArrayList<>();
            for (int i = 1; i <= NetworkBots.MAX_WAITING; i++) {
                good.add(program.command("ROUND 1", "{\"type\":\"say\",\"text\":\"Point " + i + ".\"}"));
            }
            h.advance(Duration.ofMillis((NetworkBots.MAX_WAITING + 1) * GAP_MS));
            for (String id : good) {
                assertThat(program.reply(id).path("type").asText())
                        .as("the mistakes kept no place in line")
                        .isEqualTo("ack");
            }
        }
    }

    /**
     * In a full room of the room's own bots (24 seats, relaxed pace), a program's proposal made once
     * the people have had their half window goes out within a few of the pace's gaps: it does not
     * wait behind every bot woken by the round, which took over a minute in a play-test.
     */
    @Test
    void aProgramsProposalDoesNotWaitBehindEveryBotInAFullRoom() {
        try (RoomHarness h = RoomHarness.setup()
                .scenario("hague-2023")
                .options("{\"seed\":3,\"pace\":\"relaxed\"}")
                .open()) {
            h.join("netherlands", "Ada");
            FakeMember program = h.joinBot("costa-rica", "club bot");
            h.facilitator().request(FakeMember.msg("fill_bots"));
            h.toRound1();
            Pace relaxed = Pace.named(Pace.RELAXED).orElseThrow();
            h.advance(Duration.ofMillis(relaxed.voteWindowSeconds() * 1000L / 2 + 1000));

            long sent = h.now();
            String id = program.command("ROUND 1", proposal(h, "instrument"));
            while (program.received().stream()
                            .noneMatch(n -> id.equals(n.path("id").asText(null)))
                    && h.now() - sent < 120_000) {
                h.advance(Duration.ofMillis(250));
            }

            assertThat(h.now() - sent)
                    .as("ms until the proposal went out or was refused")
                    .isLessThanOrEqualTo(3 * relaxed.gapMs());
        }
    }

    /**
     * A person is offered one unasked deal by bots at a time; an offer from a program the person
     * wrote to is an answer they wait for, and goes.
     */
    @Test
    void aProgramsOfferToAPersonWhoWroteToItIsAnAnswer() {
        try (RoomHarness h = mini()) {
            FakeMember person = h.join("netherlands", "Ada");
            FakeMember a = h.joinBot("united-states", "utility bot");
            FakeMember b = h.joinBot("china", "mediator bot");
            h.toRound1();
            String offer = "{\"type\":\"offer\",\"to\":\"netherlands\","
                    + "\"give\":{\"kind\":\"support\",\"clause\":\"human\",\"option\":\"meaningful\"},"
                    + "\"want\":{\"kind\":\"support\",\"clause\":\"process\",\"option\":\"bridge\"}}";
            a.commandOk("ROUND 1", offer);

            assertThat(b.reply(b.command("ROUND 1", offer)).path("message").asText())
                    .contains("was offered a deal by a bot moments ago");

            person.commandOk("ROUND 1", "{\"type\":\"dm\",\"to\":\"china\",\"text\":\"What do you want?\"}");
            String answer = b.command("ROUND 1", offer);
            h.advance(Duration.ofMillis(GAP_MS));
            assertThat(b.reply(answer).path("type").asText()).isEqualTo("ack");
        }
    }

    /** What waits for its turn when the summit ends is answered, never left hanging. */
    @Test
    void whatWaitsWhenTheSummitEndsIsAnswered() {
        try (RoomHarness h = mini()) {
            h.join("netherlands", "Ada");
            FakeMember program = h.joinBot("united-states", "utility bot");
            h.toRound1();
            program.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"First.\"}");
            String waiting = program.command("ROUND 1", "{\"type\":\"say\",\"text\":\"Second.\"}");
            assertThat(program.received())
                    .noneMatch(n -> waiting.equals(n.path("id").asText(null)));

            h.facilitator().commandOk("ROUND 1", "{\"type\":\"end\"}");

            JsonNode answer = program.reply(waiting);
            assertThat(answer.path("code").asText()).isEqualTo("match_over");
            assertThat(answer.path("message").asText())
                    .isEqualTo("The summit ended before this went out, so it was not sent.");
        }
    }

    /** The teacher's list of students who have not spoken yet names people, not programs. */
    @Test
    void aQuietProgramIsNoQuietStudent() {
        try (RoomHarness h = mini()) {
            h.join("netherlands", "Ada");
            h.joinBot("united-states", "utility bot");
            h.toRound1();

            String id = h.facilitator().request(FakeMember.msg("get_monitor"));

            JsonNode monitor = h.facilitator().reply(id);
            assertThat(monitor.path("notSpoken")).extracting(JsonNode::asText).containsExactly("netherlands");
            JsonNode seats = monitor.path("seats");
            assertThat(seats.get(1).path("players").get(0).path("bot").asBoolean())
                    .as("marked as a program")
                    .isTrue();
            assertThat(seats.get(0).path("players").get(0).has("bot"))
                    .as("a person is not")
                    .isFalse();
        }
    }

    /** Programs are not people: a room of programs and the room's bots is not paced at all. */
    @Test
    void aTableOfProgramsIsNotPaced() {
        try (RoomHarness h = mini()) {
            FakeMember a = h.joinBot("united-states", "utility bot");
            FakeMember b = h.joinBot("china", "mediator bot");
            h.toRound1();

            a.commandOk("ROUND 1", proposal(h, "human"));
            a.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"One.\"}");
            b.commandOk("ROUND 1", "{\"type\":\"say\",\"text\":\"Two.\"}");
            assertThat(h.room().pacer.paced()).isFalse();

            a.disconnect(); // the seat waits for its program to come back: still nobody to pace for
            assertThat(h.room().pacer.paced()).isFalse();
            h.join("netherlands", "Ada");
            assertThat(h.room().pacer.paced()).isTrue();
        }
    }
}
