package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A room where a person plays with bots moves at a person's pace (the default pace, normal):
 * votes stay open for the window, bots answer the person within seconds however late in the
 * round, and what bots say arrives as a stream, never two bot messages in the same second.
 */
class HumanPaceTest {

    private static final long WINDOW_MS = Pace.normal().voteWindowSeconds() * 1000L;
    /** Seeded, so a failure comes back the same (bots' choices and their pacing jitter follow the seed). */
    private static final String SEEDED = "{\"seed\":1}";

    private static final Set<String> TALK = Set.of("floor", "dm", "caucus_message");

    /** Event messages (with their time) whose event matches {@code type}, as {@code m} received them. */
    private static List<JsonNode> messages(FakeMember m, String type) {
        return m.received().stream()
                .filter(n -> n.path("type").asText().equals("event")
                        && n.path("event").path("type").asText().equals(type))
                .toList();
    }

    private static JsonNode resolved(FakeMember m, String amendment) {
        return messages(m, "amendment_resolved").stream()
                .filter(n -> n.path("event").path("amendment").asText().equals(amendment))
                .findFirst()
                .orElse(null);
    }

    private static long votesOn(FakeMember m, String amendment) {
        return messages(m, "vote_cast").stream()
                        .filter(n -> n.path("event").path("amendment").asText().equals(amendment))
                        .count()
                + messages(m, "amendment_cosponsored").stream()
                        .filter(n -> n.path("event").path("amendment").asText().equals(amendment))
                        .count();
    }

    @Test
    void anAmendmentAPersonProposesStaysOpenForTheWholeWindowWhileTheBotsVote() {
        try (RoomHarness h = RoomHarness.setup().options(SEEDED).open()) {
            FakeMember north = h.join("north", "Ada");
            h.facilitator().request(FakeMember.msg("fill_bots").put("strategy", "utility"));
            h.toRound1();
            long tabled = h.now();
            north.commandOk("ROUND 1", "{\"type\":\"propose\",\"clause\":\"control\",\"option\":\"meaningful\"}");
            String a = messages(north, "amendment_proposed")
                    .get(0)
                    .path("event")
                    .path("amendment")
                    .asText();

            h.advance(Duration.ofMillis(WINDOW_MS - 1));
            assertThat(votesOn(north, a)).as("every bot has voted").isEqualTo(3);
            assertThat(resolved(north, a)).as("the result waits for the window").isNull();

            h.advance(Duration.ofMillis(1));
            JsonNode closed = resolved(north, a);
            assertThat(closed).as("closed when the window ends").isNotNull();
            assertThat(closed.path("time").asLong()).isEqualTo(tabled + WINDOW_MS);
        }
    }

    @Test
    void aVoteClosesBeforeTheWindowEndsOnceEveryPersonHasVoted() {
        try (RoomHarness h = RoomHarness.setup().options(SEEDED).open()) {
            FakeMember north = h.join("north", "Ada");
            h.facilitator().request(FakeMember.msg("fill_bots").put("strategy", "utility"));
            h.toRound1();
            // Wait for a bot to table something and the other bots to vote on it.
            JsonNode proposed = null;
            for (int i = 0; i < 120 && proposed == null; i++) {
                h.advance(Duration.ofMillis(500));
                proposed = messages(north, "amendment_proposed").stream()
                        .findFirst()
                        .orElse(null);
            }
            assertThat(proposed).as("a bot tabled an amendment").isNotNull();
            String a = proposed.path("event").path("amendment").asText();
            long tabled = proposed.path("time").asLong();
            while (votesOn(north, a) < 2 && h.now() < tabled + WINDOW_MS - 1_000) {
                h.advance(Duration.ofMillis(100));
            }
            assertThat(votesOn(north, a)).as("the other bots voted").isEqualTo(2);
            assertThat(resolved(north, a)).as("still waiting for the person").isNull();

            north.commandOk("ROUND 1", "{\"type\":\"vote\",\"amendment\":\"" + a + "\",\"ballot\":\"ABSTAIN\"}");

            JsonNode closed = resolved(north, a);
            assertThat(closed).as("closed as soon as the person voted").isNotNull();
            assertThat(closed.path("time").asLong())
                    .isLessThan(tabled + WINDOW_MS)
                    .isEqualTo(h.now());
        }
    }

    @Test
    void inARoomOfBotsAloneAVoteClosesWithTheLastStance() {
        try (RoomHarness h = RoomHarness.setup().options(SEEDED).open()) {
            FakeMember f = h.facilitator();
            f.request(FakeMember.msg("fill_bots").put("strategy", "utility"));
            h.toRound1();
            h.advance(Duration.ofSeconds(30));

            JsonNode closed = messages(f, "amendment_resolved").get(0);
            String a = closed.path("event").path("amendment").asText();
            long lastStance = messages(f, "vote_cast").stream()
                    .filter(n -> n.path("event").path("amendment").asText().equals(a))
                    .mapToLong(n -> n.path("time").asLong())
                    .max()
                    .orElseThrow();
            assertThat(closed.path("time").asLong()).isEqualTo(lastStance);
        }
    }

    @Test
    void aBotAnswersAPersonWithinTenSecondsAtAnyPointOfTheRoundEvenAfterManyTurns() {
        // Three bots: late in the round each has used up its turns on the person's floor statements.
        answeredWithinTenSeconds("test-4x3", "north", List.of("east", "south", "west"));
    }

    @Test
    void aBotAnswersAPersonWithinTenSecondsInAFullRoomWhereTwentyThreeBotsQueueForTurns() {
        answeredWithinTenSeconds("hague-2023", "netherlands", List.of("china", "united-states", "austria"));
    }

    /**
     * Through a ten-minute round, the person speaks on the floor every five seconds (each statement
     * wakes every bot and costs it a turn) and asks one of {@code bots} a question every minute.
     */
    private static void answeredWithinTenSeconds(String scenario, String me, List<String> bots) {
        // Seed 5: there the United States has a dozen refusals to other bots still to send when asked.
        String options = "{\"seed\":5,\"timing\":{\"round\":600}}";
        try (RoomHarness h =
                RoomHarness.setup().scenario(scenario).options(options).open()) {
            FakeMember person = h.join(me, "Ada");
            h.facilitator().request(FakeMember.msg("fill_bots").put("strategy", "utility"));
            h.toRound1();
            int asked = 0;
            for (int minute = 0; minute < 9; minute++) {
                for (int i = 0; i < 6; i++) {
                    person.commandOk(
                            "ROUND 1",
                            "{\"type\":\"say\",\"text\":\"Point " + minute + "." + i
                                    + ": we should talk about human control.\"}");
                    h.advance(Duration.ofSeconds(5));
                }
                String bot = bots.get(minute % bots.size());
                long sent = h.now();
                person.commandOk(
                        "ROUND 1",
                        "{\"type\":\"dm\",\"to\":\"" + bot
                                + "\",\"text\":\"Where do you stand on meaningful human control?\"}");
                asked++;
                h.advance(Duration.ofSeconds(10));
                JsonNode answer = messages(person, "dm").stream()
                        .filter(n -> n.path("event").path("from").asText().equals(bot)
                                && n.path("time").asLong() >= sent)
                        .findFirst()
                        .orElse(null);
                assertThat(answer)
                        .as("%s answers question %d (minute %d of the round)", bot, asked, minute)
                        .isNotNull();
                assertThat(answer.path("time").asLong() - sent).isLessThanOrEqualTo(10_000);
            }
        }
    }

    @Test
    void openingStatementsArriveOneAtATimeSpreadOverTheOpening() {
        try (RoomHarness h = RoomHarness.setup()
                .scenario("hague-2023")
                .options("{\"seed\":1,\"timing\":{\"opening\":90}}")
                .open()) {
            FakeMember me = h.join("netherlands", "Ada");
            h.facilitator().request(FakeMember.msg("fill_bots").put("strategy", "utility"));
            FakeMember f = h.facilitator();
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"advance\"}");
            long opened = h.now();
            h.advance(Duration.ofSeconds(90));

            List<Long> times = messages(me, "floor").stream()
                    .filter(n -> !n.path("event").path("seat").asText().equals("netherlands"))
                    .mapToLong(n -> n.path("time").asLong())
                    .boxed()
                    .toList();
            assertThat(times).as("the 23 bots' opening statements").hasSize(23);
            for (int i = 1; i < times.size(); i++) {
                assertThat(times.get(i) - times.get(i - 1))
                        .as("statement %d after the one before", i)
                        .isGreaterThanOrEqualTo(Pace.normal().gapMs());
            }
            assertThat(times.get(times.size() - 1) - opened)
                    .as("spread over the opening")
                    .isGreaterThan(40_000);
        }
    }

    /**
     * A play-test's Seoul saw 14 bot amendments in the first 3 minutes of round 1 and quiet rounds
     * after. Spread, every round has the bots' wordings to weigh, a vote window or more apart, and
     * no more in a round than its share of two a clause (5 of Seoul's 14 over three rounds). The
     * person votes on each amendment after 20 s.
     */
    @Test
    void theBotsAmendmentsAreSpreadOverEveryRound() {
        try (RoomHarness h =
                RoomHarness.setup().scenario("seoul-2024").options(SEEDED).open()) {
            FakeMember me = h.join("kenya", "Ada");
            FakeMember f = h.facilitator();
            f.request(FakeMember.msg("fill_bots"));
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            Map<String, Long> tabled = new HashMap<>();
            Set<String> done = new java.util.HashSet<>();
            Map<Integer, List<Long>> byRound = new HashMap<>();
            String stage = "";
            while (!h.finished()) {
                h.advance(Duration.ofSeconds(5));
                for (JsonNode n : me.received()) {
                    JsonNode e = n.path("event");
                    String type = e.path("type").asText();
                    if (type.equals("phase_started")) {
                        JsonNode s = e.path("stage");
                        stage = s.path("phase").asText()
                                + (s.path("round").asInt() > 0
                                        ? " " + s.path("round").asInt()
                                        : "");
                    } else if (type.equals("amendment_proposed")
                            && tabled.putIfAbsent(e.path("amendment").asText(), h.now()) == null
                            && !e.path("seat").asText().equals("kenya")) {
                        byRound.computeIfAbsent(Integer.parseInt(stage.substring(6)), r -> new java.util.ArrayList<>())
                                .add(n.path("time").asLong());
                    } else if (type.equals("amendment_resolved")) {
                        done.add(e.path("amendment").asText());
                    }
                }
                for (Map.Entry<String, Long> a : tabled.entrySet()) {
                    if (stage.startsWith("ROUND") && h.now() - a.getValue() >= 20_000 && done.add(a.getKey())) {
                        me.command(
                                stage,
                                "{\"type\":\"vote\",\"amendment\":\"" + a.getKey() + "\",\"ballot\":\"ABSTAIN\"}");
                    }
                }
            }
            assertThat(byRound.keySet()).as("rounds with bots' amendments").containsExactlyInAnyOrder(1, 2, 3);
            for (Map.Entry<Integer, List<Long>> r : byRound.entrySet()) {
                List<Long> times = r.getValue();
                assertThat(times).as("bots' amendments in round %d", r.getKey()).hasSizeBetween(3, 5);
                for (int i = 1; i < times.size(); i++) {
                    assertThat(times.get(i) - times.get(i - 1))
                            .as("between two bots' amendments in round %d", r.getKey())
                            .isGreaterThanOrEqualTo(WINDOW_MS);
                }
            }
        }
    }

    /** At the table a room seats by default (and the demo plays): mixed bots, some of which make no deals. */
    @Test
    void thePersonIsOfferedATradeByABotEveryRound() {
        try (RoomHarness h = RoomHarness.setup()
                .scenario("hague-2023")
                .options(
                        "{\"seed\":1,\"timing\":{\"briefing\":60,\"opening\":60,\"round\":180,\"rounds\":3,\"decision\":90}}")
                .open()) {
            FakeMember me = h.join("netherlands", "Ada");
            FakeMember f = h.facilitator();
            f.request(FakeMember.msg("fill_bots"));
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            h.advance(Duration.ofSeconds(61 + 61)); // briefing and opening
            for (int round = 1; round <= 3; round++) {
                int before = messages(me, "deal_offered").size();
                h.advance(Duration.ofSeconds(181));
                List<JsonNode> offers = messages(me, "deal_offered");
                assertThat(offers.subList(before, offers.size()))
                        .as("offers to the person in round %d", round)
                        .anySatisfy(n ->
                                assertThat(n.path("event").path("to").asText()).isEqualTo("netherlands"));
            }
        }
    }

    @Test
    void noTwoBotMessagesInTheSameSecondInAWholeSummit() {
        try (RoomHarness h = RoomHarness.setup()
                .scenario("hague-2023")
                .options(
                        "{\"seed\":1,\"timing\":{\"briefing\":60,\"opening\":60,\"round\":180,\"rounds\":3,\"decision\":90}}")
                .open()) {
            FakeMember me = h.join("netherlands", "Ada");
            FakeMember f = h.facilitator();
            f.request(FakeMember.msg("fill_bots").put("strategy", "mediator"));
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            h.advance(Duration.ofSeconds(61));
            for (int round = 1; round <= 3; round++) {
                h.advance(Duration.ofSeconds(61));
                for (String bot : List.of("china", "united-states", "austria")) {
                    me.command(
                            "ROUND " + round, "{\"type\":\"dm\",\"to\":\"" + bot + "\",\"text\":\"Will you sign?\"}");
                    h.advance(Duration.ofSeconds(20));
                }
            }
            h.advance(Duration.ofMinutes(10));
            assertThat(h.finished()).isTrue();

            Map<Long, JsonNode> bySecond = new HashMap<>();
            int talk = 0;
            for (JsonNode n : f.received()) {
                JsonNode e = n.path("event");
                String from =
                        e.has("seat") ? e.path("seat").asText() : e.path("from").asText();
                if (!n.path("type").asText().equals("event")
                        || !TALK.contains(e.path("type").asText())
                        || from.equals("netherlands")) {
                    continue;
                }
                talk++;
                JsonNode before = bySecond.put(n.path("time").asLong() / 1000, n);
                assertThat(before)
                        .as("two bot messages in one second: %s and %s", before, n)
                        .isNull();
            }
            // enough talk for the check to mean something: 24 opening statements, answers to the person
            assertThat(talk).as("bot messages").isGreaterThan(20);
        }
    }
}
