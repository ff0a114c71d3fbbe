package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.client.console.command.ConsoleError;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;

class CommandParsingTest {

    private final FakeContext ctx = new FakeContext(new Sample().state());

    private Command send(String line) throws Exception {
        ctx.run(line);
        return ctx.sent.get(ctx.sent.size() - 1);
    }

    @Test
    void freeTextIsTakenAsTypedWithApostrophesAndSpacing() throws Exception {
        assertThat(send("say  We don't  accept \"this\".")).isEqualTo(new Command.Say("We don't  accept \"this\"."));
        assertThat(send("dm China Can we talk?")).isEqualTo(new Command.Whisper("china", "Can we talk?"));
    }

    @Test
    void severalDealsOrAllOfThemCanBeDeclinedAtOnce() throws Exception {
        ctx.run("decline d1 D7");
        assertThat(ctx.sent.subList(ctx.sent.size() - 2, ctx.sent.size()))
                .containsExactly(new Command.DeclineDeal("D1"), new Command.DeclineDeal("D7"));
        ctx.run("decline all");
        assertThat(ctx.sent.get(ctx.sent.size() - 1))
                .as("the one deal offered to us in the sample")
                .isEqualTo(new Command.DeclineDeal("D1"));
    }

    @Test
    void aMistypedDelegationGetsADidYouMeanAndNothingIsSent() {
        int before = ctx.sent.size();
        assertThatThrownBy(() -> ctx.run("dm chna Hello"))
                .isInstanceOf(ConsoleError.class)
                .hasMessage("There is no delegation \"chna\".")
                .satisfies(e -> assertThat(((ConsoleError) e).hint()).startsWith("Did you mean `china`?"));
        assertThat(ctx.sent).hasSize(before);
    }

    @Test
    void theFacilitatorsHideAndMuteNameAMistypedDelegationAndSendNothing() {
        int before = ctx.sent.size();
        for (String line : List.of("hide chna", "mute chna", "unmute chna")) {
            assertThatThrownBy(() -> ctx.run(line))
                    .as(line)
                    .isInstanceOf(ConsoleError.class)
                    .hasMessage("There is no delegation \"chna\".")
                    .satisfies(e -> assertThat(((ConsoleError) e).hint()).startsWith("Did you mean `china`?"));
        }
        assertThatThrownBy(() -> ctx.run("hide narnia")).hasMessage("There is no delegation \"narnia\".");
        assertThat(ctx.sent).hasSize(before);
    }

    @Test
    void shortFormsOfANameInSeveralWordsFindTheDelegation() throws Exception {
        assertThat(send("dm us Will you sign?")).isEqualTo(new Command.Whisper("united-states", "Will you sign?"));
        assertThat(send("dm USA hi")).isEqualTo(new Command.Whisper("united-states", "hi"));
        assertThat(send("dm cr hi")).isEqualTo(new Command.Whisper("costa-rica", "hi"));
        assertThat(send("dm the United States hi"))
                .as("with the \"the\" people say before it")
                .isEqualTo(new Command.Whisper("united-states", "hi"));
        assertThat(send("dm rica hi"))
                .as("a word only one name has")
                .isEqualTo(new Command.Whisper("costa-rica", "hi"));
    }

    @Test
    void namesTheScenarioListsAndShortFormsAfterTheFindTheDelegation() throws Exception {
        // The play-test: "dm south korea ..." went to South Africa; "dm the UK ..." was refused.
        var hague = org.summitsim.core.scenario.ScenarioReader.shipped("hague-2023");
        var match = org.summitsim.core.match.Match.open(hague, 1, org.summitsim.core.rules.Settings.of(hague));
        var state = new org.summitsim.client.console.state.ClientState();
        state.welcome(new org.summitsim.protocol.Welcome(
                null,
                "r-1",
                "CODE",
                "Test",
                "player",
                "netherlands",
                "p1",
                "Ada",
                "st.x",
                null,
                null,
                match.view(org.summitsim.core.view.Viewer.seat("netherlands")),
                null,
                null,
                null));
        state.localScenario(hague);
        FakeContext hagueCtx = new FakeContext(state);
        hagueCtx.run("dm south korea deal, we accept!");
        hagueCtx.run("dm the UK will you vote for A3?");
        hagueCtx.run("dm the US hi");
        assertThat(hagueCtx.sent)
                .containsExactly(
                        new Command.Whisper("republic-of-korea", "deal, we accept!"),
                        new Command.Whisper("united-kingdom", "will you vote for A3?"),
                        new Command.Whisper("united-states", "hi"));
    }

    @Test
    void aMistypedNameInSeveralWordsGetsADidYouMean() {
        int before = ctx.sent.size();
        assertThatThrownBy(() -> ctx.run("dm untied states Hello"))
                .isInstanceOf(ConsoleError.class)
                .hasMessage("There is no delegation \"untied\".")
                .satisfies(e -> assertThat(((ConsoleError) e).hint()).startsWith("Did you mean `united-states`?"));
        assertThatThrownBy(() -> ctx.run("dm cost rika Hello"))
                .isInstanceOf(ConsoleError.class)
                .satisfies(e -> assertThat(((ConsoleError) e).hint()).startsWith("Did you mean `costa-rica`?"));
        assertThat(ctx.sent).hasSize(before);
    }

    @Test
    void aDelegationNamedInSeveralWordsIsOneAddressee() throws Exception {
        assertThat(send("dm united states Will you sign?"))
                .isEqualTo(new Command.Whisper("united-states", "Will you sign?"));
        assertThat(send("dm United States Will you sign?"))
                .isEqualTo(new Command.Whisper("united-states", "Will you sign?"));
        assertThat(send("dm costa rica hi")).isEqualTo(new Command.Whisper("costa-rica", "hi"));
        assertThat(send("dm germany united we stand"))
                .as("only a delegation's whole name takes the next words")
                .isEqualTo(new Command.Whisper("germany", "united we stand"));
    }

    @Test
    void idsAreForgivingAboutCase() throws Exception {
        assertThat(send("vote a1 yes")).isEqualTo(new Command.CastVote("A1", Ballot.SUPPORT));
        assertThat(send("cosponsor a1")).isEqualTo(new Command.Cosponsor("A1"));
        // D1 costs the Netherlands points by its own brief (both votes are for a wording it likes less), so `anyway`.
        assertThat(send("accept d1 anyway")).isEqualTo(new Command.AcceptDeal("D1"));
        assertThat(send("caucus say c1 Hold firm.")).isEqualTo(new Command.CaucusSay("C1", "Hold firm."));
    }

    @Test
    void aCaucusIsNamedByItsIdOrItsName() throws Exception {
        assertThat(send("caucus say friends hi all")).isEqualTo(new Command.CaucusSay("C1", "hi all"));
        assertThat(send("caucus say FRIENDS Hold firm.")).isEqualTo(new Command.CaucusSay("C1", "Hold firm."));
        assertThat(send("caucus invite Friends austria")).isEqualTo(new Command.InviteToCaucus("C1", "austria"));
        assertThat(send("caucus leave friends")).isEqualTo(new Command.LeaveCaucus("C1"));
        int before = ctx.sent.size();
        assertThatThrownBy(() -> ctx.run("caucus say enemies hi"))
                .isInstanceOf(ConsoleError.class)
                .hasMessage("You are in no caucus called \"enemies\".")
                .satisfies(e -> assertThat(((ConsoleError) e).hint())
                        .isEqualTo("Yours: C1 (Friends). Name one by its id or its name, e.g. `caucus say C1 Hello`."));
        assertThat(ctx.sent).hasSize(before);
    }

    @Test
    void amendmentsAndDecisionsParse() throws Exception {
        assertThat(send("propose Human meaningful Keep control."))
                .isEqualTo(new Command.Propose("human", "meaningful", "Keep control."));
        assertThat(send("withdraw A1")).isEqualTo(new Command.Withdraw("A1"));
        assertThat(send("decide push We want a treaty."))
                .isEqualTo(new Command.Decide(Decision.PUSH_BINDING, "We want a treaty."));
        assertThat(send("decide sign")).isEqualTo(new Command.Decide(Decision.SIGN, null));
        assertThat(send("ready")).isEqualTo(new Command.Ready());
        assertThat(ctx.printed.toString())
                .as("the first `ready` is confirmed")
                .contains("Noted: you are ready to move on. This phase ends early once every delegation is ready.");
    }

    @Test
    void pledgesReadConditionsThenText() throws Exception {
        assertThat(send("pledge sign if human=meaningful,oversight process=commission We sign then."))
                .isEqualTo(new Command.MakePledge(
                        Decision.SIGN,
                        List.of(
                                new TextCondition("human", List.of("meaningful", "oversight")),
                                new TextCondition("process", List.of("commission"))),
                        "We sign then."));
        assertThat(send("pledge abstain")).isEqualTo(new Command.MakePledge(Decision.ABSTAIN, List.of(), null));
        // The play-test: "and" between two conditions ended the conditions, and the rest became the pledge's words.
        assertThat(send("pledge sign if human=meaningful and process=commission And we mean it."))
                .isEqualTo(new Command.MakePledge(
                        Decision.SIGN,
                        List.of(
                                new TextCondition("human", List.of("meaningful")),
                                new TextCondition("process", List.of("commission"))),
                        "And we mean it."));
        assertThatThrownBy(() -> ctx.run("pledge sign if human=meaningful,process=commission"))
                .isInstanceOf(ConsoleError.class)
                .hasMessageContaining("a second clause inside one condition");
    }

    @Test
    void aCoalitionPledgeIsAPledgeToPushIfTheCoalitionFormsWithItsText() throws Exception {
        assertThat(send("pledge push if coalition We push if enough push with us."))
                .isEqualTo(new Command.MakePledge(
                        Decision.PUSH_BINDING, List.of(), "We push if enough push with us.", true));
        assertThat(send("pledge push IF Coalition"))
                .isEqualTo(new Command.MakePledge(Decision.PUSH_BINDING, List.of(), null, true));
    }

    /** The rules refuse "if coalition" on a pledge that is not a push; the console says so before sending. */
    @Test
    void aCoalitionPledgeToSignOrAbstainIsNotSent() {
        int sent = ctx.sent.size();
        for (String line : List.of("pledge sign if coalition", "pledge abstain if coalition We wait.")) {
            assertThatThrownBy(() -> ctx.run(line))
                    .isInstanceOf(ConsoleError.class)
                    .hasMessage("Only a pledge to push for binding law can depend on the coalition.")
                    .satisfies(e -> assertThat(((ConsoleError) e).hint()).contains("`pledge push if coalition`"));
        }
        assertThat(ctx.sent).hasSize(sent);
    }

    @Test
    void offersReadTwoPromisesAroundFor() throws Exception {
        assertThat(send("offer germany vote a1 support for sign if human=meaningful Deal?"))
                .isEqualTo(new Command.OfferDeal(
                        "germany",
                        new Promise.Vote("A1", Ballot.SUPPORT),
                        new Promise.Decide(Decision.SIGN, List.of(new TextCondition("human", List.of("meaningful")))),
                        "Deal?"));
        assertThatThrownBy(() -> send("offer germany vote a1 support"))
                .isInstanceOf(ConsoleError.class)
                .hasMessageContaining("after `for`");
        // The play-test: "vote abstain on negotiate" was told that "on" is not a vote.
        assertThatThrownBy(() -> send("offer germany sign for vote abstain on negotiate"))
                .isInstanceOf(ConsoleError.class)
                .hasMessageContaining(
                        "A vote is promised on an amendment, named first: `vote A1 abstain` (open now: A1)")
                .hasMessageContaining("`support CLAUSE=OPTION`");
    }

    @Test
    void offersCanTradeSupportForWordings() throws Exception {
        assertThat(send("offer germany support process=un for support human=meaningful"))
                .isEqualTo(new Command.OfferDeal(
                        "germany",
                        new Promise.Support("process", "un"),
                        new Promise.Support("human", "meaningful"),
                        null));
        assertThatThrownBy(() -> send("offer germany support process for sign"))
                .isInstanceOf(ConsoleError.class)
                .hasMessageContaining("CLAUSE=OPTION");
    }

    @Test
    void caucusCreateSplitsNameFromMembers() throws Exception {
        assertThat(send("caucus create Treaty friends with Germany austria"))
                .isEqualTo(new Command.CreateCaucus("Treaty friends", List.of("germany", "austria")));
    }

    /** The rules refuse a caucus of one; the console says so before sending, in its own words. */
    @Test
    void aCaucusWithNobodyElseIsNotSent() {
        int sent = ctx.sent.size();
        for (String line : List.of("caucus create Solo", "caucus create Solo with " + Sample.ME)) {
            assertThatThrownBy(() -> ctx.run(line))
                    .isInstanceOf(ConsoleError.class)
                    .hasMessage("A caucus needs at least one other delegation.")
                    .satisfies(e -> assertThat(((ConsoleError) e).hint()).contains("`caucus create Solo with "));
        }
        assertThat(ctx.sent).hasSize(sent);
    }

    @Test
    void facilitatorCommandsParse() throws Exception {
        assertThat(send("extend 2m")).isEqualTo(new Command.Extend(120));
        assertThat(send("extend -90")).isEqualTo(new Command.Extend(-90));
        assertThat(send("inject hrw")).isEqualTo(new Command.ReleaseInject("hrw", null, null));
        assertThat(send("inject Breaking: Drones seen."))
                .isEqualTo(new Command.ReleaseInject(null, "Breaking", "Drones seen."));
        assertThat(send("callvote a1")).isEqualTo(new Command.CallVote("A1"));
        ctx.run("bots fill china austria strategy=hardliner");
        assertThat(ctx.requests.get(0).toString()).contains("\"fill_bots\"", "\"china\"", "\"hardliner\"");
    }

    @Test
    void extendTakesMinutesAndSecondsSpelledOutOrShort() throws Exception {
        assertThat(send("extend 2 minutes")).isEqualTo(new Command.Extend(120));
        assertThat(send("extend 2 min")).isEqualTo(new Command.Extend(120));
        assertThat(send("extend 2min")).isEqualTo(new Command.Extend(120));
        assertThat(send("extend 1 minute")).isEqualTo(new Command.Extend(60));
        assertThat(send("extend 1.5m")).isEqualTo(new Command.Extend(90));
        assertThat(send("extend 90 seconds")).isEqualTo(new Command.Extend(90));
        assertThat(send("extend 30 sec")).isEqualTo(new Command.Extend(30));
        assertThat(send("extend 45s")).isEqualTo(new Command.Extend(45));
        assertThat(send("extend 90")).isEqualTo(new Command.Extend(90));
        assertThat(send("extend -1 Minutes")).isEqualTo(new Command.Extend(-60));

        int before = ctx.sent.size();
        for (String wrong :
                List.of("extend 2 hours", "extend soon", "extend 2 minutes please", "extend 0m", "extend")) {
            assertThatThrownBy(() -> ctx.run(wrong))
                    .as(wrong)
                    .isInstanceOf(ConsoleError.class)
                    .satisfies(e -> assertThat(((ConsoleError) e).hint())
                            .contains("`extend 2 minutes`", "`extend 90 seconds`", "`extend -1m`"));
        }
        assertThatThrownBy(() -> ctx.run("extend 2 hours"))
                .hasMessage("\"hours\" is not a unit `extend` knows: it takes minutes or seconds.");
        assertThatThrownBy(() -> ctx.run("extend soon")).hasMessage("\"soon\" is not an amount of time.");
        assertThat(ctx.sent).hasSize(before);
    }

    @Test
    void missingArgumentsAreSentences() {
        assertThatThrownBy(() -> send("vote")).isInstanceOf(ConsoleError.class).hasMessageStartingWith("Say which");
        assertThatThrownBy(() -> send("vote A1 maybe")).hasMessageContaining("not a vote");
        assertThatThrownBy(() -> send("say")).hasMessageContaining("empty");
        assertThatThrownBy(() -> send("decide perhaps")).hasMessageContaining("not a decision");
        assertThatThrownBy(() -> send("decide sing"))
                .hasMessage("\"sing\" is not a decision; use sign, abstain or push.")
                .satisfies(e -> assertThat(((ConsoleError) e).hint()).isEqualTo("Type `help decide` for examples."));
        assertThatThrownBy(() -> send("pledge sing"))
                .satisfies(e -> assertThat(((ConsoleError) e).hint()).isEqualTo("Type `help pledge` for examples."));
        assertThatThrownBy(() -> send("wait soon")).hasMessageContaining("not a duration");
    }

    @Test
    void theChairsEndAsksFirstAndBareCommandsSayWhatIsMissing() throws Exception {
        int before = ctx.sent.size();
        assertThatThrownBy(() -> ctx.run("end"))
                .isInstanceOf(ConsoleError.class)
                .hasMessageContaining("would end the summit for everyone")
                .satisfies(e -> assertThat(((ConsoleError) e).hint()).contains("`end now`"));
        assertThat(ctx.sent).hasSize(before);
        assertThat(send("end now")).isEqualTo(new Command.EndMatch());
        assertThatThrownBy(() -> ctx.run("inject"))
                .isInstanceOf(ConsoleError.class)
                .hasMessageContaining("Say which news to release. The scenario's own: ");
        assertThatThrownBy(() -> ctx.run("dm"))
                .isInstanceOf(ConsoleError.class)
                .satisfies(e -> assertThat(((ConsoleError) e).hint()).startsWith("E.g. `dm united states Hello`"));
    }

    private void roomWith(String players) throws Exception {
        ctx.chairReply = org.summitsim.core.json.Json.mapper()
                .readTree("{\"type\":\"presence\",\"seats\":[],\"players\":[" + players + "]}");
    }

    private static final String TEACHER = "{\"player\":\"p1\",\"name\":\"Teacher\",\"role\":\"facilitator\"}";
    private static final String BEN =
            "{\"player\":\"p6\",\"name\":\"Ben \ud83d\ude00\",\"role\":\"player\",\"seat\":\"austria\"}";
    private static final String CY = "{\"player\":\"p7\",\"name\":\"Cy\",\"role\":\"player\",\"seat\":\"china\"}";

    @Test
    void assignFindsAPlayerByNameAndAnswersWithNames() throws Exception {
        roomWith(TEACHER + "," + BEN + "," + CY);
        ctx.run("assign Ben germany");
        assertThat(ctx.requests.get(ctx.requests.size() - 1).toString())
                .contains("\"move_player\"", "\"player\":\"p6\"", "\"seat\":\"germany\"");
        assertThat(ctx.printed.toString()).contains("Moved Ben \ud83d\ude00 to Germany.");

        ctx.run("assign cY Netherlands");
        assertThat(ctx.requests.get(ctx.requests.size() - 1).toString())
                .contains("\"player\":\"p7\"", "\"seat\":\"netherlands\"");
        assertThat(ctx.printed.toString()).contains("Moved Cy to Netherlands.").doesNotContain("p7");

        ctx.run("assign p6 spectator");
        assertThat(ctx.requests.get(ctx.requests.size() - 1).toString()).contains("\"player\":\"p6\"", "\"seat\":null");
        assertThat(ctx.printed.toString()).contains("Ben \ud83d\ude00 is now a spectator.");

        ctx.run("kick cy Thanks for visiting.");
        assertThat(ctx.requests.get(ctx.requests.size() - 1).toString())
                .contains("\"kick\"", "\"player\":\"p7\"", "Thanks for visiting.");
        assertThat(ctx.printed.toString()).contains("Cy has left the room.");
    }

    @Test
    void assignSaysWhenANameFitsNobodyOrSeveral() throws Exception {
        roomWith(TEACHER + "," + BEN + "," + CY + ",{\"player\":\"p8\",\"name\":\"Benny\",\"role\":\"spectator\"}");
        int before = ctx.requests.size();
        assertThatThrownBy(() -> ctx.run("assign ben germany"))
                .isInstanceOf(ConsoleError.class)
                .hasMessage("More than one person's name fits \"ben\": Ben \ud83d\ude00 (p6, Austria),"
                        + " Benny (p8, spectator).")
                .satisfies(e -> assertThat(((ConsoleError) e).hint()).contains("Type more of the name"));
        assertThatThrownBy(() -> ctx.run("assign Teacher germany"))
                .isInstanceOf(ConsoleError.class)
                .hasMessage("Nobody in the room is called \"Teacher\". In the room: Ben \ud83d\ude00, Cy, Benny.");
        // Only the presence lookups went out; no move was asked for.
        assertThat(ctx.requests.subList(before, ctx.requests.size()))
                .allSatisfy(r -> assertThat(r.path("type").asText()).isEqualTo("get_presence"));
        ctx.run("assign benn germany");
        assertThat(ctx.printed.toString()).contains("Moved Benny to Germany.");
    }

    @Test
    void botsListsBotsThatJoinedOverTheNetwork() throws Exception {
        ctx.chairReply = org.summitsim.core.json.Json.mapper().readTree("""
                {"type":"presence","seats":[
                  {"seat":"china","status":"present","names":["utility bot"]},
                  {"seat":"germany","status":"present","names":["Ada"]},
                  {"seat":"austria","status":"bot","bot":"mediator"},
                  {"seat":"united-states","status":"empty"}]}""");
        ctx.run("bots");
        assertThat(ctx.printed.toString())
                .as("delegations by name, as everywhere a person reads them")
                .contains("Bots: China (utility bot, connected over the network)," + " Austria (mediator).")
                .contains("Seats without anyone: United States.");
    }
}
