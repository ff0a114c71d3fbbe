package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.rules.Command;

/**
 * A person at a table of 23 bots (hague-2023, nine clauses, the normal pace) finds clauses free
 * to amend, is offered at most one deal by bots per vote window, and never meets a bot's
 * amendment tabled too late in a round to vote on it ({@link PeopleFirst}).
 */
class PeopleFirstTest {

    private static final long WINDOW_MS = Pace.normal().voteWindowSeconds() * 1000L;
    private static final String PERSON = "netherlands";

    private static RoomHarness hagueWithBots() {
        RoomHarness h = RoomHarness.setup()
                .scenario("hague-2023")
                .options("{\"seed\":3}")
                .open();
        h.facilitator().request(FakeMember.msg("fill_bots"));
        return h;
    }

    private static void voteOnEverything(RoomHarness h, FakeMember person) {
        var state = h.room().match().state();
        for (var a : List.copyOf(state.openAmendments())) {
            if (a.stanceOf(PERSON) == null && state.stage().toString().startsWith("ROUND")) {
                person.commandOk(
                        state.stage().toString(),
                        "{\"type\":\"vote\",\"amendment\":\"" + a.id() + "\",\"ballot\":\"ABSTAIN\"}");
            }
        }
    }

    /** The person tables {@code option} on {@code clause} in round 1; returns the amendment's id. */
    private static String propose(FakeMember person, String clause, String option) {
        person.commandOk(
                "ROUND 1", "{\"type\":\"propose\",\"clause\":\"" + clause + "\",\"option\":\"" + option + "\"}");
        return messages(person, "amendment_proposed").stream()
                .filter(n -> n.path("event").path("seat").asText().equals(PERSON))
                .reduce((x, y) -> y)
                .orElseThrow()
                .path("event")
                .path("amendment")
                .asText();
    }

    private static List<JsonNode> messages(FakeMember m, String type) {
        return m.received().stream()
                .filter(n -> n.path("type").asText().equals("event")
                        && n.path("event").path("type").asText().equals(type))
                .toList();
    }

    @Test
    void botsLeaveClausesFreeForThePeople() {
        try (RoomHarness h = hagueWithBots()) {
            FakeMember person = h.join(PERSON, "Ada");
            h.toRound1();

            // Most of the round: the bots' amendments are spread over it (a slot every 70 s here), and
            // the person, who never votes, keeps them open.
            int most = 0;
            for (int s = 0; s < 600; s++) {
                h.advance(Duration.ofSeconds(1));
                most = Math.max(most, h.room().match().state().openAmendments().size());
            }

            assertThat(messages(person, "amendment_proposed"))
                    .as("bots still table wordings")
                    .hasSizeGreaterThan(3);
            assertThat(most).as("open amendments at most, of nine clauses").isLessThanOrEqualTo(5);
            String free = h.room().match().state().scenario().clauses().stream()
                    .map(c -> c.id())
                    .filter(c -> h.room().match().state().openAmendmentOn(c).isEmpty())
                    .findFirst()
                    .orElseThrow();
            String other = h.room().match().state().scenario().clause(free).orElseThrow().options().stream()
                    .map(o -> o.id())
                    .filter(o -> !o.equals(h.room().match().state().text().get(free)))
                    .findFirst()
                    .orElseThrow();
            person.commandOk(
                    "ROUND 1", "{\"type\":\"propose\",\"clause\":\"" + free + "\",\"option\":\"" + other + "\"}");
        }
    }

    /** The people table first: no bot tables a wording in the first half vote window of a round. */
    @Test
    void theFirstMomentsOfARoundAreForThePeoplesWordings() {
        try (RoomHarness h = hagueWithBots()) {
            h.join(PERSON, "Ada");
            h.toRound1();
            for (int s = 1; s < WINDOW_MS / 2000; s++) {
                h.advance(Duration.ofSeconds(1));
                assertThat(h.room().match().state().openAmendments())
                        .as("bots' amendments %d s into the round", s)
                        .isEmpty();
            }
            h.advance(Duration.ofMillis(WINDOW_MS));
            assertThat(h.room().match().state().openAmendments())
                    .as("then the bots table theirs")
                    .isNotEmpty();
        }
    }

    /**
     * In classroom-mini (three clauses) the bots, quicker than anyone at the start of a round, hold
     * one clause at most, so two are free for the people when they come to table theirs.
     */
    @Test
    void inASmallScenarioBotsHoldOneClauseAtMost() {
        try (RoomHarness h = RoomHarness.setup()
                .scenario("classroom-mini")
                .options("{\"seed\":3}")
                .open()) {
            h.facilitator().request(FakeMember.msg("fill_bots"));
            FakeMember person = h.join("germany", "Ada");
            h.toRound1();

            int most = 0;
            long byBots = 0;
            for (int s = 0; s < 240; s++) {
                h.advance(Duration.ofSeconds(1));
                var state = h.room().match().state();
                for (var a : List.copyOf(state.openAmendments())) {
                    if (a.stanceOf("germany") == null
                            && state.stage().toString().equals("ROUND 1")) {
                        person.commandOk(
                                "ROUND 1",
                                "{\"type\":\"vote\",\"amendment\":\"" + a.id() + "\",\"ballot\":\"ABSTAIN\"}");
                    }
                }
                var open = h.room().match().state().openAmendments();
                most = Math.max(most, (int) open.stream()
                        .filter(a -> !a.proposer().equals("germany"))
                        .count());
                byBots = messages(person, "amendment_proposed").size();
            }

            assertThat(byBots).as("bots still table wordings").isGreaterThan(2);
            assertThat(most)
                    .as("bots' amendments open at once, of three clauses")
                    .isEqualTo(1);
        }
    }

    @Test
    void aPersonIsOfferedOneDealByBotsAWindowAtMost() {
        try (RoomHarness h = hagueWithBots()) {
            FakeMember person = h.join(PERSON, "Ada");
            h.toRound1();
            h.advance(Duration.ofMinutes(10));

            List<Long> offers = new ArrayList<>();
            for (JsonNode n : messages(person, "deal_offered")) {
                if (n.path("event").path("to").asText().equals(PERSON)) {
                    offers.add(n.path("time").asLong());
                }
            }
            assertThat(offers).as("bots do make offers to the person").hasSizeGreaterThan(1);
            for (int i = 1; i < offers.size(); i++) {
                assertThat(offers.get(i) - offers.get(i - 1))
                        .as("time between offers %d and %d", i, i + 1)
                        .isGreaterThanOrEqualTo(WINDOW_MS);
            }
        }
    }

    /**
     * A person asks bots for trades just after a bot's unasked offer, when another unasked offer
     * would be held back: each deal a bot agrees to (or counters with) arrives before the words
     * that say it was sent, not a vote window later.
     */
    @Test
    void aDealAPersonAskedForArrivesBeforeTheWordsThatAnnounceIt() {
        try (RoomHarness h = hagueWithBots()) {
            FakeMember person = h.join(PERSON, "Ada");
            h.toRound1();
            for (int s = 0; s < 120 && offersToThePerson(person).isEmpty(); s++) {
                h.advance(Duration.ofSeconds(1));
            }
            assertThat(offersToThePerson(person)).as("a bot's unasked offer").isNotEmpty();
            var scenario = h.room().match().state().scenario();
            var mine = scenario.delegation(PERSON).orElseThrow().preferences();
            for (String bot : List.of("germany", "france", "canada", "japan", "republic-of-korea")) {
                var theirs = scenario.delegation(bot).orElseThrow().preferences();
                // Our support for the wording it wants most, for its support of the one we want most elsewhere.
                var give = favourite(scenario, theirs, null);
                var want = favourite(scenario, mine, give.clause());
                person.commandOk(
                        "ROUND 1",
                        "{\"type\":\"dm\",\"to\":\"" + bot + "\",\"text\":\"We will support \\\"" + give.label()
                                + "\\\" if you support \\\"" + want.label() + "\\\".\"}");
            }
            h.advance(Duration.ofSeconds(5));

            List<JsonNode> announced = messages(person, "dm").stream()
                    .filter(n -> n.path("event").path("to").asText().equals(PERSON)
                            && n.path("event").path("text").asText().contains("as a deal"))
                    .toList();
            assertThat(announced).as("bots that say they sent a deal").isNotEmpty();
            for (JsonNode words : announced) {
                String bot = words.path("event").path("from").asText();
                assertThat(offersToThePerson(person))
                        .as(
                                "a deal from %s before its words \"%s\"",
                                bot, words.path("event").path("text").asText())
                        .anyMatch(o -> o.path("event").path("from").asText().equals(bot)
                                && o.path("seq").asLong() < words.path("seq").asLong());
            }
        }
    }

    private static List<JsonNode> offersToThePerson(FakeMember person) {
        return messages(person, "deal_offered").stream()
                .filter(n -> n.path("event").path("to").asText().equals(PERSON))
                .toList();
    }

    private record Wording(String clause, String label) {}

    /** The wording {@code prefs} value most, on a clause other than {@code besides}. */
    private static Wording favourite(
            org.summitsim.core.scenario.Scenario scenario,
            org.summitsim.core.scenario.Preferences prefs,
            String besides) {
        Wording best = null;
        int most = Integer.MIN_VALUE;
        for (var c : scenario.clauses()) {
            for (var o : c.options()) {
                if (!c.id().equals(besides) && !o.id().equals(c.draft()) && prefs.value(c.id(), o.id()) > most) {
                    most = prefs.value(c.id(), o.id());
                    best = new Wording(c.id(), o.label());
                }
            }
        }
        return best;
    }

    /** Late in a long round, after their other turns are spent, bots still vote: a person's amendment closes after its window. */
    @Test
    void botsStillVoteLateInALongRound() {
        try (RoomHarness h = hagueWithBots()) {
            FakeMember person = h.join(PERSON, "Ada");
            h.toRound1();
            for (int s = 0; s < 480; s++) {
                h.advance(Duration.ofSeconds(1));
                voteOnEverything(h, person);
            }
            var state = h.room().match().state();
            // A wording nobody has put to a vote this round, on a clause with none open.
            String[] wording = state.scenario().clauses().stream()
                    .filter(c -> state.openAmendmentOn(c.id()).isEmpty())
                    .flatMap(c -> c.options().stream()
                            .filter(o -> !o.id().equals(state.text().get(c.id()))
                                    && state.votedThisRound(c.id(), o.id()).isEmpty())
                            .map(o -> new String[] {c.id(), o.id()}))
                    .findFirst()
                    .orElseThrow();
            String free = wording[0];
            String other = wording[1];
            String id = propose(person, free, other);

            h.advance(Duration.ofMillis(WINDOW_MS + 15_000));

            assertThat(messages(person, "amendment_resolved"))
                    .as("the vote on the person's amendment closed after its window, with every stance")
                    .anyMatch(n -> n.path("event").path("amendment").asText().equals(id));
            assertThat(h.room().match().state().stage().toString()).isEqualTo("ROUND 1");
        }
    }

    /**
     * A person's amendment is heard before the bots vote on it: no bot votes in the first half of
     * its window, so the person can lobby for votes, which do not change once cast; then they vote.
     */
    @Test
    void botsHearAPersonsAmendmentBeforeTheyVoteOnIt() {
        try (RoomHarness h = hagueWithBots()) {
            FakeMember person = h.join(PERSON, "Ada");
            h.toRound1();
            var state = h.room().match().state();
            String[] wording = state.scenario().clauses().stream()
                    .filter(c -> state.openAmendmentOn(c.id()).isEmpty())
                    .flatMap(c -> c.options().stream()
                            .filter(o -> !o.id().equals(state.text().get(c.id())))
                            .map(o -> new String[] {c.id(), o.id()}))
                    .findFirst()
                    .orElseThrow();
            String id = propose(person, wording[0], wording[1]);
            java.util.function.IntSupplier stances = () -> {
                var a = h.room().match().state().amendment(id).orElseThrow();
                return a.votes().size() + a.cosponsors().size();
            };
            for (long t = 0; t < WINDOW_MS / 2 - 2_000; t += 1_000) {
                h.advance(Duration.ofSeconds(1));
                assertThat(stances.getAsInt())
                        .as("bots' votes or co-sponsorships %d ms after tabling", t + 1_000)
                        .isZero();
            }
            // Held votes are tried again every few seconds, each bot at its own pace; a bot that offers the
            // person its support for this wording in a trade holds its vote four turns more for her answer.
            h.advance(Duration.ofMillis(WINDOW_MS / 2 + 100_000));
            assertThat(messages(person, "amendment_resolved"))
                    .as("the bots voted in the second half, and the vote closed after the window")
                    .anyMatch(n -> n.path("event").path("amendment").asText().equals(id)
                            && n.path("event").path("supports").asInt()
                                            + n.path("event").path("objections").asInt()
                                            + n.path("event")
                                                    .path("abstentions")
                                                    .asInt()
                                    == 24);
            var a = h.room().match().state().amendment(id).orElseThrow();
            assertThat(a.votes().size() + a.cosponsors().size())
                    .as("stances the bots took themselves, not abstentions counted at the close")
                    .isGreaterThanOrEqualTo(20);
        }
    }

    /**
     * Tabled in the round's last vote window, a bot's amendment would close with the round before
     * a person could vote on it. (At this table the bots have tabled what they wanted long before
     * then, so the room is asked directly, as a bot's turn asks it.)
     */
    @Test
    void aBotsAmendmentInTheRoundsLastVoteWindowIsHeldBack() {
        try (RoomHarness h = hagueWithBots()) {
            FakeMember person = h.join(PERSON, "Ada");
            h.toRound1();
            long end = h.room().deadline.at();
            while (h.now() < end - WINDOW_MS - 1_000) {
                h.advance(Duration.ofSeconds(1));
                voteOnEverything(h, person); // an active person: votes close once their window has passed
            }
            var state = h.room().match().state();
            String free = state.scenario().clauses().stream()
                    .map(c -> c.id())
                    .filter(c -> state.openAmendmentOn(c).isEmpty())
                    .findFirst()
                    .orElseThrow();
            Command.Propose propose = new Command.Propose(free, "anything", "");

            assertThat(String.valueOf(h.room().peopleFirst.crowding(propose)))
                    .as("a minute and a second before the end")
                    .doesNotContain("The round ends before");
            h.advance(Duration.ofSeconds(2));
            assertThat(h.room().peopleFirst.crowding(propose))
                    .as("59 seconds before the end")
                    .contains("The round ends before");
            assertThat(h.room().peopleFirst.crowding(new Command.Say("Hello."))).isNull();
        }
    }
}
