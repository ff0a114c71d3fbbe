package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
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
 * Bots at a table with a player, driven by hand through a real match: the player's messages are
 * commands, the bots' turns are their answers, and every command goes through the rules.
 * classroom-mini: China wants "The UN route only" above all and can give a little on human control.
 */
class TalkingBotsTest {

    private static final Scenario MINI = ScenarioCatalog.load("classroom-mini");
    private static final String PLAYER = "costa-rica";

    private MatchDriver match;
    private BotTable table;
    private final Map<String, Bot> bots = new HashMap<>();

    @BeforeEach
    void seat() {
        match = MatchDriver.open(MINI).toRound(1);
        table = new BotTable(match);
        bots.put("china", Strategies.create("utility", MINI, "china", 11));
        bots.put("united-states", Strategies.create("mediator", MINI, "united-states", 11));
        bots.put("germany", Strategies.create("hardliner", MINI, "germany", 11));
        bots.keySet().forEach(this::turn); // their round-one business first: votes, proposals, offers
    }

    /** One turn of a bot: it sees what it has not seen, and its commands go through the rules. */
    private List<Command> turn(String seat) {
        return table.turn(seat, bots.get(seat));
    }

    private void player(Command c) {
        MatchDriver.ok(match.submit(Actor.seat(PLAYER), c));
    }

    private static List<String> whispers(List<Command> commands, String to) {
        return commands.stream()
                .filter(c -> c instanceof Command.Whisper w && w.to().equals(to))
                .map(c -> ((Command.Whisper) c).text())
                .toList();
    }

    private static List<Command.OfferDeal> offers(List<Command> commands) {
        return commands.stream()
                .filter(Command.OfferDeal.class::isInstance)
                .map(Command.OfferDeal.class::cast)
                .toList();
    }

    @Test
    void aPleaForMyAmendmentNamedByItsWordingIsAnsweredAboutThatAmendment() {
        // The play-test: "Please vote for my amendment on treaty negotiations" got a stock answer
        // about the bot's own instructions; the amendment was the player's, open, and named by its wording.
        match = MatchDriver.open(MINI).toRound(1);
        table = new BotTable(match);
        player(new Command.Propose("instrument", "negotiate", "A treaty now."));
        player(new Command.Whisper("united-states", "Please vote for my amendment on treaty negotiations."));
        assertThat(whispers(turn("united-states"), PLAYER))
                .singleElement()
                .asString()
                .startsWith("We will vote against amendment A1 (\"Call for treaty negotiations\" on \"A legally"
                        + " binding instrument\").");
    }

    @Test
    void aDealDeclinedForItsPriceSaysWhatWouldMakeItBetter() {
        // The play-test: "make us a better offer", with no hint of what the bot wants.
        match = MatchDriver.open(MINI).toRound(1);
        table = new BotTable(match);
        player(new Command.Propose("instrument", "negotiate", "A treaty now."));
        player(new Command.OfferDeal(
                "china", new Promise.Decide(Decision.SIGN, List.of()), new Promise.Vote("A1", Ballot.SUPPORT), null));
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .startsWith("We cannot accept deal D1 as it stands; make us a better offer. What we need most is"
                        + " \"The UN route only\" on \"Where the work continues\"");
    }

    /** The play-test: an offer of exactly what China named got "your support for it would go a long way". */
    @Test
    void aDealThatGivesWhatTheBotNeedsMostIsDeclinedForWhatItAsks() {
        match = MatchDriver.open(MINI).toRound(1);
        table = new BotTable(match);
        player(new Command.Propose("instrument", "negotiate", "A treaty now."));
        player(new Command.OfferDeal(
                "china", new Promise.Support("process", "un"), new Promise.Vote("A1", Ballot.SUPPORT), null));
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .startsWith("We cannot accept deal D1 as it stands; make us a better offer. Your support for \"The UN"
                        + " route only\" on \"Where the work continues\" is what we need most, but what you ask in"
                        + " return costs us more.")
                .doesNotContain("go a long way");
    }

    @Test
    void aQuestionIsAnsweredInWordsWithNamesNotIds() {
        player(new Command.Whisper("china", "Where do you stand on the UN route and human control?"));
        List<String> said = whispers(turn("china"), PLAYER);
        assertThat(said).hasSize(1);
        assertThat(said.get(0))
                .contains(
                        "\"Where the work continues\"", "\"The UN route only\"", "\"Human responsibility and control\"")
                .doesNotContain("\"un\"", "\"process\"", "=", "?");
    }

    @Test
    void aTradeTheBotLikesBecomesADealThePlayerCanAccept() {
        player(new Command.Whisper("china", "We will support the UN route if you back meaningful human control."));
        List<Command> answer = turn("china");
        assertThat(whispers(answer, PLAYER)).singleElement().asString().startsWith("Agreed");
        Command.OfferDeal offer = offers(answer).get(0);
        assertThat(offer.to()).isEqualTo(PLAYER);
        assertThat(offer.give()).isEqualTo(new Promise.Support("human", "meaningful"));
        assertThat(offer.want()).isEqualTo(new Promise.Support("process", "un"));
        String deal = match.view(Viewer.seat(PLAYER)).deals().stream()
                .filter(d -> d.from().equals("china") && d.status().equals("offered"))
                .reduce((a, b) -> b)
                .orElseThrow()
                .id();
        // the player says yes in words first: the bot points to the deal, which only the player can accept
        player(new Command.Whisper("china", "ok, deal"));
        assertThat(whispers(turn("china"), PLAYER)).singleElement().asString().contains(deal);
        player(new Command.AcceptDeal(deal));
        assertThat(match.log())
                .anyMatch(e -> e instanceof Event.DealAccepted a && a.deal().equals(deal));
    }

    @Test
    void aTradeTooCostlyIsCounteredOrRefusedWithTheReason() {
        // Human oversight, the wording China wants there, would now pay: an amendment open on the
        // clause threatens it, and a promise of support is a vote against that amendment.
        assertThat(match.view(Viewer.seat(PLAYER)).amendments())
                .anyMatch(a -> a.status().equals("open")
                        && a.clause().equals("human")
                        && !a.option().equals("oversight"));
        player(new Command.Whisper(
                "china", "We'll back meaningful human control if you back the call to consider new law."));
        List<Command> counter = turn("china");
        assertThat(offers(counter)).singleElement().satisfies(o -> {
            assertThat(o.give()).isEqualTo(new Promise.Support("instrument", "consider"));
            assertThat(o.want()).isEqualTo(new Promise.Support("process", "un")); // its own top wording instead
        });
        player(new Command.Whisper("china", "I'll support meaningful human control if you support the treaty call"));
        List<Command> refusal = turn("china");
        assertThat(offers(refusal)).isEmpty();
        assertThat(whispers(refusal, PLAYER))
                .singleElement()
                .asString()
                .contains("cannot promise", "\"Call for treaty negotiations\"");
    }

    @Test
    void aBotThatIsReadyForTheNextPhaseStillAnswers() {
        boolean ready = false;
        for (int i = 0; i < 20 && !ready; i++) {
            ready = turn("china").stream().anyMatch(Command.Ready.class::isInstance);
        }
        assertThat(ready).as("China done with the round").isTrue();
        player(new Command.Whisper("china", "Will you sign?"));
        assertThat(whispers(turn("china"), PLAYER))
                .as("a person asking after the bot said ready")
                .hasSize(1);
    }

    @Test
    void aHardlinerAnswersButMakesNoDeals() {
        player(new Command.Whisper("germany", "We back the commission if you back the UN route"));
        List<Command> answer = turn("germany");
        assertThat(offers(answer)).isEmpty();
        assertThat(whispers(answer, PLAYER)).singleElement().asString().contains("We make no deals");
    }

    @Test
    void aPledgeItMeansComesWithARealPledge() {
        player(new Command.Whisper("united-states", "Will you sign?"));
        List<Command> answer = turn("united-states");
        assertThat(whispers(answer, PLAYER)).singleElement().asString().startsWith("Yes");
        assertThat(answer)
                .anySatisfy(c -> assertThat(c)
                        .isInstanceOfSatisfying(
                                Command.MakePledge.class,
                                p -> assertThat(p.decision()).isEqualTo(Decision.SIGN)));
        assertThat(answer.indexOf(answer.stream()
                        .filter(Command.MakePledge.class::isInstance)
                        .findFirst()
                        .orElseThrow()))
                .as("the pledge is made before the words that speak of it")
                .isLessThan(answer.indexOf(answer.stream()
                        .filter(Command.Whisper.class::isInstance)
                        .findFirst()
                        .orElseThrow()));
        player(new Command.Whisper("united-states", "Will you push for a treaty with us?"));
        List<Command> no = turn("united-states");
        assertThat(whispers(no, PLAYER)).singleElement().asString().startsWith("N");
        assertThat(no).noneMatch(Command.MakePledge.class::isInstance);
    }

    @Test
    void inACaucusABotAnswersOnlyWhenAddressed() {
        player(new Command.CreateCaucus("Talks", List.of("china", "united-states")));
        String caucus = match.view(Viewer.seat(PLAYER)).caucuses().get(0).id();
        player(new Command.CaucusSay(caucus, "China, what do you want?"));
        List<Command> china = turn("china");
        List<Command> us = turn("united-states");
        assertThat(china)
                .filteredOn(Command.CaucusSay.class::isInstance)
                .singleElement()
                .satisfies(c -> assertThat(((Command.CaucusSay) c).text()).contains("\"The UN route only\""));
        assertThat(us).noneMatch(Command.CaucusSay.class::isInstance);
    }

    @Test
    void inACaucusOfSeveralOnlyABotNamedAsksWhatAMessageMeant() {
        player(new Command.CreateCaucus("Talks", List.of("china", "united-states", "germany")));
        String caucus = match.view(Viewer.seat(PLAYER)).caucuses().get(0).id();
        player(new Command.CaucusSay(caucus, "Friends, the canals here are lovely in spring."));
        for (String seat : List.of("china", "united-states", "germany")) {
            assertThat(turn(seat)).as(seat).noneMatch(Command.CaucusSay.class::isInstance);
        }
        player(new Command.CaucusSay(caucus, "China, the canals here are lovely in spring."));
        assertThat(turn("china"))
                .filteredOn(Command.CaucusSay.class::isInstance)
                .singleElement()
                .satisfies(c -> assertThat(((Command.CaucusSay) c).text()).contains("did not"));
        assertThat(turn("united-states")).noneMatch(Command.CaucusSay.class::isInstance);
    }

    @Test
    void aWordingNamedToACaucusGetsAgreementOnlyFromThoseWhoBackIt() {
        player(new Command.CreateCaucus("Talks", List.of("china", "united-states", "germany")));
        String caucus = match.view(Viewer.seat(PLAYER)).caucuses().get(0).id();
        player(new Command.CaucusSay(caucus, "Friends, let's get the UN route only into the text in round 3!"));
        Map<String, String> said = new HashMap<>();
        for (String seat : List.of("china", "united-states", "germany")) {
            turn(seat).stream()
                    .filter(Command.CaucusSay.class::isInstance)
                    .forEach(c -> said.put(seat, ((Command.CaucusSay) c).text()));
        }
        // China wants the UN route above all; the others would not vote for it
        assertThat(said).containsOnlyKeys("china");
        assertThat(said.get("china")).contains("\"The UN route only\"").doesNotContain("did not");
        // asked in private, a bot that does not back it says where it stands instead of asking what was meant
        player(new Command.Whisper("germany", "let's get the UN route only into the text in round 3!"));
        assertThat(whispers(turn("germany"), PLAYER))
                .singleElement()
                .asString()
                .contains("\"Where the work continues\"")
                .doesNotContain("did not", "Forgive us");
    }

    @Test
    void whyAndHowManyAreAnsweredWithAReasonOrACountNotAYes() {
        player(new Command.Whisper("united-states", "why would you not sign"));
        List<Command> why = turn("united-states");
        assertThat(whispers(why, PLAYER))
                .singleElement()
                .asString()
                .doesNotStartWith("Yes")
                .doesNotStartWith("No")
                .contains("we do intend to sign");
        assertThat(why).noneMatch(Command.MakePledge.class::isInstance); // a why is no request for a pledge
        player(new Command.Whisper("united-states", "how many states will push with you?"));
        assertThat(whispers(turn("united-states"), PLAYER))
                .singleElement()
                .asString()
                .doesNotStartWith("Yes")
                .doesNotStartWith("No,")
                .contains("pledged in public to push for binding law");
        player(new Command.Whisper("china", "how many delegations will sign?"));
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .startsWith("No delegation has pledged in public to sign yet.");
        player(new Command.Whisper("united-states", "Will you sign?")); // the US pledges in public
        assertThat(turn("united-states"))
                .filteredOn(Command.MakePledge.class::isInstance)
                .singleElement()
                .extracting(c -> ((Command.MakePledge) c).text())
                .asString()
                .as("a name that takes \"the\" has it, capitalised at the start of a sentence")
                .startsWith("The United States will sign");
        player(new Command.Whisper("china", "how many states are going to sign?"));
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .startsWith("One delegation has pledged in public to sign so far: the United States.");
    }

    /**
     * "Will we reach 8?" asks for a count, in states: a play-test's Austria answered it with a promise
     * it had made (asked here of Germany, a bot at the table). Costa Rica's coalition pledge brings the six Latin American governments with it.
     */
    @Test
    void whetherThePushReachesItsThresholdIsAnsweredWithTheCountInStates() {
        player(new Command.MakePledge(Decision.PUSH_BINDING, List.of(), "Together.", true));
        player(new Command.Whisper("germany", "will we reach 8?"));
        assertThat(whispers(turn("germany"), PLAYER))
                .singleElement()
                .asString()
                .startsWith("One delegation has pledged in public to push for binding law so far: Costa Rica.")
                .contains("With the states that follow them, that is 7 states of the 8 it takes to start"
                        + " negotiations.");
    }

    @Test
    void sayingYesToADealJustAcceptedIsAcknowledged() {
        // The play-test: after `accept D214`, "deal, we accept!" got "There is no offer of ours on the table yet."
        match = MatchDriver.open(MINI).toRound(1);
        table = new BotTable(match);
        MatchDriver.ok(match.submit(
                Actor.seat("china"),
                new Command.OfferDeal(
                        PLAYER,
                        new Promise.Support("human", "meaningful"),
                        new Promise.Support("process", "un"),
                        null)));
        player(new Command.AcceptDeal("D1"));
        player(new Command.Whisper("china", "deal, we accept!"));
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .contains("D1")
                .doesNotContain("no offer");
    }

    @Test
    void noDealAboutWordingsOnceTheTextIsSettled() {
        // The play-test: a bot offered support for wordings during the final decisions.
        match = MatchDriver.open(MINI).toFinal();
        table = new BotTable(match);
        player(new Command.Whisper("china", "We back the UN route only if you back meaningful human control."));
        List<Command> said = turn("china");
        assertThat(said).noneMatch(Command.OfferDeal.class::isInstance);
        assertThat(whispers(said, PLAYER)).singleElement().asString().startsWith("The text is settled now");
    }

    @Test
    void aDelegationThatMakesNoDealsDoesNotOfferHelpInReturn() {
        // The play-test: the hardliner said "Whoever helps us there will find us helpful in return",
        // then refused every deal.
        player(new Command.Whisper("germany", "What do you want?"));
        assertThat(whispers(turn("germany"), PLAYER))
                .singleElement()
                .asString()
                .contains("we make no deals")
                .doesNotContain("in return", "support you on a point");
    }

    @Test
    void aGreetingGetsAGreetingBackNotAPuzzledAnswer() {
        // The play-test: "hello, how are you?" was answered "we did not catch your meaning".
        player(new Command.Whisper("china", "hello, how are you?"));
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .doesNotContain("did not")
                .containsAnyOf("Hello, and thank you for getting in touch.", "Good to hear from you.")
                .contains("Where do you stand on");
        assertThat(Conversation.smallTalk("Good morning everyone!", "China")).isTrue();
        assertThat(Conversation.smallTalk("Good morning Japan, nice to meet you!", "Japan"))
                .isTrue();
        assertThat(Conversation.smallTalk("hello, will you sign?", "China")).isFalse();
    }

    @Test
    void notUnderstoodGetsOneFriendlyHelpAPhase() {
        player(new Command.Whisper("china", "Nice weather in The Hague today."));
        assertThat(whispers(turn("china"), PLAYER)).singleElement().asString().contains("Where do you stand on");
        player(new Command.Whisper("china", "Lovely canals too."));
        assertThat(whispers(turn("china"), PLAYER)).isEmpty();
    }

    @Test
    void theSameWordsAreAnsweredOnceUntilSomethingChanges() {
        // A first network bot answers every message with the same words: no endless exchange.
        String same = "Thank you. What we need: the UN route. Help us there and we will help you.";
        player(new Command.Whisper("china", "Will you sign?"));
        assertThat(whispers(turn("china"), PLAYER)).hasSize(1); // and China pledges: something has changed
        player(new Command.Whisper("china", "Will you sign?"));
        assertThat(whispers(turn("china"), PLAYER)).singleElement().asString().contains("We have pledged to sign");
        player(new Command.Whisper("china", "Will you sign?"));
        assertThat(whispers(turn("china"), PLAYER))
                .as("asked again, nothing changed")
                .isEmpty();
        player(new Command.Whisper("china", same));
        int first = whispers(turn("china"), PLAYER).size();
        player(new Command.Whisper("china", same));
        assertThat(whispers(turn("china"), PLAYER)).as("the same words again").isEmpty();
        // Once something has changed (a pledge made), the same question is worth a fresh answer.
        player(new Command.MakePledge(Decision.SIGN, List.of(), "We will sign."));
        player(new Command.Whisper("china", "Will you sign?"));
        assertThat(whispers(turn("china"), PLAYER)).hasSize(1);
        assertThat(first).isLessThanOrEqualTo(1);
        // A person asking again later, the room having moved on, is answered again.
        player(new Command.Whisper("china", "Will you sign?"));
        assertThat(whispers(turn("china"), PLAYER)).isEmpty();
        for (int i = 0; i < Conversation.REPEAT_AFTER_EVENTS; i++) {
            player(new Command.Say("Point " + i + " on the floor."));
        }
        player(new Command.Whisper("china", "Will you sign?"));
        assertThat(whispers(turn("china"), PLAYER)).hasSize(1);
    }

    @Test
    void supportMyAmendmentAndIllSupportYoursIsATradeOfTheTwoWordings() {
        // China tables its wording, the person theirs; then the person proposes the swap in plain words.
        match = MatchDriver.open(MINI).toRound(1);
        table = new BotTable(match);
        bots.put("china", Strategies.create("utility", MINI, "china", 11));
        MatchDriver.ok(match.submit(
                Actor.seat("china"), new Command.Propose("process", "bridge", "Keep REAIM and the UN together.")));
        player(new Command.Propose("human", "meaningful", "Humans must decide."));
        player(new Command.Whisper("china", "support my amendment and I'll support yours"));
        List<Command> sent = turn("china");
        assertThat(String.join(" ", whispers(sent, PLAYER)))
                .startsWith("Agreed: we support \"Meaningful human control\" on \"Human responsibility and control\" if"
                        + " you support \"Commission and summit, feeding into the UN\"");
        assertThat(sent)
                .anyMatch(c -> c instanceof Command.OfferDeal o
                        && o.give().equals(new Promise.Support("human", "meaningful"))
                        && o.want().equals(new Promise.Support("process", "bridge")));
        // Not in the same breath as the offer: China casts no vote against what it offers to support.
        assertThat(sent).noneMatch(c -> c instanceof Command.CastVote);
    }

    @Test
    void wouldYouAcceptAWordingIsAnsweredAboutThatWording() {
        player(new Command.Whisper("united-states", "would you accept call for treaty negotiations?"));
        assertThat(whispers(turn("united-states"), PLAYER))
                .singleElement()
                .asString()
                .startsWith(
                        "\"Call for treaty negotiations\" on \"A legally binding instrument\" is a red line for us");
        // A wording of the clause that no open amendment proposes and the text does not read.
        var view = match.view(Viewer.seat("china"));
        String current = view.text().stream()
                .filter(c -> c.id().equals("instrument"))
                .findFirst()
                .orElseThrow()
                .current();
        var other = MINI.clauses().stream()
                .filter(c -> c.id().equals("instrument"))
                .findFirst()
                .orElseThrow()
                .options()
                .stream()
                .filter(o -> !o.id().equals(current)
                        && view.amendments().stream()
                                .noneMatch(a -> a.status().equals("open")
                                        && a.clause().equals("instrument")
                                        && a.option().equals(o.id())))
                .findFirst()
                .orElseThrow();
        player(new Command.Whisper(
                "china", "would you accept " + other.label().toLowerCase(java.util.Locale.ROOT) + "?"));
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .containsPattern("^(We would vote (for|against) )?\"" + java.util.regex.Pattern.quote(other.label())
                        + "\" on \"A legally binding instrument\"");
    }

    /** Asked whether it would vote against a wording, a bot says how it would vote, never a yes that means no. */
    @Test
    void wouldYouVoteAgainstAWordingIsAnsweredWithTheVoteNotAYesOrNo() {
        player(new Command.Whisper("china", "would you vote against call for treaty negotiations?"));
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .startsWith("We would vote against \"Call for treaty negotiations\"")
                .doesNotContain("Yes:", "No:");
    }

    @Test
    void theReasonGivenWithADeclinedDealGetsNoAnswer() {
        // what a bot whispers when it declines a deal: a no to an offer no longer open
        player(new Command.OfferDeal(
                "china",
                new Promise.Support("human", "meaningful"),
                new Promise.Support("instrument", "negotiate"),
                null));
        String refusal = whispers(turn("china"), PLAYER).get(0);
        bots.put(PLAYER, Strategies.create("utility", MINI, PLAYER, 11));
        table.forget(PLAYER);
        MatchDriver.ok(match.submit(Actor.seat("china"), new Command.Whisper(PLAYER, refusal)));
        assertThat(whispers(turn(PLAYER), "china")).isEmpty();
    }

    @Test
    void botsStopTalkingToEachOther() {
        // a bot asks a bot: the answer is a statement, so the talk ends within a few messages
        bots.put(PLAYER, Strategies.create("coalition", MINI, PLAYER, 11));
        table.forget(PLAYER);
        turn(PLAYER);
        MatchDriver.ok(match.submit(Actor.seat(PLAYER), new Command.Whisper("china", "gibberish to start")));
        List<Command> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.addAll(turn("china"));
            all.addAll(turn(PLAYER));
        }
        long talk = all.stream()
                .filter(c -> c instanceof Command.Whisper || c instanceof Command.CaucusSay)
                .count();
        assertThat(talk).isBetween(1L, 4L);
        assertThat(turn("china")).noneMatch(Command.Whisper.class::isInstance);
        assertThat(turn(PLAYER)).noneMatch(Command.Whisper.class::isInstance);
    }

    @Test
    void answersCallOnNobodySoNoOtherBotInACaucusTakesThemAsItsOwn() {
        org.summitsim.core.talk.Recogniser reader = org.summitsim.core.talk.Recogniser.of(MINI);
        List<String> answers = new ArrayList<>();
        for (String ask : List.of(
                "Where do you stand on the UN route?",
                "Do you like the text?",
                "What do you want?",
                "Will you sign?",
                "Will you push with us?",
                "We back the UN route if you back MHC",
                "deal",
                "if you don't back us we'll block everything",
                "please think of the civilians",
                "hm")) {
            player(new Command.Whisper("china", ask));
            answers.addAll(whispers(turn("china"), PLAYER));
        }
        assertThat(answers).hasSizeGreaterThan(8).allSatisfy(a -> {
            org.summitsim.core.talk.Utterance u = reader.read(a, "united-states");
            assertThat(u.addressees()).as(a).isEmpty();
            assertThat(u.everyone()).as(a).isFalse();
        });
    }

    /** The open amendment to this wording: one the bots tabled in round one, or else the player's. */
    private String tabled(String clause, String option) {
        return match.view(Viewer.seat(PLAYER)).amendments().stream()
                .filter(a -> a.clause().equals(clause)
                        && a.option().equals(option)
                        && a.status().equals("open"))
                .findFirst()
                .map(a -> a.id())
                .orElseGet(() -> propose(clause, option));
    }

    /** The player tables an amendment; its id. */
    private String propose(String clause, String option) {
        player(new Command.Propose(clause, option, "Our proposal."));
        return match.view(Viewer.seat(PLAYER)).amendments().stream()
                .filter(a -> a.proposer().equals(PLAYER)
                        && a.clause().equals(clause)
                        && a.status().equals("open"))
                .reduce((a, b) -> b)
                .orElseThrow()
                .id();
    }

    /** The quoted titles and labels in an answer, in order. */
    private static List<String> quoted(String answer) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\"[^\"]+\"").matcher(answer);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void anAmendmentNamedByItsIdIsAnsweredAsItsWordingIs() {
        String un = tabled("process", "un");
        String lead = "Amendment " + un + " would make \"Where the work continues\" read \"The UN route only\".";
        player(new Command.Whisper("china", "will you support the UN route only?"));
        String byWording = whispers(turn("china"), PLAYER).get(0);
        player(new Command.Whisper("china", "will you support " + un + "?"));
        String byId = whispers(turn("china"), PLAYER).get(0);
        assertThat(byId).startsWith(lead);
        // the same stance as for the wording (its phrasing may differ: it is picked per message)
        assertThat(quoted(byId.substring(lead.length()))).isEqualTo(quoted(byWording));
        player(new Command.Whisper("china", "please vote yes on " + un.toLowerCase(java.util.Locale.ROOT)));
        // asked for its vote: the vote it will cast on that amendment, and why
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .startsWith("We proposed amendment " + un) // China had tabled it already
                .contains("amendment " + un + " (\"The UN route only\" on \"Where the work continues\")")
                .doesNotContain("did not", "Forgive us");
    }

    @Test
    void aTradeNamingAnAmendmentByItsIdIsTheTradeOfItsWording() {
        String un = tabled("process", "un");
        player(new Command.Whisper(
                "china", "We will support amendment " + un + " if you back meaningful human control."));
        List<Command> answer = turn("china");
        assertThat(whispers(answer, PLAYER)).singleElement().asString().startsWith("Agreed");
        assertThat(offers(answer)).singleElement().satisfies(o -> {
            assertThat(o.give()).isEqualTo(new Promise.Support("human", "meaningful"));
            assertThat(o.want()).isEqualTo(new Promise.Support("process", "un"));
        });
    }

    @Test
    void anAmendmentNoLongerOpenIsSaidToBeClosedByName() {
        // round one left an amendment open on every clause: its proposer withdraws one
        var a = match.view(Viewer.seat(PLAYER)).amendments().stream()
                .filter(x -> x.status().equals("open"))
                .findFirst()
                .orElseThrow();
        String id = a.id();
        MatchDriver.ok(match.submit(Actor.seat(a.proposer()), new Command.Withdraw(id)));
        var clause = MINI.clause(a.clause()).orElseThrow();
        player(new Command.Whisper("china", "please vote yes on " + id));
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .startsWith(id + " is no longer open: it was withdrawn")
                .contains("\"" + clause.title() + "\"");
        player(new Command.Whisper("china", "will you support amendment 99?"));
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .startsWith("No amendment A99 has been tabled yet.");
    }

    @Test
    void howManyVotesAnAmendmentHasIsAnsweredWithTheCountNotTheBotsStance() {
        var a = match.view(Viewer.seat(PLAYER)).amendments().stream()
                .filter(x -> x.status().equals("open"))
                .findFirst()
                .orElseThrow();
        player(new Command.Whisper("china", "how many votes does " + a.id() + " have?"));
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .startsWith("Amendment " + a.id() + " (")
                .contains(a.supporters().size() + " for, "
                        + a.voters(Ballot.OPPOSE).size() + " against")
                .contains("so far;")
                .doesNotContain("We will");
    }

    @Test
    void whyItVotedAsItDidOnAClosedAmendmentIsAnsweredWithTheReasonThenTheResult() {
        String id = tabled("process", "un");
        turn("china"); // it votes on what was tabled
        var voted = match.view(Viewer.seat(PLAYER)).amendments().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow();
        String did = voted.proposer().equals("china")
                ? "We proposed"
                : voted.cosponsors().contains("china")
                        ? "We co-sponsored"
                        : "We " + voted.votes().get("china").past();
        match.toRound(2); // the end of round one closes the votes still open
        String status = match.view(Viewer.seat(PLAYER)).amendments().stream()
                .filter(x -> x.id().equals(voted.id()))
                .findFirst()
                .orElseThrow()
                .status();
        assertThat(status).isNotEqualTo("open");
        player(new Command.Whisper("china", "why did you vote that way on " + voted.id() + "?"));
        assertThat(whispers(turn("china"), PLAYER))
                .singleElement()
                .asString()
                .startsWith(did + " amendment " + voted.id() + " (")
                .contains(voted.id() + " is no longer open");
    }
}
