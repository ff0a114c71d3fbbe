package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Promise.Support;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;

/**
 * A bot asked for what it wants, owes or has done already: hague-2023, the Netherlands played by
 * a person. Korea wants the Global Commission above all (the draft's wording) and a little more on
 * escalation ("Confidence-building and nuclear control" is worth 3 to it, the draft's 2); Germany
 * values "Clear chain of command" 1 below the draft's human oversight.
 */
class OwedPromisesTest {

    private static final Scenario HAGUE = ScenarioCatalog.load("hague-2023");
    private static final String PERSON = "netherlands";

    private final MatchDriver match = MatchDriver.open(HAGUE).toRound(1);
    private final BotTable table = new BotTable(match);

    private Bot seat(String strategy, String seat) {
        Bot bot = Strategies.create(strategy, HAGUE, seat, 11);
        bot.seatedPeople(Set.of(PERSON));
        table.turn(seat, bot); // its round-one business first
        return bot;
    }

    private void person(Command c) {
        MatchDriver.ok(match.submit(Actor.seat(PERSON), c));
    }

    private String lastAmendmentOf(String seat) {
        return match.view(Viewer.seat(PERSON)).amendments().stream()
                .filter(a -> a.proposer().equals(seat))
                .reduce((a, b) -> b)
                .orElseThrow()
                .id();
    }

    private Mind mind(String seat) {
        return new Mind(match.view(Viewer.seat(seat)));
    }

    private static List<String> whispers(List<Command> commands) {
        return commands.stream()
                .filter(c -> c instanceof Command.Whisper w && w.to().equals(PERSON))
                .map(c -> ((Command.Whisper) c).text())
                .toList();
    }

    @Test
    void supportForAWordingThatStandsIsWorthSomethingOnlyAgainstAnAmendmentOpenOnIt() {
        Support commission = new Support("process", "commission"); // Korea's ideal, and the draft's wording
        seat("utility", "republic-of-korea");
        assertThat(mind("republic-of-korea").current("process")).isEqualTo("commission");
        // A promise that cannot come due while nobody challenges the wording: no payment for it,
        // or a person could sell the same promise to every bot in turn (a play-test sold one four times).
        assertThat(UtilityBot.promiseBenefit(mind("republic-of-korea"), commission))
                .isZero();
        MatchDriver.ok(match.submit(Actor.seat("costa-rica"), new Command.Propose("process", "un", "The UN.")));
        // Now it means a vote against that amendment: worth half of what the amendment would cost Korea.
        Mind korea = mind("republic-of-korea");
        assertThat(UtilityBot.promiseBenefit(korea, commission))
                .isPositive()
                .isEqualTo(-korea.gain("process", "un") * 0.5);
    }

    @Test
    void aHardlinerAskedToSupportTheWordingItWantsSaysItMakesNoDealsNotThatItCosts() {
        Bot korea = seat("hardliner", "republic-of-korea");
        // by a utility bot's numbers the deal is free for Korea and worth 3.1 to it
        assertThat(UtilityBot.promiseCost(mind("republic-of-korea"), new Promise.Support("process", "commission")))
                .isZero();
        person(new Command.OfferDeal(
                "republic-of-korea",
                new Promise.Support("escalation", "measures"),
                new Promise.Support("process", "commission"),
                ""));
        List<Command> answer = table.turn("republic-of-korea", korea);
        assertThat(answer).anyMatch(Command.DeclineDeal.class::isInstance);
        assertThat(whispers(answer))
                .singleElement()
                .asString()
                .contains("We make no deals", "is the wording we want", "vote against any amendment that changes it")
                .doesNotContain("costs us");
    }

    @Test
    void aHardlinerTradeInWordsGetsTheSameReason() {
        Bot korea = seat("hardliner", "republic-of-korea");
        person(new Command.Whisper(
                "republic-of-korea", "We will support the Global Commission if you support meaningful human control."));
        List<String> said = whispers(table.turn("republic-of-korea", korea));
        assertThat(said)
                .singleElement()
                .asString()
                .startsWith("We make no deals")
                .doesNotContain("make up for");
    }

    @Test
    void aPleaToVoteForAnAmendmentGetsTheVoteAndItsReasonNotAListOfInstructions() {
        Bot korea = seat("hardliner", "republic-of-korea");
        String own = lastAmendmentOf("republic-of-korea");
        person(new Command.Whisper("republic-of-korea", "Please vote for " + own + ", think of the civilians."));
        assertThat(whispers(table.turn("republic-of-korea", korea)))
                .singleElement()
                .asString()
                .contains("We proposed amendment " + own, "ourselves")
                .matches(
                        w -> AmendmentAnswers.WANTED.stream().anyMatch(w::contains),
                        "gives the wording it wants as its reason")
                .doesNotContain("instructions");
        person(new Command.Propose("law", "legal-reviews", "")); // Korea: 4, the draft's obligations 5
        String id = lastAmendmentOf(PERSON);
        person(new Command.Whisper("republic-of-korea", "We beg you, vote for " + id + "."));
        assertThat(whispers(table.turn("republic-of-korea", korea)))
                .singleElement()
                .asString()
                .contains(
                        "against amendment " + id,
                        "\"Full compliance, with legal reviews\"",
                        "The text already says what we want there: \"In line with legal obligations\"");
    }

    @Test
    void aVoteCastBeforeTheClauseChangedIsNotExplainedByTheTextAsItReadsNow() {
        // The play-test: "Why did you vote against my amendment?" got "The text already says what we
        // want there", which was untrue when the bot voted (a later amendment had changed the clause).
        // Korea wants "Confidence-building and nuclear control" (the draft: "Noted in passing"), and
        // has tabled it first thing: the person votes that down, then tables "Not mentioned".
        Bot korea = seat("hardliner", "republic-of-korea");
        String korean = lastAmendmentOf("republic-of-korea");
        person(new Command.CastVote(korean, Ballot.OPPOSE));
        MatchDriver.ok(match.facilitator().callVote(korean));
        person(new Command.Propose("escalation", "silent", ""));
        String first = lastAmendmentOf(PERSON);
        table.turn("republic-of-korea", korea); // against: the clause reads "Noted in passing"
        MatchDriver.ok(match.facilitator().callVote(first));
        // Next round the person gives Korea its wording after all.
        MatchDriver.ok(match.facilitator().advance());
        person(new Command.Propose("escalation", "measures", ""));
        String second = lastAmendmentOf(PERSON);
        table.turn("republic-of-korea", korea);
        MatchDriver.ok(match.facilitator().callVote(second));
        assertThat(mind("republic-of-korea").current("escalation")).isEqualTo("measures");

        person(new Command.Whisper("republic-of-korea", "Why did you vote against " + first + "?"));
        assertThat(whispers(table.turn("republic-of-korea", korea)))
                .singleElement()
                .asString()
                .contains("against amendment " + first, "We want \"Confidence-building and nuclear control\" there")
                .doesNotContain("already says");
    }

    @Test
    void askedWhatItWouldTakeForItsVoteOnAnAmendmentABotSaysThatVoteFirst() {
        // The play-test: "What would it take to get your vote on A1?" got a list of wants, no word on A1.
        Bot korea = seat("utility", "republic-of-korea");
        person(new Command.Propose("law", "legal-reviews", "")); // Korea: 4, the draft's obligations 5
        String id = lastAmendmentOf(PERSON);
        person(new Command.Whisper("republic-of-korea", "What would it take to get your vote on " + id + "?"));
        assertThat(whispers(table.turn("republic-of-korea", korea)))
                .singleElement()
                .asString()
                .contains("amendment " + id)
                .containsPattern("(?i)\\b(abstain|vote against|vote for|voted)\\b")
                .containsAnyOf("still want", "priorities", "The text already says what we need", "satisfied");
    }

    @Test
    void aBotDoesNotSellAVoteItAlreadyPromised() {
        Bot germany = seat("utility", "germany");
        person(new Command.OfferDeal(
                "germany",
                new Promise.Support("human", "meaningful"),
                new Promise.Support("escalation", "measures"),
                ""));
        assertThat(table.turn("germany", germany)).anyMatch(Command.AcceptDeal.class::isInstance);
        match.toRound(2);
        person(new Command.Propose("escalation", "measures", ""));
        String id = lastAmendmentOf(PERSON);
        List<Command> turn = table.turn("germany", germany);
        assertThat(turn).contains(new Command.Cosponsor(id)); // as promised
        // and it asks nothing more for it: neither that vote nor the wording is on offer again
        assertThat(turn)
                .filteredOn(c -> c instanceof Command.OfferDeal o && o.to().equals(PERSON))
                .map(c -> ((Command.OfferDeal) c).give())
                .doesNotContain(new Promise.Vote(id, Ballot.SUPPORT), new Promise.Support("escalation", "measures"));
    }

    @Test
    void aVoteAlreadyOwedOrCastCostsNothingMore() {
        Bot germany = seat("utility", "germany");
        // Germany gives up 1 point to support the chain of command, for the person's support of its ideal
        person(new Command.OfferDeal(
                "germany", new Promise.Support("law", "legal-reviews"), new Promise.Support("human", "chain"), ""));
        assertThat(table.turn("germany", germany)).anyMatch(Command.AcceptDeal.class::isInstance);
        match.toRound(2);
        person(new Command.Propose("human", "chain", ""));
        String id = lastAmendmentOf(PERSON);
        Promise.Vote vote = new Promise.Vote(id, Ballot.SUPPORT);
        assertThat(mind("germany").gain("human", "chain")).isEqualTo(-1.0);
        assertThat(UtilityBot.promiseCost(mind("germany"), vote)).isZero(); // owed by the deal already
        table.turn("germany", germany); // it votes for it, as promised
        assertThat(UtilityBot.promiseCost(mind("germany"), vote)).isZero(); // cast already: kept at once
        assertThat(UtilityBot.promiseCost(mind("germany"), new Promise.Vote(id, Ballot.OPPOSE)))
                .isInfinite(); // a vote cast stands
    }

    /**
     * A deal for its vote, offered before the bot has voted, is answered in the same turn as the
     * vote: the vote follows the deal it accepts (the rules would refuse an acceptance after a
     * vote cast otherwise, and the promise would be broken as it was made).
     */
    @Test
    void aVoteCastInTheTurnThatAcceptsADealForItIsTheVotePromised() {
        Bot germany = seat("utility", "germany");
        person(new Command.Propose("human", "chain", "")); // a point below the draft for Germany
        String id = lastAmendmentOf(PERSON);
        person(new Command.OfferDeal(
                "germany", new Promise.Support("law", "legal-reviews"), new Promise.Vote(id, Ballot.SUPPORT), ""));
        List<Command> turn = table.turn("germany", germany); // every command accepted by the rules
        assertThat(turn).anyMatch(Command.AcceptDeal.class::isInstance);
        assertThat(match.view(Viewer.seat(PERSON)).amendments().stream()
                        .filter(a -> a.id().equals(id))
                        .findFirst()
                        .orElseThrow()
                        .supporters())
                .contains("germany");
    }

    /**
     * A bot that tells a person its vote could be won in a deal leaves that vote uncast (not voting
     * is the abstention it intended), so the offer it invited can still reach it.
     */
    @Test
    void aVoteSaidToBeOpenToADealWaitsForTheDeal() {
        Bot germany = seat("utility", "germany");
        String id = askGermanyAboutItsNearlyIdealWording();
        List<Command> turn = table.turn("germany", germany);
        assertThat(whispers(turn)).singleElement().asString().contains("our vote is open");
        assertThat(turn)
                .noneMatch(c -> c instanceof Command.CastVote v && v.amendment().equals(id));
        assertThat(table.turn("germany", germany))
                .as("nor on a later turn")
                .noneMatch(c -> c instanceof Command.CastVote v && v.amendment().equals(id));
        person(new Command.OfferDeal(
                "germany", new Promise.Support("escalation", "measures"), new Promise.Vote(id, Ballot.SUPPORT), ""));
        assertThat(table.turn("germany", germany)).anyMatch(Command.AcceptDeal.class::isInstance);
    }

    /** A play-test's Israel: it promised a wording, then sold its vote for the amendment that replaces it. */
    @Test
    void aBotDoesNotSellAVoteAnEarlierPromiseAlreadyDecides() {
        Bot germany = seat("utility", "germany");
        person(new Command.OfferDeal(
                "germany", new Promise.Support("human", "meaningful"), new Promise.Support("escalation", "noted"), ""));
        assertThat(table.turn("germany", germany)).anyMatch(Command.AcceptDeal.class::isInstance);
        match.toRound(2);
        person(new Command.Propose("escalation", "measures", "")); // replaces the wording Germany promised to support
        String id = lastAmendmentOf(PERSON);
        person(new Command.OfferDeal(
                "germany", new Promise.Support("law", "legal-reviews"), new Promise.Vote(id, Ballot.SUPPORT), ""));
        List<Command> turn = table.turn("germany", germany);
        assertThat(turn)
                .anyMatch(Command.DeclineDeal.class::isInstance)
                .noneMatch(Command.AcceptDeal.class::isInstance);
        assertThat(whispers(turn))
                .anyMatch(w -> w.contains("an earlier promise of ours already decides our vote there"));
    }

    /** It waits a few turns only: the vote waits for every stance, and the clause for the vote to close. */
    @Test
    void aVoteSaidToBeOpenToADealIsCastIfNoOfferComes() {
        Bot germany = seat("utility", "germany");
        String id = askGermanyAboutItsNearlyIdealWording();
        int turns = 0;
        while (table.turn("germany", germany).stream()
                .noneMatch(c -> c instanceof Command.CastVote v && v.amendment().equals(id))) {
            turns++;
            assertThat(turns).as("turns without the vote").isLessThanOrEqualTo(Conversation.INVITED_TURNS);
        }
        assertThat(turns).isEqualTo(Conversation.INVITED_TURNS);
    }

    /**
     * The person tables Germany's ideal wording of a clause free for a proposal, a point above
     * what the clause reads now (Germany abstains on so small a gain), and asks Germany about it;
     * returns the amendment's id.
     */
    private String askGermanyAboutItsNearlyIdealWording() {
        // Germany's own offers declined first: a wording it asked the person to support, it votes for.
        for (PlayerView.DealView d : match.view(Viewer.seat(PERSON)).deals()) {
            if (d.from().equals("germany") && d.status().equals("offered")) {
                person(new Command.DeclineDeal(d.id()));
            }
        }
        Mind before = mind("germany");
        String clause = before.view().text().stream()
                .map(PlayerView.ClauseView::id)
                .filter(c -> before.open().stream().noneMatch(a -> a.clause().equals(c)))
                .filter(c -> before.gain(c, before.ideal(c)) == 1.0)
                .findFirst()
                .orElseThrow();
        person(new Command.Propose(clause, before.ideal(clause), ""));
        String id = lastAmendmentOf(PERSON);
        person(new Command.Whisper("germany", "What do you think of " + id + "?"));
        return id;
    }

    private boolean votedOn(String amendment, String seat) {
        return match.view(Viewer.seat(PERSON)).amendments().stream()
                .anyMatch(a -> a.id().equals(amendment) && a.votes().containsKey(seat));
    }

    /** The rules refuse such an offer before any bot sees it: the vote is cast, and votes do not change. */
    @Test
    void aVoteCastTheOtherWayCannotBeAskedFor() {
        Bot germany = seat("utility", "germany");
        person(new Command.Propose("human", "chain", ""));
        String id = lastAmendmentOf(PERSON);
        // Until Germany has voted: a vote it is offering the person a trade for waits a turn.
        for (int turn = 0; turn < 4 && !votedOn(id, "germany"); turn++) {
            table.turn("germany", germany);
        }
        assertThat(match.view(Viewer.seat(PERSON)).amendments().stream()
                        .filter(a -> a.id().equals(id))
                        .findFirst()
                        .orElseThrow()
                        .votes())
                .containsKey("germany")
                .doesNotContainEntry("germany", Ballot.SUPPORT);
        match.refuses(
                "already_voted",
                "Germany already",
                () -> match.submit(
                        Actor.seat(PERSON),
                        new Command.OfferDeal(
                                "germany",
                                new Promise.Support("law", "legal-reviews"),
                                new Promise.Vote(id, Ballot.SUPPORT),
                                "")));
        assertThat(whispers(table.turn("germany", germany))).isEmpty();
    }
}
