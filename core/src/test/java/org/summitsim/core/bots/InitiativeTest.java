package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.view.Viewer;

/**
 * Bots approach the person at the table unasked: a trade offer every round, a reminder of a
 * partner's pledge before the decision, and a reproach (and no more deals) after a broken
 * promise. Played through the real rules; Costa Rica is the person, Austria its partner.
 */
class InitiativeTest {

    private static final Scenario MINI = ScenarioCatalog.load("classroom-mini");
    private static final String PERSON = "costa-rica";

    private final MatchDriver match = MatchDriver.open(MINI).toOpening();
    private final Map<String, Bot> bots = new LinkedHashMap<>();
    private final BotTable table = new BotTable(match);

    private void seatBots(String strategy, Set<String> people) {
        for (var d : MINI.playable()) {
            if (!d.id().equals(PERSON)) {
                Bot bot = Strategies.create(strategy, MINI, d.id(), 3);
                bot.seatedPeople(people);
                bots.put(d.id(), bot);
            }
        }
    }

    /** Every bot takes {@code turns} turns; what they sent, in order. */
    private List<Command> turns(int turns) {
        List<Command> all = new ArrayList<>();
        for (int t = 0; t < turns; t++) {
            for (String seat : bots.keySet()) {
                all.addAll(table.turn(seat, bots.get(seat)));
            }
        }
        return all;
    }

    private static List<Command.OfferDeal> offersTo(List<Command> commands, String seat) {
        return commands.stream()
                .filter(c -> c instanceof Command.OfferDeal o && o.to().equals(seat))
                .map(Command.OfferDeal.class::cast)
                .toList();
    }

    private static List<String> whispersTo(List<Command> commands, String seat) {
        return commands.stream()
                .filter(c -> c instanceof Command.Whisper w && w.to().equals(seat))
                .map(c -> ((Command.Whisper) c).text())
                .toList();
    }

    /**
     * In the last round a wording put to a vote cannot be tabled again, so support for it is a
     * promise that can never come due: no bot asks the person for it.
     */
    @Test
    void noBotAsksForSupportOfAWordingThatCanNeverBeTabledAgain() {
        seatBots("utility", Set.of(PERSON));
        match.toRound(MINI.timing().rounds());
        // Each bot's most wanted wording, tabled by the person and voted on in this last round.
        Map<String, String> closed = new LinkedHashMap<>();
        for (String seat : bots.keySet()) {
            Mind mind = new Mind(match.view(Viewer.seat(seat)));
            String top = mind.topClause();
            String ideal = top == null ? null : mind.ideal(top);
            if (top == null || ideal.equals(mind.current(top)) || closed.containsValue(top + "=" + ideal)) {
                continue;
            }
            var proposed = MatchDriver.ok(match.submit(Actor.seat(PERSON), new Command.Propose(top, ideal, "")));
            MatchDriver.ok(match.facilitator()
                    .submit(new Command.CallVote(((Event.AmendmentProposed) proposed.get(0)).amendment())));
            closed.put(seat, top + "=" + ideal);
        }
        assertThat(closed)
                .as("wordings the bots want most, voted on in the last round")
                .isNotEmpty();
        for (String seat : bots.keySet()) {
            Promise want = Initiative.want(new Mind(match.view(Viewer.seat(seat))), PERSON);
            assertThat(want)
                    .as(seat + " asks the person for")
                    .matches(w ->
                            !(w instanceof Promise.Support s) || !closed.containsValue(s.clause() + "=" + s.option()));
        }
    }

    /** A person who tabled the wording a bot wants most is not asked to support it: she does already. */
    @Test
    void noBotAsksThePersonToSupportHerOwnAmendment() {
        seatBots("utility", Set.of(PERSON));
        match.toRound(1);
        Map<String, String> tabled = new LinkedHashMap<>();
        for (String seat : bots.keySet()) {
            Mind mind = new Mind(match.view(Viewer.seat(seat)));
            String top = mind.topClause();
            if (top == null || mind.ideal(top).equals(mind.current(top)) || !tabled.isEmpty()) {
                continue;
            }
            MatchDriver.ok(match.submit(Actor.seat(PERSON), new Command.Propose(top, mind.ideal(top), "")));
            tabled.put(top, mind.ideal(top));
        }
        assertThat(tabled)
                .as("a wording some bot wants most, tabled by the person")
                .isNotEmpty();
        int wanting = 0;
        for (String seat : bots.keySet()) {
            Mind mind = new Mind(match.view(Viewer.seat(seat)));
            String top = mind.topClause();
            if (top != null && mind.ideal(top).equals(tabled.get(top))) {
                wanting++;
                assertThat(Initiative.want(mind, PERSON))
                        .as(seat + " asks the person for")
                        .matches(w -> !(w instanceof Promise.Support s)
                                || !(s.clause().equals(top) && s.option().equals(tabled.get(top))));
            }
        }
        assertThat(wanting).as("bots that want that wording most").isPositive();
    }

    /**
     * A play-test's India offered a student support for a wording it had already voted for: nothing
     * the person would not have had anyway.
     */
    @Test
    void aBotOffersNoSupportItHasGivenByItsVote() {
        seatBots("utility", Set.of(PERSON));
        match.toRound(1);
        int checked = 0;
        for (String seat : bots.keySet()) {
            Mind mind = new Mind(match.view(Viewer.seat(seat)));
            for (var c : MINI.clauses()) {
                for (var o : c.options()) {
                    if (checked > 0 || o.id().equals(mind.current(c.id())) || mind.gain(c.id(), o.id()) < 0.5) {
                        continue;
                    }
                    MatchDriver.ok(match.submit(Actor.seat(PERSON), new Command.Propose(c.id(), o.id(), "")));
                    String a = match.state().openAmendments().get(0).id();
                    MatchDriver.ok(match.submit(Actor.seat(seat), new Command.CastVote(a, Ballot.SUPPORT)));
                    Mind voted = new Mind(match.view(Viewer.seat(seat)));
                    String other = MINI.clauses().stream()
                            .map(x -> x.id())
                            .filter(x -> !x.equals(c.id()))
                            .findFirst()
                            .orElseThrow();
                    Promise want = new Promise.Support(
                            other,
                            MINI.clause(other).orElseThrow().options().get(0).id());
                    assertThat(Initiative.give(voted, PERSON, want, 0, List.of()))
                            .as(seat + " gives")
                            .isNotEqualTo(new Promise.Support(c.id(), o.id()));
                    checked++;
                }
            }
        }
        assertThat(checked).as("a bot that voted for the person's wording").isEqualTo(1);
    }

    @Test
    void thePersonIsOfferedATradeEveryRoundInWordsWithNamesNotIds() {
        seatBots("utility", Set.of(PERSON));
        turns(2);
        for (int round = 1; round <= MINI.timing().rounds(); round++) {
            match.toRound(round);
            List<Command.OfferDeal> offers = offersTo(turns(3), PERSON);
            assertThat(offers)
                    .as("offers to the person in round %d", round)
                    .isNotEmpty()
                    .hasSizeLessThanOrEqualTo(Initiative.PER_ROUND + 2); // the rotation's bots and its partners
            assertThat(offers)
                    .allSatisfy(o -> assertThat(o.text())
                            .contains("In return")
                            .contains("\"")
                            .doesNotContain("process=", "costa-rica"));
        }
    }

    @Test
    void botsAloneNeverApproachEachOther() {
        seatBots("utility", Set.of());
        match.toRound(1);
        List<Command> sent = turns(3);
        assertThat(sent)
                .noneMatch(c -> c instanceof Command.OfferDeal o && o.text().contains("In return"));
        assertThat(sent).noneMatch(c -> c instanceof Command.Whisper);
    }

    @Test
    void aPartnerIsRemindedOfItsPledgeBeforeItDecides() {
        seatBots("utility", Set.of(PERSON));
        match.toRound(1);
        MatchDriver.ok(
                match.submit(Actor.seat(PERSON), new Command.MakePledge(Decision.SIGN, List.of(), "We will sign.")));
        match.toFinal();
        List<String> reminders = whispersTo(turns(1), PERSON);
        // Austria lists Costa Rica among its partners; the other bots do not remind it
        assertThat(reminders).singleElement().asString().startsWith("Before you decide: you pledged to sign");
    }

    @Test
    void oneWhoHasDecidedIsNotRemindedBeforeDeciding() {
        seatBots("utility", Set.of(PERSON));
        match.toRound(1);
        MatchDriver.ok(
                match.submit(Actor.seat(PERSON), new Command.MakePledge(Decision.SIGN, List.of(), "We will sign.")));
        match.toFinal();
        MatchDriver.ok(match.submit(Actor.seat(PERSON), new Command.Decide(Decision.SIGN, "We sign.")));
        assertThat(whispersTo(turns(1), PERSON)).noneMatch(w -> w.startsWith("Before you decide"));
    }

    @Test
    void aBrokenPromiseIsNamedAndEndsTheDealing() {
        seatBots("utility", Set.of(PERSON));
        match.toRound(1);
        List<Command.OfferDeal> offers = offersTo(turns(3), PERSON);
        Command.OfferDeal asked = offers.stream()
                .filter(o -> o.want() instanceof Promise.Vote)
                .findFirst()
                .orElseThrow();
        String from = match.log().stream()
                .filter(e -> e instanceof Event.DealOffered d
                        && d.to().equals(PERSON)
                        && d.want().equals(asked.want()))
                .map(e -> ((Event.DealOffered) e).from())
                .findFirst()
                .orElseThrow();
        String deal = match.view(Viewer.seat(PERSON)).deals().stream()
                .filter(d -> d.from().equals(from) && d.want().equals(asked.want()))
                .findFirst()
                .orElseThrow()
                .id();
        MatchDriver.ok(match.submit(Actor.seat(PERSON), new Command.AcceptDeal(deal)));
        MatchDriver.ok(match.submit(
                Actor.seat(PERSON), new Command.CastVote(((Promise.Vote) asked.want()).amendment(), Ballot.OPPOSE)));

        List<Command> after = turns(1);
        assertThat(whispersTo(after, PERSON))
                .anySatisfy(w -> assertThat(w)
                        .startsWith("You promised us your vote for")
                        .contains("voted against it", "no more deals"));

        // and it turns down the next deal the person offers
        MatchDriver.ok(match.submit(
                Actor.seat(PERSON),
                new Command.OfferDeal(
                        from,
                        new Promise.Decide(Decision.SIGN, List.of()),
                        new Promise.Decide(Decision.SIGN, List.of()),
                        "sign together?")));
        assertThat(turns(1)).anyMatch(c -> c instanceof Command.DeclineDeal);
        assertThat(offersTo(turns(2), PERSON))
                .noneMatch(o -> match.view(Viewer.seat(PERSON)).deals().stream()
                        .anyMatch(d -> d.from().equals(from)
                                && d.status().equals("offered")
                                && d.text().equals(o.text())));
    }
}
