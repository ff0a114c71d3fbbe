package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.view.PlayerView.AmendmentView;
import org.summitsim.core.view.Viewer;

/**
 * A bot asked "what do you think of A27?" says how it will vote on A27, and then votes that way:
 * a player who lobbies on what a bot said must not find it voting otherwise. Every negotiating
 * strategy, in a full hague-2023 room, on every amendment of the first round it has not voted on.
 */
class SayAndDoTest {

    private static final Scenario HAGUE = ScenarioCatalog.load("hague-2023");
    private static final String PERSON = "netherlands";
    private static final List<String> STRATEGIES = List.of("utility", "mediator", "hardliner", "coalition");
    private static final Pattern WILL = Pattern.compile("We will (vote for|vote against|abstain on) it\\.");

    /**
     * A wording a bot asked a person to support is one it votes for itself, though it is worth only
     * a point to it: a play-test's Korea offered a student a deal for "REAIM, feeding into the UN"
     * and then abstained on it ("It makes no difference to us").
     */
    @Test
    void aBotVotesForTheWordingItAskedAPersonToSupport() {
        Scenario seoul = ScenarioCatalog.load("seoul-2024");
        String person = "kenya";
        for (boolean asked : new boolean[] {false, true}) {
            MatchDriver match = MatchDriver.open(seoul).toRound(1);
            BotTable table = new BotTable(match);
            Bot korea = Strategies.create("utility", seoul, "republic-of-korea", 7);
            korea.seatedPeople(Set.of(person));
            if (asked) {
                MatchDriver.ok(match.submit(
                        Actor.seat("republic-of-korea"),
                        new Command.OfferDeal(
                                person,
                                new Promise.Support("human", "judgment"),
                                new Promise.Support("process", "bridge"),
                                "")));
            }
            MatchDriver.ok(match.submit(Actor.seat("singapore"), new Command.Propose("process", "bridge", "")));
            String id = match.view(Viewer.seat(person)).amendments().stream()
                    .filter(a -> a.clause().equals("process"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            Ballot cast = null;
            for (int turn = 0; turn < 4 && cast == null; turn++) {
                table.turn("republic-of-korea", korea);
                AmendmentView now = match.view(Viewer.seat(person)).amendments().stream()
                        .filter(a -> a.id().equals(id))
                        .findFirst()
                        .orElseThrow();
                // A co-sponsor's name on it is its vote for it.
                cast = now.cosponsors().contains("republic-of-korea")
                        ? Ballot.SUPPORT
                        : now.votes().get("republic-of-korea");
            }
            assertThat(cast)
                    .as(asked ? "asked a person to support it" : "a point either way, asked of no one")
                    .isEqualTo(asked ? Ballot.SUPPORT : Ballot.ABSTAIN);
        }
    }

    /**
     * What a bot asks for in its opening is a wording it would vote for: a play-test's Korea said
     * "we want the text to say 'REAIM, feeding into the UN'" (a point better for it than the
     * draft), then abstained on it, "It makes no difference to us." Every seat of the three
     * scenarios (a utility bot abstains on a point either way).
     */
    @Test
    void anOpeningAsksOnlyForWhatTheBotWouldVoteFor() {
        Pattern asks = Pattern.compile("(?:On \"([^\"]+)\", we want the text to say: |We ask that \"([^\"]+)\" read"
                + " |On \"([^\"]+)\", our aim is )");
        int asked = 0;
        for (String id : List.of("hague-2023", "seoul-2024", "classroom-mini")) {
            Scenario scenario = ScenarioCatalog.load(id);
            MatchDriver match = MatchDriver.open(scenario).toOpening();
            for (var d : scenario.playable()) {
                var view = match.view(Viewer.seat(d.id()));
                Mind mind = new Mind(view);
                String opening = Phrases.opening(mind);
                Matcher m = asks.matcher(opening);
                while (m.find()) {
                    String title = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    var clause = scenario.clauses().stream()
                            .filter(c -> c.title().equals(title))
                            .findFirst()
                            .orElseThrow();
                    assertThat(mind.gain(clause.id(), mind.ideal(clause.id())))
                            .as(id + ", " + d.id() + ": " + opening)
                            .isGreaterThan(1);
                    asked++;
                }
            }
        }
        assertThat(asked).as("openings that ask for a change").isGreaterThan(5);
    }

    @Test
    void aBotVotesAsItSaidItWould() {
        MatchDriver match = MatchDriver.open(HAGUE).toRound(1);
        BotTable table = new BotTable(match);
        Map<String, Bot> bots = new LinkedHashMap<>();
        int i = 0;
        for (var d : HAGUE.playable()) {
            if (!d.id().equals(PERSON)) {
                Bot bot = Strategies.create(STRATEGIES.get(i++ % STRATEGIES.size()), HAGUE, d.id(), 7);
                bot.seatedPeople(Set.of(PERSON));
                bots.put(d.id(), bot);
            }
        }
        // A wording tabled on every clause (by the first seats, as they would read on the floor),
        // and the first bots' own business; the last ones have voted on none of it yet.
        List<String> seats = new ArrayList<>(bots.keySet());
        var clauses = HAGUE.clauses();
        for (int c = 0; c < clauses.size(); c++) {
            var clause = clauses.get(c);
            String other = clause.options().stream()
                    .map(o -> o.id())
                    .filter(o -> !o.equals(clause.draft()))
                    .toList()
                    .get(c % (clause.options().size() - 1));
            MatchDriver.ok(match.submit(Actor.seat(seats.get(c)), new Command.Propose(clause.id(), other, "")));
        }
        for (String seat : seats.subList(0, 12)) {
            table.turn(seat, bots.get(seat));
        }

        int asked = 0;
        List<String> abstentionsExplained = new ArrayList<>();
        // Each later seat is asked about one amendment (its turn then votes on all of them), a
        // different one each time.
        int next = 0;
        for (String seat : seats.subList(12, seats.size())) {
            List<AmendmentView> open = match.view(Viewer.seat(seat)).amendments().stream()
                    .filter(a -> a.status().equals("open") && !a.hasStance(seat))
                    .toList();
            for (AmendmentView a : open.isEmpty() ? open : List.of(open.get(next++ % open.size()))) {
                MatchDriver.ok(match.submit(
                        Actor.seat(PERSON), new Command.Whisper(seat, "What do you think of " + a.id() + "?")));
                String answer = whispers(table.turn(seat, bots.get(seat)));
                Matcher m = WILL.matcher(answer);
                if (!m.find()) {
                    continue; // it took its stance in the same turn, before answering: the answer says so
                }
                Ballot cast = stance(match, seat, a.id());
                // Asked about it, it waits a few turns for the offer its answer may invite, then votes.
                for (int t = 0; cast == null && t < Conversation.INVITED_TURNS; t++) {
                    table.turn(seat, bots.get(seat));
                    cast = stance(match, seat, a.id());
                }
                assertThat(cast)
                        .as("%s said \"%s\" about %s, then cast %s", seat, answer, a.id(), cast)
                        .isEqualTo(ballot(m.group(1)));
                if (cast == Ballot.ABSTAIN) {
                    abstentionsExplained.add(answer);
                }
                // Asked why afterwards, it names that vote, not its final decision.
                String past =
                        cast == Ballot.SUPPORT ? "voted for" : cast == Ballot.OPPOSE ? "voted against" : "abstained on";
                MatchDriver.ok(match.submit(
                        Actor.seat(PERSON),
                        new Command.Whisper(
                                seat, "You said you want it, so why did you " + m.group(1) + " " + a.id() + "?")));
                assertThat(whispers(table.turn(seat, bots.get(seat))))
                        .as("%s asked why it cast %s on %s", seat, cast, a.id())
                        .containsAnyOf(
                                past + " amendment " + a.id(),
                                "proposed amendment " + a.id(),
                                "co-sponsor amendment " + a.id());
                asked++;
            }
        }
        assertThat(asked).as("questions answered with an intention").isGreaterThanOrEqualTo(9);
        assertThat(abstentionsExplained)
                .as("an abstention is not explained as a question of principle")
                .noneMatch(s -> s.contains("question of principle") && !s.contains("vote is open"));
    }

    /**
     * A bot bound by a deal to a decision that is not its own choice says, asked "will you sign?",
     * what it will then decide: the promise kept (it says it promised) or, rarely, broken (it says
     * no). Before, it answered from its own choice alone and then signed as promised.
     */
    @Test
    void aBotAskedWhetherItWillSignSaysWhatItThenDecides() {
        MatchDriver match = MatchDriver.open(HAGUE).toRound(1);
        BotTable table = new BotTable(match);
        Map<String, Bot> bots = new LinkedHashMap<>();
        Map<String, String> said = new LinkedHashMap<>();
        int i = 0;
        int promisedOtherwise = 0;
        for (var d : HAGUE.playable()) {
            if (d.id().equals(PERSON)) {
                continue;
            }
            Bot bot = Strategies.create(STRATEGIES.get(i++ % STRATEGIES.size()), HAGUE, d.id(), 7);
            bot.seatedPeople(Set.of(PERSON));
            bots.put(d.id(), bot);
            // A deal, accepted, binds the bot to the decision it would not take: sign or not.
            Decision own = new Mind(match.view(Viewer.seat(d.id()))).bestDecision();
            Decision promised = own == Decision.SIGN ? Decision.ABSTAIN : Decision.SIGN;
            var offered = MatchDriver.ok(match.submit(
                    Actor.seat(PERSON),
                    new Command.OfferDeal(
                            d.id(),
                            new Promise.Decide(Decision.SIGN, List.of()),
                            new Promise.Decide(promised, List.of()),
                            null)));
            String deal = ((org.summitsim.core.rules.Event.DealOffered) offered.get(0)).deal();
            MatchDriver.ok(match.submit(Actor.seat(d.id()), new Command.AcceptDeal(deal)));
            promisedOtherwise++;
        }
        match.toFinal();
        int deals = 0;
        for (String seat : bots.keySet()) {
            MatchDriver.ok(match.submit(Actor.seat(PERSON), new Command.Whisper(seat, "Will you sign?")));
            said.put(seat, whispers(table.turn(seat, bots.get(seat))));
            // Asked why, it names the deal, not the text.
            MatchDriver.ok(match.submit(Actor.seat(PERSON), new Command.Whisper(seat, "Why would you not sign?")));
            deals += whispers(table.turn(seat, bots.get(seat))).contains("promised") ? 1 : 0;
        }
        assertThat(deals).as("reasons that name the deal").isEqualTo(23);
        int kept = 0;
        for (String seat : bots.keySet()) {
            for (int turn = 0;
                    turn < 3
                            && !match.view(Viewer.seat(seat)).delegations().stream()
                                    .anyMatch(c -> c.id().equals(seat) && c.decided());
                    turn++) {
                table.turn(seat, bots.get(seat));
            }
        }
        match.decideAll(PERSON, Decision.SIGN).finish();
        for (String seat : bots.keySet()) {
            Decision decided = match.outcome().decisions().get(seat).decision();
            String answer = said.get(seat);
            assertThat(answer.startsWith("Yes"))
                    .as("%s said \"%s\" to \"Will you sign?\", then decided %s", seat, answer, decided)
                    .isEqualTo(decided == Decision.SIGN);
            kept += answer.matches("(Yes|No)\\. We promised (to sign )?in our deal with you.*") ? 1 : 0;
        }
        assertThat(promisedOtherwise).isEqualTo(23);
        assertThat(kept).as("bots that said they would keep their deal").isEqualTo(23);
    }

    /**
     * Bound by a deal with a third delegation, a bot asked "will you sign?" says the deal is with
     * another delegation: a person sees only their own deals, and "we promised in a deal" read as
     * theirs when it was not (a play-test: the United Kingdom's promise to Canada).
     */
    @Test
    void aBotBoundByADealWithAnotherDelegationSaysSo() {
        MatchDriver match = MatchDriver.open(HAGUE).toRound(1);
        BotTable table = new BotTable(match);
        String third = "germany";
        Map<String, Bot> bots = new LinkedHashMap<>();
        int i = 0;
        for (var d : HAGUE.playable()) {
            if (d.id().equals(PERSON) || d.id().equals(third) || bots.size() == STRATEGIES.size()) {
                continue;
            }
            Bot bot = Strategies.create(STRATEGIES.get(i++), HAGUE, d.id(), 7);
            bot.seatedPeople(Set.of(PERSON));
            bots.put(d.id(), bot);
            var offered = MatchDriver.ok(match.submit(
                    Actor.seat(third),
                    new Command.OfferDeal(
                            d.id(),
                            new Promise.Decide(Decision.SIGN, List.of()),
                            new Promise.Decide(Decision.SIGN, List.of()),
                            null)));
            String deal = ((org.summitsim.core.rules.Event.DealOffered) offered.get(0)).deal();
            MatchDriver.ok(match.submit(Actor.seat(d.id()), new Command.AcceptDeal(deal)));
        }
        match.toFinal();
        for (String seat : bots.keySet()) {
            MatchDriver.ok(match.submit(Actor.seat(PERSON), new Command.Whisper(seat, "Will you sign?")));
            String answer = whispers(table.turn(seat, bots.get(seat)));
            assertThat(answer)
                    .as("%s, bound to sign by a deal with %s, asked by %s", seat, third, PERSON)
                    .contains("a deal with another delegation")
                    .doesNotContain("our deal with you");
        }
    }

    private static Ballot stance(MatchDriver match, String seat, String amendment) {
        AmendmentView a = match.view(Viewer.seat(seat)).amendments().stream()
                .filter(x -> x.id().equals(amendment))
                .findFirst()
                .orElseThrow();
        if (a.proposer().equals(seat) || a.cosponsors().contains(seat)) {
            return Ballot.SUPPORT;
        }
        return a.votes().get(seat);
    }

    private static Ballot ballot(String verb) {
        return switch (verb) {
            case "vote for" -> Ballot.SUPPORT;
            case "vote against" -> Ballot.OPPOSE;
            default -> Ballot.ABSTAIN;
        };
    }

    private static String whispers(List<Command> commands) {
        return BotTable.whispersTo(commands, PERSON);
    }
}
