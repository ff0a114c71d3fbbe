package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.client.console.command.ConsoleError;
import org.summitsim.client.console.render.AdoptionWords;
import org.summitsim.client.console.render.AmendmentsPage;
import org.summitsim.client.console.render.BriefPage;
import org.summitsim.client.console.render.CommitmentsPage;
import org.summitsim.client.console.render.EventText;
import org.summitsim.client.console.render.Inherited;
import org.summitsim.client.console.render.Names;
import org.summitsim.client.console.render.ResultsPage;
import org.summitsim.client.console.render.ScorePage;
import org.summitsim.client.console.render.StatusPage;
import org.summitsim.client.console.render.Style;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;
import org.summitsim.protocol.Welcome;

/** What a play-test of the demo found hard to read or easy to get wrong, as the console now shows it. */
class PlayTestFindingsTest {

    private final Style plain = Style.plain();
    private final Sample sample = new Sample();

    /** The Hague summit in round 1, as the Netherlands: 24 seats, names in several words. */
    private static final class Hague {
        final Scenario scenario = ScenarioReader.shipped("hague-2023");
        final Match match = Match.open(scenario, 1, Settings.of(scenario));

        Hague() {
            submit(Actor.FACILITATOR, new Command.Start());
            submit(Actor.FACILITATOR, new Command.Advance());
            submit(Actor.FACILITATOR, new Command.Advance());
        }

        void submit(Actor who, Command c) {
            var verdict = match.submit(new Move(who, match.state().stage(), c));
            assertThat(verdict.accepted())
                    .as(String.valueOf(verdict.rejection()))
                    .isTrue();
        }

        PlayerView view() {
            return match.view(Viewer.seat(Sample.ME));
        }

        ClientState state() {
            ClientState s = new ClientState();
            s.welcome(new Welcome(
                    null, "r-1", "CODE", "Test", "player", Sample.ME, "p1", "Ada", "st.x", null, null, view(), null,
                    null, null));
            s.localScenario(scenario);
            return s;
        }
    }

    // 1. The score

    @Test
    void scoreLeadsWithTheScoreOutOf100AndExplainsPointsOnce() {
        String page = ScorePage.render(sample.view(), new double[] {48.0, 59.2, 71.3}, 80, plain);
        assertThat(page).containsPattern("If you sign: +\\d+ out of 100  \\(-?\\d+\\.\\d points\\)");
        assertThat(page).doesNotContainPattern("\\( +\\d+ out of 100\\)");
        assertThat(page).containsOnlyOnce("Points (in brackets) add up the parts below");
        assertThat(page).contains("a negative total can still be a good result", "50 out of 100 is 59.2 points");
    }

    @Test
    void scoreSaysHowManyStatesSignNextToBreadth() {
        PlayerView v = sample.view();
        String page = ScorePage.render(v, null, 80, plain);
        var sign = v.projection().get(Decision.SIGN);
        long expected = Math.round(sign.breakdown().get("breadth") / 16.0 * 80);
        assertThat(page).contains("breadth +", "(" + expected + " of 80 states sign)");
    }

    @Test
    void beforeAnyAmendmentIsDecidedTheScoreSaysWhatInfluenceIsStillToEarn() {
        // The host's untouched draft showed 0 out of 100 at the briefing, read as a verdict (play-test).
        int w = sample.view().preferences().get(Sample.ME).influence();
        assertThat(ScorePage.render(sample.view(), plain))
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "Influence: nothing counted yet. Each amendment of yours that the room adopts adds +%.1f"
                                + " (one you co-sponsor +%.1f), up to +%.1f in all",
                        (double) w,
                        w / 2.0,
                        3.0 * w));
    }

    @Test
    void scoreShowsWhereInfluenceWentWhenAProposalOfTheirsFailed() {
        // Germany's A1 (co-sponsored by us) is adopted; our own A2 is rejected by objections.
        sample.seat(Sample.ME, new Command.Cosponsor("A1"));
        sample.chair(new Command.CallVote("A1"));
        sample.seat(Sample.ME, new Command.Propose("instrument", "negotiate", "A treaty."));
        for (String s : List.of("germany", "china", "united-states")) {
            sample.seat(s, new Command.CastVote("A2", Ballot.OPPOSE));
        }
        sample.chair(new Command.CallVote("A2"));
        PlayerView v = sample.view();
        assertThat(v.amendments()).extracting(PlayerView.AmendmentView::status).containsExactly("adopted", "rejected");
        assertThat(ScorePage.render(v, plain))
                .contains("Influence so far: +2.5 for 1 adopted amendment you co-sponsored, \u22122.5 for 1 of your"
                        + " proposals that failed, so 0 counts (never more than +15.0).");

        // A second failure takes the sum below zero, where influence stops.
        sample.seat(Sample.ME, new Command.Propose("human", "chain", "A chain of command."));
        for (String s : List.of("germany", "china", "united-states")) {
            sample.seat(s, new Command.CastVote("A3", Ballot.OPPOSE));
        }
        sample.chair(new Command.CallVote("A3"));
        assertThat(ScorePage.render(sample.view(), plain))
                .contains(
                        "\u22125.0 for 2 of your proposals that failed; influence never counts below 0, so 0 counts.");
    }

    @Test
    void resultsLabelTheirColumnsAndLeadWithTheScoreOutOf100() {
        sample.chair(new Command.EndMatch());
        String page = ResultsPage.render(sample.view(), plain);
        assertThat(page)
                .containsPattern("Delegation +out of 100 +points")
                .contains("a negative total can still be a good result")
                .containsPattern("Netherlands +\\d+ +-?\\d+\\.\\d  ← you");
    }

    // 2. Deals against the player's own brief

    /** D2: Germany's support of a wording the player likes for the player's support of its red line. */
    private static Sample redLineOffer() {
        return germanyOffers(
                new Promise.Support("human", "meaningful"), new Promise.Support("process", "un"), "The UN, please.");
    }

    /** D2: Germany supports a wording the player likes for the player's support of another it likes. */
    private static Sample fairOffer() {
        return germanyOffers(
                new Promise.Support("instrument", "consider"), new Promise.Support("human", "meaningful"), null);
    }

    /** The sample with deal D2 offered to the player by Germany. */
    private static Sample germanyOffers(Promise give, Promise want, String text) {
        Sample s = new Sample();
        s.seat("germany", new Command.OfferDeal(Sample.ME, give, want, text));
        return s;
    }

    @Test
    void acceptingAPromiseToSupportTheirOwnRedLineIsAskedAboutFirst() throws Exception {
        askedFirst(
                new FakeContext(redLineOffer().state()),
                "D2",
                "Deal D2 would bind you to support",
                "\u201cThe UN route only\u201d is one of your red lines");
    }

    /**
     * Accepting {@code deal} is refused with every one of {@code says} and a hint to add
     * `anyway`, nothing is sent; with `anyway` the acceptance goes out.
     */
    private static void askedFirst(FakeContext ctx, String deal, String... says) throws Exception {
        var refused = assertThatThrownBy(() -> ctx.run("accept " + deal)).isInstanceOf(ConsoleError.class);
        for (String part : says) {
            refused.hasMessageContaining(part);
        }
        refused.extracting(e -> ((ConsoleError) e).hint()).asString().contains("`accept " + deal + " anyway`");
        assertThat(ctx.sent).isEmpty();
        ctx.run("accept " + deal + " anyway");
        assertThat(ctx.sent).containsExactly(new Command.AcceptDeal(deal));
    }

    @Test
    void aPromiseIsWarnedAboutOnlyWhileTheVoteOrTheDecisionCanStillBeMade() throws Exception {
        // The play-test: after A1 was adopted, `vote A1 oppose` warned about the deal and suggested
        // `anyway`, which could never work; the room's own answer ("A1 is adopted") came only then.
        Sample s = new Sample();
        s.seat(Sample.ME, new Command.AcceptDeal("D1"));
        s.seat(Sample.ME, new Command.MakePledge(Decision.SIGN, List.of(), null));
        FakeContext open = new FakeContext(s.state());
        assertThatThrownBy(() -> open.run("vote A1 oppose"))
                .hasMessageContaining("would break your promise in deal D1");
        assertThat(open.sent).isEmpty();

        s.chair(new Command.Advance()); // the round ends: A1 is put to the vote
        FakeContext closed = new FakeContext(s.state());
        closed.run("vote A1 oppose");
        closed.run("decide abstain");
        assertThat(closed.sent)
                .as("sent as typed, for the room to refuse with its reason")
                .containsExactly(new Command.CastVote("A1", Ballot.OPPOSE), new Command.Decide(Decision.ABSTAIN, null));
    }

    /** The last decision ends the summit: asked first at the keyboard, as the page asks (a script is not asked). */
    @Test
    void theLastDecisionIsAskedAboutFirst() throws Exception {
        Sample s = new Sample();
        while (s.match.state().stage().phase() != org.summitsim.core.rules.Phase.FINAL) {
            s.chair(new Command.Advance());
        }
        FakeContext early = new FakeContext(s.state());
        early.answer = false;
        early.run("decide sign");
        assertThat(early.asked).as("others still to decide").isEmpty();
        for (var d : s.match.state().scenario().playable()) {
            if (!d.id().equals(Sample.ME)) {
                s.seat(d.id(), new Command.Decide(Decision.ABSTAIN, null));
            }
        }
        FakeContext ctx = new FakeContext(s.state());
        ctx.answer = false;
        ctx.run("decide sign");
        assertThat(ctx.asked)
                .singleElement()
                .asString()
                .isEqualTo("Every other delegation has decided: yours ends the summit at once, and the results come."
                        + " Decide to sign now?");
        assertThat(ctx.sent).isEmpty();
        assertThat(ctx.printed).contains("Not sent: take your time.");
        ctx.answer = true;
        ctx.run("decide sign");
        assertThat(ctx.sent).containsExactly(new Command.Decide(Decision.SIGN, null));
    }

    @Test
    void theHintToDecideAnywayKeepsTheStatementsOwnFullStop() {
        Sample s = new Sample();
        s.seat(Sample.ME, new Command.MakePledge(Decision.SIGN, List.of(), null));
        while (s.match.state().stage().phase() != org.summitsim.core.rules.Phase.FINAL) {
            s.chair(new Command.Advance());
        }
        FakeContext ctx = new FakeContext(s.state());
        assertThatThrownBy(() -> ctx.run("decide abstain Fine."))
                .satisfies(e -> assertThat(((ConsoleError) e).hint()).endsWith("`decide abstain anyway Fine.`"));
        assertThatThrownBy(() -> ctx.run("decide abstain"))
                .satisfies(e -> assertThat(((ConsoleError) e).hint()).endsWith("`decide abstain anyway`."));
    }

    @Test
    void startingWithEmptySeatsIsAskedAboutFirst() throws Exception {
        // The play-test: `start` with 5 of 6 seats empty gave no warning.
        ClientState state = sample.state();
        state.presence(seats("present", "empty", "empty", "bot"));
        FakeContext ctx = new FakeContext(state);
        ctx.answer = false;
        ctx.run("start");
        assertThat(ctx.asked)
                .singleElement()
                .asString()
                .startsWith("2 seats have nobody in them yet: China, United States. They take no part");
        assertThat(ctx.sent).isEmpty();
        ctx.run("start yes");
        assertThat(ctx.asked).as("not asked again").hasSize(1);
        ctx.answer = true;
        ctx.run("start");
        assertThat(ctx.sent).containsExactly(new Command.Start(), new Command.Start());
    }

    @Test
    void startingWithBotsAloneAtTheTableIsAskedAboutFirst() throws Exception {
        // The play-test: `bots fill` then `start` before the students came; the briefing lasted a second.
        ClientState state = sample.state();
        state.presence(seats("bot", "bot", "bot", "bot"));
        FakeContext ctx = new FakeContext(state);
        ctx.answer = false;
        ctx.run("start");
        assertThat(ctx.asked)
                .singleElement()
                .asString()
                .startsWith("No student has taken a seat yet: with bots alone at the table, each phase ends as soon"
                        + " as they are ready")
                .endsWith("Start the summit anyway?");
        assertThat(ctx.sent).isEmpty();

        state.presence(seats("present", "bot", "bot", "bot"));
        FakeContext withStudent = new FakeContext(state);
        withStudent.answer = false;
        withStudent.run("start");
        assertThat(withStudent.asked).as("a student is here: nothing to ask").isEmpty();
        assertThat(withStudent.sent).containsExactly(new Command.Start());
    }

    /** The room's presence with the Netherlands, China, the United States and Germany in these states. */
    private static org.summitsim.protocol.Presence seats(String netherlands, String china, String us, String germany) {
        return new org.summitsim.protocol.Presence(
                "p",
                List.of(
                        seatPresence("netherlands", netherlands),
                        seatPresence("china", china),
                        seatPresence("united-states", us),
                        seatPresence("germany", germany)),
                0,
                List.of());
    }

    private static org.summitsim.protocol.Presence.SeatPresence seatPresence(String seat, String status) {
        return new org.summitsim.protocol.Presence.SeatPresence(seat, status, 0, List.of(), null, null, null);
    }

    @Test
    void takingAwayMoreTimeThanIsLeftIsAskedAboutFirst() throws Exception {
        // The play-test: `extend -5m` with 1:10 left ended the round at once, without a question.
        ClientState state = sample.state();
        state.clock(new org.summitsim.protocol.Clock("k", "ROUND 1", false, null, 70_000L, 0));
        FakeContext ctx = new FakeContext(state);
        ctx.answer = false;
        ctx.run("extend -5m");
        assertThat(ctx.asked)
                .singleElement()
                .asString()
                .startsWith("Taking away 5:00 leaves no time. Round 1 ends now");
        assertThat(ctx.sent).isEmpty();

        ctx.run("extend -30s"); // 40 s stay: nothing to ask
        ctx.answer = true;
        ctx.run("extend -5m");
        assertThat(ctx.sent).containsExactly(new Command.Extend(-30), new Command.Extend(-300));
        assertThat(ctx.asked).hasSize(2);
    }

    @Test
    void aDealThatCostsMoreThanItBringsIsAskedAboutButAFairTradeIsNot() throws Exception {
        // D1 of the sample: both sides support Germany's A1 (bridge, 5) over the text's commission (8).
        FakeContext ctx = new FakeContext(sample.state());
        assertThatThrownBy(() -> ctx.run("accept D1")).hasMessageContaining("is worth \u22123 to you");
        Sample fair = fairOffer();
        FakeContext fairCtx = new FakeContext(fair.state());
        fairCtx.run("accept D2");
        assertThat(fairCtx.sent).containsExactly(new Command.AcceptDeal("D2"));
    }

    @Test
    void acceptingADealThatContradictsOneAlreadyMadeIsAskedAboutFirst() throws Exception {
        // The play-test: D195 bound the player to support one wording where D68 already bound them to
        // support another; every vote on that clause then broke one of the two.
        Sample s = fairOffer();
        s.seat(Sample.ME, new Command.AcceptDeal("D2"));
        s.seat(
                "china",
                new Command.OfferDeal(
                        Sample.ME,
                        new Promise.Support("process", "bridge"),
                        new Promise.Support("human", "chain"),
                        null));
        askedFirst(
                new FakeContext(s.state()),
                "D3",
                "Deal D3 would bind you to support",
                "but deal D2 already binds you to support",
                "you cannot keep both");
    }

    @Test
    void anOfferSaysWhatEachSideIsWorthToThePlayer() {
        Sample s = redLineOffer();
        PlayerView v = s.view();
        var offered = new Event.DealOffered(
                "D2",
                "germany",
                Sample.ME,
                new Promise.Support("human", "meaningful"),
                new Promise.Support("process", "un"),
                null);
        String line = new EventText(new Names(v), Sample.ME, plain).line(offered);
        assertThat(line)
                .contains("\u201cMeaningful human control\u201d (+4 to you, \u22121 against the text now)")
                .contains(
                        "\u201cThe UN route only\u201d (\u22126 to you, \u221214 against the text now, your red line)");
        assertThat(CommitmentsPage.deals(v, plain))
                .contains("(\u22126 to you, \u221214 against the text now, your red line)");

        // The other side's decision has no worth in the player's own score: nothing is shown for it.
        var decides = new Event.DealOffered(
                "D3",
                "germany",
                Sample.ME,
                new Promise.Decide(org.summitsim.core.scenario.Decision.SIGN, java.util.List.of()),
                new Promise.Decide(org.summitsim.core.scenario.Decision.SIGN, java.util.List.of()),
                null);
        String both = new EventText(new Names(v), Sample.ME, plain).line(decides);
        assertThat(both.split("in return")[0]).doesNotContain("out of 100");
        assertThat(both.split("in return")[1]).contains("out of 100 for you");
    }

    // 3. The chair's big steps ask first at the keyboard

    @Test
    void advanceSaysWhatWillHappenAndAsksFirst() throws Exception {
        FakeContext ctx = new FakeContext(sample.state());
        ctx.answer = false;
        ctx.run("advance");
        assertThat(ctx.sent).isEmpty();
        assertThat(ctx.asked)
                .singleElement()
                .asString()
                .contains("Round 1 ends now", "1 open vote closes: A1 (Where the work continues, 5 not voted yet)");
        assertThat(ctx.printed).contains("Not advanced: nothing changed.");
        ctx.answer = true;
        ctx.run("advance");
        assertThat(ctx.sent).containsExactly(new Command.Advance());
        ctx.answer = false;
        ctx.run("advance yes");
        assertThat(ctx.sent).hasSize(2);
    }

    @Test
    void endNowAsksFirstAtTheKeyboardButNotInAScript() throws Exception {
        FakeContext ctx = new FakeContext(sample.state());
        ctx.answer = false;
        ctx.run("end now");
        assertThat(ctx.sent).isEmpty();
        assertThat(ctx.asked).singleElement().asString().contains("This ends the summit for everyone now, in round 1");
        ctx.run("end now yes");
        assertThat(ctx.sent).containsExactly(new Command.EndMatch());
        FakeContext script = new FakeContext(sample.state());
        script.run("end now");
        assertThat(script.sent).containsExactly(new Command.EndMatch());
        assertThat(script.asked).isEmpty();
    }

    // 4. Votes still owed

    @Test
    void statusNamesTheVotesStillOwedAndAmendmentsOpenListsOnlyOpenOnes() {
        sample.seat("china", new Command.Propose("instrument", "negotiate", "A treaty."));
        sample.chair(new Command.CallVote("A2"));
        sample.seat("austria", new Command.Propose("human", "meaningful", "Control."));
        ClientState state = sample.state();
        assertThat(StatusPage.render(state, 0, plain))
                .contains("2 open amendments have no vote from you yet: A1 (Where the work continues \u2192"
                        + " \u201cCommission and summit, feeding into the UN\u201d), A3 (Human responsibility"
                        + " and control \u2192 \u201cMeaningful human control\u201d). `amendments open` lists them");
        String open = AmendmentsPage.render(state.view(), true, plain);
        assertThat(open).contains("Open amendments", "A1 OPEN", "A3 OPEN").doesNotContain("A2");
    }

    // 5 and 8. Refusals

    @Test
    void aVoteAlreadyCastPointsAtThatAmendmentAndThePausingChairIsToldItWasThem() {
        ConsoleError voted = ErrorHints.refusal(
                "already_voted",
                "You already voted on A38.",
                Stage.round(2),
                new Command.CastVote("A38", Ballot.OPPOSE),
                false);
        assertThat(voted.hint())
                .contains("`amendments A38` shows who voted how")
                .doesNotContain("A3`");
        ConsoleError paused = ErrorHints.refusal(
                "paused", "The facilitator has paused the summit. Wait until it resumes.", Stage.round(1), null, true);
        assertThat(paused.getMessage()).startsWith("The summit is paused, so nothing");
        assertThat(paused.hint()).contains("`resume`");
        assertThat(ErrorHints.refusal("paused", "The facilitator has paused the summit.", Stage.round(1), null, false)
                        .getMessage())
                .startsWith("The facilitator has paused");
    }

    @Test
    void aDealForAVoteAlreadyCastIsShownHowToPromiseSupportForTheWordingInstead() {
        // The play-test: bots vote within seconds, and three offers for a vote already cast were refused.
        PlayerView v = sample.view();
        PlayerView.AmendmentView open = v.amendments().stream()
                .filter(a -> a.status().equals("open") && !a.proposer().equals(Sample.ME))
                .findFirst()
                .orElseThrow();
        String message = "That promise could only be broken: Germany already abstained on amendment " + open.id()
                + ", and votes do not change. Promise something else, such as support for its wording.";
        Command offer = new Command.OfferDeal(
                "germany",
                new Promise.Decide(Decision.SIGN, List.of()),
                new Promise.Vote(open.id(), Ballot.SUPPORT),
                null);
        assertThat(ErrorHints.refusal("already_voted", message, Stage.round(1), offer, false, v)
                        .hint())
                .isEqualTo("In `offer`, promise support for the wording instead: `support " + open.clause() + "="
                        + open.option() + "` in place of `vote " + open.id() + " support`.");
        Command against = new Command.OfferDeal(
                "germany",
                new Promise.Decide(Decision.SIGN, List.of()),
                new Promise.Vote(open.id(), Ballot.OPPOSE),
                null);
        assertThat(ErrorHints.refusal("already_voted", message, Stage.round(1), against, false, v)
                        .hint())
                .as("a vote against has no wording to support")
                .isEqualTo("Votes cannot be changed; `amendments " + open.id() + "` shows who voted how.");
    }

    @Test
    void votingForAnAmendmentThatWouldVoidAPromiseMadeToYouSaysSoAtOnce() throws Exception {
        // The play-test: a signature traded for was voted away by the student's own later vote,
        // and the results only said "never came due".
        sample.seat(
                "china",
                new Command.OfferDeal(
                        Sample.ME,
                        new Promise.Decide(Decision.SIGN, List.of(new TextCondition("process", List.of("commission")))),
                        new Promise.Decide(Decision.SIGN, List.of()),
                        null));
        sample.seat(Sample.ME, new Command.AcceptDeal("D2"));
        FakeContext against = new FakeContext(sample.state());
        against.run("vote A1 oppose");
        assertThat(against.printed.toString())
                .as("a vote against the change keeps the condition")
                .isEmpty();

        FakeContext ctx = new FakeContext(sample.state());
        ctx.run("vote A1 support");
        assertThat(ctx.sent).containsExactly(new Command.CastVote("A1", Ballot.SUPPORT));
        assertThat(ctx.printed.toString())
                .startsWith("Note: if A1 is adopted, China's promise in deal D2 (to sign if \u201cWhere the work"
                        + " continues\u201d reads ")
                .contains("will never come due");
    }

    // 6. Names, not ids

    @Test
    void caucusLinesNameTheCaucus() {
        PlayerView v = sample.view();
        EventText text = new EventText(new Names(v), Sample.ME, plain);
        String caucus = v.caucuses().get(0).id();
        assertThat(text.line(new Event.CaucusCreated(caucus, "Friends", Sample.ME, List.of(Sample.ME, "germany"))))
                .isEqualTo("[caucus Friends] You created it with Germany.");
        assertThat(text.line(new Event.CaucusMessage(caucus, "germany", "Hi.", List.of(Sample.ME, "germany"))))
                .isEqualTo("[caucus Friends] Germany: Hi.")
                .doesNotContain(caucus);
    }

    @Test
    void anAmendmentBackToTheDraftSaysSoInsteadOfQuotingTheDraftMark() {
        Names names = new Names(sample.view());
        assertThat(names.change("instrument", "silent"))
                .isEqualTo("A legally binding instrument \u2192 silent (\u201cNot mentioned\u201d, back to the draft)");
        assertThat(names.change("process", "bridge"))
                .isEqualTo(
                        "Where the work continues \u2192 bridge (\u201cCommission and summit, feeding into the UN\u201d)");
    }

    @Test
    void examplesNameDelegationsAsTheConsoleAcceptsThem() throws Exception {
        Hague hague = new Hague();
        Names names = new Names(hague.view());
        assertThat(names.typed("republic-of-korea")).isEqualTo("korea");
        assertThat(names.typed("united-states")).isEqualTo("united states");
        assertThat(names.typed("turkiye")).isEqualTo("turkiye");
        FakeContext ctx = new FakeContext(hague.state());
        for (PlayerView.Card c : hague.view().delegations()) {
            if (!c.id().equals(Sample.ME)) {
                ctx.run("dm " + names.typed(c.id()) + " Will you sign?");
                assertThat(ctx.sent.get(ctx.sent.size() - 1))
                        .as(names.typed(c.id()))
                        .isEqualTo(new Command.Whisper(c.id(), "Will you sign?"));
            }
        }
        assertThatThrownBy(() -> ctx.run("dm"))
                .extracting(e -> ((ConsoleError) e).hint())
                .asString()
                .contains("`dm korea Hello`");
    }

    // 7. The brief's values by label

    @Test
    void theBriefListsWordingsByTheirLabelsWithTheIdToType() {
        String page = BriefPage.render(sample.view(), plain);
        assertThat(page)
                .contains("  Where the work continues  [process]")
                .containsPattern("\\+8  Multi-stakeholder process[^\\n]*\\[commission\\]")
                .containsPattern("-6  The UN route only  \\[un\\]  RED LINE")
                // the Netherlands' decision values, and why signing shows as more in the results
                .contains(
                        "Your final decision, as your government sees it: sign +4, abstain -6, push for binding law -8; signing also counts up"
                                + " to +4 if the final text holds all you want, down to -4 if it holds none of it");
    }

    // 8. Small ones

    @Test
    void aSeatTakenOverSaysWhatWasPromisedInItsNameBefore() {
        // The play-test: a student took over a bot's seat and found seven deals she never made.
        assertThat(Inherited.of(sample.view(), Sample.ME))
                .as("nothing promised or tabled yet")
                .isEmpty();
        sample.seat(Sample.ME, new Command.AcceptDeal("D1"));
        sample.seat(Sample.ME, new Command.MakePledge(Decision.SIGN, List.of(), null));
        sample.seat(Sample.ME, new Command.Propose("instrument", "consider", ""));
        assertThat(Inherited.of(sample.view(), Sample.ME))
                .isEqualTo("Someone played this seat before you (a bot, most likely): 1 pledge and 1 accepted deal"
                        + " made in its name bind you now, and a broken promise costs trust points at the end;"
                        + " 1 amendment carries its name. See them with `pledges`, `deals`, `amendments`.");
    }

    @Test
    void aBareQIsExplainedNotGuessedAt() {
        // The play-test: `q` typed at a page stop, as in `less`, got "Did you mean `dm`?".
        FakeContext ctx = new FakeContext(sample.state());
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.PrintWriter writer = new java.io.PrintWriter(out, true);
        PlainIo io = new PlainIo(new java.io.BufferedReader(new java.io.StringReader("")), writer, writer, false);
        assertThat(new Console(ctx.state(), io, plain, ctx.table(), null, null).execute("q"))
                .isFalse();
        assertThat(out.toString())
                .contains("`q` on its own does nothing here.", "`quit` leaves Summit.")
                .doesNotContain("Did you mean");
    }

    @Test
    void anOfferTakesADelegationNamedInSeveralWordsAsDmDoes() throws Exception {
        FakeContext ctx = new FakeContext(sample.state());
        ctx.run("offer united states vote A1 support for sign");
        ctx.run("offer the US vote A1 support for sign");
        Command expected = new Command.OfferDeal(
                "united-states",
                new Promise.Vote("A1", Ballot.SUPPORT),
                new Promise.Decide(Decision.SIGN, List.of()),
                null);
        assertThat(ctx.sent).containsExactly(expected, expected);
    }

    @Test
    void readyWhenEveryoneElseIsReadyIsAskedAboutFirst() throws Exception {
        // The play-test: `ready` with eleven minutes left ended the round at once (the bots were ready).
        FakeContext early = new FakeContext(sample.state());
        early.answer = false;
        early.run("ready");
        assertThat(early.asked).as("others still at work: nothing to ask").isEmpty();
        assertThat(early.sent).containsExactly(new Command.Ready());

        for (String seat : List.of("germany", "china", "united-states", "costa-rica", "austria")) {
            sample.seat(seat, new Command.Ready());
        }
        FakeContext last = new FakeContext(sample.state());
        last.answer = false;
        last.run("ready");
        assertThat(last.asked)
                .singleElement()
                .asString()
                .startsWith("Every other delegation is ready already: this phase (round 1) ends as soon as you are.");
        assertThat(last.sent).isEmpty();
    }

    @Test
    void quitSaysWhatLeavingMeansForTheSeatOrTheRoom() throws Exception {
        FakeContext student = new FakeContext(sample.state());
        student.facilitator = false;
        student.run("quit");
        assertThat(student.printed.toString())
                .contains("Your seat, the Netherlands, stays yours while the summit goes on: type the same"
                        + " `summit play` command to come back to it.");

        FakeContext teacher = new FakeContext(sample.state());
        teacher.player = false;
        teacher.run("exit");
        assertThat(teacher.printed.toString()).contains("The room goes on without this window");

        FakeContext demo = new FakeContext(sample.state());
        demo.run("quit");
        assertThat(demo.printed.toString())
                .as("the demo's room ends with its window: no seat to come back to")
                .isEqualTo("Goodbye, and thank you for playing.\n");
    }

    @Test
    void theBriefAndTheAmendmentsSayHowAnAmendmentPassesInWords() {
        String rule = AdoptionWords.of(sample.view().adoptionRule());
        assertThat(rule).startsWith("An amendment passes");
        assertThat(BriefPage.render(sample.view(), plain)).contains(rule).doesNotContain("consensus:");
        assertThat(AmendmentsPage.render(sample.view(), false, plain)).contains(rule);
    }

    @Test
    void pledgesSayWhichOfAPlayersPledgesCountsNow() {
        sample.seat(Sample.ME, new Command.MakePledge(Decision.SIGN, List.of(), "We sign.", null));
        sample.seat(
                Sample.ME,
                new Command.MakePledge(
                        Decision.ABSTAIN, List.of(new TextCondition("process", List.of("un"))), null, null));
        String page = CommitmentsPage.pledges(sample.view(), plain);
        assertThat(page)
                .containsPattern("P1 The Netherlands will sign[^\\n]*counts now")
                .containsPattern("P2 The Netherlands will abstain[^\\n]*does not count now: its condition is not met");
        sample.seat(Sample.ME, new Command.MakePledge(Decision.PUSH_BINDING, List.of(), null, null));
        assertThat(CommitmentsPage.pledges(sample.view(), plain))
                .containsPattern("P1 The Netherlands will sign[^\\n]*P3, made later, replaces it")
                .containsPattern("P3 The Netherlands will push[^\\n]*counts now");
    }

    @Test
    void typosGetTheClosestDelegationClauseOrWording() throws Exception {
        Hague hague = new Hague();
        FakeContext ctx = new FakeContext(hague.state());
        assertThatThrownBy(() -> ctx.run("offer chine sign for sign"))
                .extracting(e -> ((ConsoleError) e).hint())
                .asString()
                .contains("Did you mean `china`?")
                .doesNotContain("korea");
        assertThatThrownBy(() -> ctx.run("propose weapon concern Name it."))
                .extracting(e -> ((ConsoleError) e).hint())
                .asString()
                .contains("Did you mean `weapons` (Autonomous weapons and drones)?");
        assertThatThrownBy(() -> ctx.run("propose weapons concerns Name it."))
                .extracting(e -> ((ConsoleError) e).hint())
                .asString()
                .contains("Did you mean `concern` (\u201cNamed as a concern\u201d)?");
        // A clause named as people say it, with a wording only one clause has: that clause.
        assertThatThrownBy(() -> ctx.run("propose treaty negotiate A treaty now."))
                .extracting(e -> ((ConsoleError) e).hint())
                .asString()
                .contains("Did you mean `instrument` (A legally binding instrument)?");
        assertThat(ctx.sent).isEmpty();
        ctx.run("propose weapons Concern Name it.");
        assertThat(ctx.sent).containsExactly(new Command.Propose("weapons", "concern", "Name it."));
    }

    @Test
    void aVoteWithItsWordsSwappedIsExplainedAndNotSent() {
        FakeContext ctx = new FakeContext(sample.state());
        assertThatThrownBy(() -> ctx.run("vote support a1"))
                .isInstanceOf(ConsoleError.class)
                .hasMessageContaining("`vote A1 support`");
        assertThat(ctx.sent).isEmpty();
    }

    @Test
    void anOfferMissingASideSaysWhichOne() {
        FakeContext ctx = new FakeContext(sample.state());
        assertThatThrownBy(() -> ctx.run("offer germany sign for"))
                .hasMessageContaining("Say what you want from Germany in return, after `for`");
        assertThatThrownBy(() -> ctx.run("offer germany for sign"))
                .hasMessageContaining("Say what you promise Germany, before `for`");
        assertThatThrownBy(() -> ctx.run("offer germany sign"))
                .hasMessageContaining("Say what you want from Germany in return, after `for`");
        assertThat(ctx.sent).isEmpty();
    }

    @Test
    void heldLinesSayWhereTheyWaitAndFitALaptopsBar() {
        assertThat(TerminalIo.heldNote(2)).isEqualTo("2 new lines (Enter)");
        assertThat(TerminalIo.heldNote(1)).isEqualTo("1 new line (Enter)");
        // With the clock, a deal to answer and the seat, the bar fits 80 columns (a play-test cut it
        // off there, and at 110 before that).
        String bar = TerminalIo.heldNote(128) + " | Netherlands | The opening 0:41 left | 1 deal to answer";
        assertThat(bar.length()).isLessThanOrEqualTo(80);
        // So does the pager's prompt, with three digits of lines left (it broke onto two lines).
        assertThat(TerminalIo.morePrompt(223).length()).isLessThanOrEqualTo(79);
    }
}
