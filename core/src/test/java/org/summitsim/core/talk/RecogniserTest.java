package org.summitsim.core.talk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.view.PlayerView;

class RecogniserTest {

    private static final Recogniser HAGUE = Recogniser.of(ScenarioCatalog.load("hague-2023"));
    private static final Recogniser SEOUL = Recogniser.of(ScenarioCatalog.load("seoul-2024"));

    private static Intent read(String text) {
        return HAGUE.read(text, "china").intent();
    }

    private static Intent.Wording wording(String clause, String option) {
        return new Intent.Wording(clause, option, false);
    }

    @Test
    void aQuestionNamingTwoDecisionsAsksWhich() {
        assertThat(read("did you push or sign?")).isEqualTo(new Intent.AskPledge(null));
        assertThat(read("Will you sign or abstain?")).isEqualTo(new Intent.AskPledge(null));
        assertThat(read("will you push?")).isEqualTo(new Intent.AskPledge(Decision.PUSH_BINDING));
    }

    @Test
    void positionNamesTheClausesInTheOrderAsked() {
        assertThat(read("Where do you stand on meaningful human control?"))
                .isEqualTo(new Intent.Position(List.of("human")));
        assertThat(read("what about the UN route and the treaty clause?"))
                .isEqualTo(new Intent.Position(List.of("process", "instrument")));
    }

    @Test
    void typosCaseAndPunctuationDoNotMatter() {
        assertThat(read("WHRE do you stand on meaningfull human controll"))
                .isEqualTo(new Intent.Position(List.of("human")));
        assertThat(read("thoughts on hegemny,escalation and the lifecycle???"))
                .isEqualTo(new Intent.Position(List.of("hegemony", "escalation", "lifecycle")));
    }

    @Test
    void shortWordsNeedExactSpelling() {
        // "US" the state is not "us" the pronoun; "Austria" is not a misspelt "Australia"
        assertThat(HAGUE.read("will you back us?", "china").addressees()).isEmpty();
        assertThat(HAGUE.read("US, will you sign?", "china").addressees()).containsExactly("united-states");
        assertThat(HAGUE.read("Austria, what do you want?", "china").addressees())
                .containsExactly("austria");
    }

    @Test
    void theWholeTextAndWhatTheAddresseeWants() {
        assertThat(read("Do you like the declaration as it stands?")).isInstanceOf(Intent.PositionText.class);
        assertThat(read("what do you want?")).isInstanceOf(Intent.Wants.class);
        assertThat(read("What would it take to get your vote on the UN route?")).isInstanceOf(Intent.Wants.class);
    }

    @Test
    void aTradeSaysWhichSideIsGivenAndWhichIsWanted() {
        Intent expected = new Intent.Trade(wording("human", "meaningful"), wording("process", "un"));
        for (String text : List.of(
                "I'll support meaningful human control if you back the UN route",
                "If you back the UN route, we will support MHC.",
                "Back the UN route and we'll support human control",
                "In exchange for your support on the UN route we will back meaningful human control",
                "We need the UN route. In return, we can back MHC.",
                "Would you back the UN route if we back MHC?",
                "We'd like you to back the UN route; in return we support MHC.")) {
            assertThat(read(text)).as(text).isEqualTo(expected);
        }
        assertThat(read("you get the UN route, we get MHC"))
                .isEqualTo(new Intent.Trade(wording("process", "un"), wording("human", "meaningful")));
    }

    @Test
    void aSideMayBeAFinalDecisionOrDropAWording() {
        assertThat(read("I'll sign if you drop the treaty call"))
                .isEqualTo(new Intent.Trade(
                        new Intent.Final(Decision.SIGN), new Intent.Wording("instrument", "negotiate", true)));
        assertThat(read("We push if you do"))
                .isEqualTo(new Intent.Trade(
                        new Intent.Final(Decision.PUSH_BINDING), new Intent.Final(Decision.PUSH_BINDING)));
    }

    @Test
    void aClauseNamedWithoutAWordingLeavesTheOptionOpen() {
        assertThat(read("We will back the treaty clause if you support legal reviews"))
                .isEqualTo(new Intent.Trade(wording("instrument", null), wording("law", "legal-reviews")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Do you support MHC? We support the UN route.",
                "We will sign if MHC passes.",
                "We support meaningful human control.",
                "We won't support MHC if you back the UN route",
                "What about MHC and the UN route?",
                "we will block the UN route unless you support MHC",
                "MHC for the UN route?",
                "Where do you stand on MHC, we back the UN route"
            })
    void doubtfulMessagesAreNeverTrades(String text) {
        assertThat(read(text)).isNotInstanceOf(Intent.Trade.class).isNotInstanceOf(Intent.Accept.class);
    }

    @Test
    void pledgesAreAskedForByDecision() {
        assertThat(read("will you sign?")).isEqualTo(new Intent.AskPledge(Decision.SIGN));
        // The question is the clause; the decision is only named beside it.
        assertThat(read("Will you support our amendment on hegemony? We can sign together."))
                .isEqualTo(new Intent.Position(List.of("hegemony")));
        assertThat(read("We want to sign together. Will you sign?")).isEqualTo(new Intent.AskPledge(Decision.SIGN));
        assertThat(read("will you push for a treaty with us?")).isEqualTo(new Intent.AskPledge(Decision.PUSH_BINDING));
        assertThat(read("would you rather abstain?")).isEqualTo(new Intent.AskPledge(Decision.ABSTAIN));
        assertThat(read("What will you decide at the end?")).isEqualTo(new Intent.AskPledge(null));
        // A play-test's student, to a partner: "we" both, asked of one delegation, asks what it will do.
        assertThat(read("so are we both pushing for binding law at the end? yes?"))
                .isEqualTo(new Intent.AskPledge(Decision.PUSH_BINDING));
        assertThat(read("we're both pushing at the end, right?"))
                .isEqualTo(new Intent.AskPledge(Decision.PUSH_BINDING));
    }

    @Test
    void yesAndNoToAnOffer() {
        for (String yes : List.of("deal", "ok, agreed", "It's a deal.", "yes please", "we accept your offer")) {
            assertThat(read(yes)).as(yes).isInstanceOf(Intent.Accept.class);
        }
        for (String no : List.of("no thanks", "No.", "not interested", "Absolutely not", "we cannot accept that")) {
            assertThat(read(no)).as(no).isInstanceOf(Intent.Refuse.class);
        }
        for (String neither : List.of("ok, but what do you want?", "deal?", "no idea, what do you think of MHC?")) {
            assertThat(read(neither))
                    .as(neither)
                    .isNotInstanceOf(Intent.Accept.class)
                    .isNotInstanceOf(Intent.Refuse.class);
        }
    }

    @Test
    void threatsAndAppeals() {
        assertThat(read("if you don't back us we'll block everything")).isInstanceOf(Intent.Threat.class);
        assertThat(read("Support us or else.")).isInstanceOf(Intent.Threat.class);
        assertThat(read("please, think of the civilians")).isInstanceOf(Intent.Appeal.class);
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(read("hello there")).isInstanceOf(Intent.Unknown.class);
        assertThat(read("")).isInstanceOf(Intent.Unknown.class);
        assertThat(read("?!")).isInstanceOf(Intent.Unknown.class);
    }

    @Test
    void eachScenarioHasItsOwnNames() {
        assertThat(SEOUL.read("where do you stand on WMD and the REAIM process?", "china")
                        .intent())
                .isEqualTo(new Intent.Position(List.of("wmd", "process")));
        assertThat(HAGUE.read("where do you stand on WMD?", "china").intent()).isNotInstanceOf(Intent.Position.class);
    }

    @Test
    void aCaucusMessageSaysWhomItAddresses() {
        Utterance u = HAGUE.read("Korea and America, will you sign?", "china");
        assertThat(u.addressees()).containsExactly("republic-of-korea", "united-states");
        assertThat(u.addresses("china")).isFalse();
        assertThat(HAGUE.read("Will you all push with us?", "china").addresses("china"))
                .isTrue();
    }

    private static Intent seoul(String text) {
        return SEOUL.read(text, "china").intent();
    }

    @Test
    void aWordingDescribedInformallyIsThatWordingAndAClauseNamedPlainlyStaysOpen() {
        assertThat(read("We'd support the UN route if you back the concern language on killer robots"))
                .isEqualTo(new Intent.Trade(wording("process", "un"), wording("weapons", "concern")));
        assertThat(read("I'll back legal reviews in return for your support on the measures for nuclear escalation"))
                .isEqualTo(new Intent.Trade(wording("law", "legal-reviews"), wording("escalation", "measures")));
        assertThat(read("If you back the ban we'll support the testing side of the lifecycle"))
                .isEqualTo(new Intent.Trade(wording("lifecycle", "assurance"), wording("weapons", "prohibit")));
        // a clause whose only wording besides silence is meant when the clause is named plainly
        assertThat(seoul("We support the REAIM process if you back the nuclear clause"))
                .isEqualTo(new Intent.Trade(wording("process", "reaim"), wording("nuclear", "control")));
        // nothing that tells one wording from another: the clause alone
        assertThat(read("We back legal reviews if you back the drones clause"))
                .isEqualTo(new Intent.Trade(wording("law", "legal-reviews"), wording("weapons", null)));
        // silence on a clause, or taking it out of the text, is its wording that leaves the subject out
        assertThat(read("We support legal reviews if you support silence on hegemony"))
                .isEqualTo(new Intent.Trade(wording("law", "legal-reviews"), wording("hegemony", "silent")));
    }

    @Test
    void conditionalTradesInEverydayWordOrder() {
        Intent expected = new Intent.Trade(wording("law", "legal-reviews"), wording("process", "un"));
        for (String text : List.of(
                "if u back the UN route ill back legal reviews",
                "We would vote for legal reviews if China voted for the UN route",
                "Proposal: our support for legal reviews, your support for the UN route.",
                "legal reviews from us, the UN route from you?",
                "could you back the UN route if we backed legal reviews?")) {
            assertThat(read(text)).as(text).isEqualTo(expected);
        }
        assertThat(read("we will back legal reviews if China backs the ban on weapons without human control"))
                .isEqualTo(new Intent.Trade(wording("law", "legal-reviews"), wording("weapons", "prohibit")));
        assertThat(read("we'll back the commission if you stop blocking legal reviews"))
                .isEqualTo(new Intent.Trade(wording("process", "commission"), wording("law", "legal-reviews")));
    }

    @Test
    void whatAThirdPartyWouldDoIsNoOneSOfferHere() {
        for (String text : List.of(
                "Germany says they'll back MHC if we back the UN route. Should I?",
                "If Germany backs the UN route we will back MHC")) {
            assertThat(read(text)).as(text).isNotInstanceOf(Intent.Trade.class).isNotInstanceOf(Intent.Accept.class);
        }
    }

    @Test
    void pledgesAreAskedOfTheAddresseeByName() {
        assertThat(read("Can we count on China to push for binding law?"))
                .isEqualTo(new Intent.AskPledge(Decision.PUSH_BINDING));
        assertThat(read("will china abstain if MHC fails")).isEqualTo(new Intent.AskPledge(Decision.ABSTAIN));
        assertThat(read("Is China prepared to endorse the Call to Action?"))
                .isEqualTo(new Intent.AskPledge(Decision.SIGN));
        assertThat(seoul("Will China endorse the Blueprint in the end?"))
                .isEqualTo(new Intent.AskPledge(Decision.SIGN));
        // a price asked, not a pledge
        assertThat(read("what would China need to endorse the declaration")).isInstanceOf(Intent.Wants.class);
    }

    @Test
    void everydayYesesAndNoes() {
        for (String yes : List.of(
                "alright, you have yourself a deal",
                "Agreed. Thanks for working with us.",
                "ok ill go with that",
                "We accept these terms.")) {
            assertThat(read(yes)).as(yes).isInstanceOf(Intent.Accept.class);
        }
        for (String no : List.of(
                "that's a no from Beijing.", "No. We won't give up the UN route for that.", "nah, not a good offer")) {
            assertThat(read(no)).as(no).isInstanceOf(Intent.Refuse.class);
        }
        for (String neither :
                List.of("Agreed. But we need the UN route too.", "Deal. Will you also back legal reviews?")) {
            assertThat(read(neither)).as(neither).isNotInstanceOf(Intent.Accept.class);
        }
    }

    @Test
    void aConditionAgainstTheSpeakerWithASanctionIsAThreatNeverATrade() {
        for (String text : List.of(
                "If you keep blocking legal reviews we will push for binding law",
                "Vote down the commission and we will abstain",
                "If China goes back on its word, we will tell the press.",
                "if you side with the US on the treaty we'll oppose your hegemony amendment",
                "Keep opposing MHC and we'll block the UN route",
                "Undermine the UN route and the whole summit will know.",
                "If you wreck the text, forget our support for MHC.")) {
            assertThat(read(text)).as(text).isInstanceOf(Intent.Threat.class);
        }
        // no sanction: the addressee's vote against a wording is what the speaker asks for
        assertThat(read("If you oppose the treaty call we will support MHC"))
                .isEqualTo(new Intent.Trade(
                        wording("human", "meaningful"), new Intent.Wording("instrument", "negotiate", true)));
    }

    @Test
    void anUrgingWithAReasonIsAnAppealNotAQuestion() {
        for (String text : List.of(
                "Think of the children in conflict zones. Supporting the ban is the decent thing to do.",
                "You have always stood for human control. Stand with us on MHC.",
                "Your country's tradition of humanitarian law should guide you on legal reviews.")) {
            assertThat(read(text)).as(text).isInstanceOf(Intent.Appeal.class);
        }
        // an appeal that also asks for a view is a question
        assertThat(read("Please tell me your position on MHC, the civilians deserve it"))
                .isEqualTo(new Intent.Position(List.of("human")));
        assertThat(read("history will judge us. what do you think of MHC?"))
                .isEqualTo(new Intent.Position(List.of("human")));
    }

    @Test
    void adviceAboutAnotherDealAndSmallTalkAboutPlacesAreUnknown() {
        assertThat(read("Mexico proposed a trade on the treaty clause. Do I accept?"))
                .isInstanceOf(Intent.Unknown.class);
        assertThat(read("What's the forecast for The Hague tomorrow?")).isInstanceOf(Intent.Unknown.class);
    }

    @Test
    void aDescriptionNamesOneWordingNotEveryClauseItsWordsRecall() {
        assertThat(read("Where do you stand on a prohibition of weapons that choose targets without human control?"))
                .isEqualTo(new Intent.Position(List.of("weapons")));
        assertThat(seoul("What do you think of reporting the risk assessments at the next summit?"))
                .isEqualTo(new Intent.Position(List.of("risk")));
        assertThat(seoul("We'll back human judgment if you support feeding REAIM into the UN"))
                .isEqualTo(new Intent.Trade(wording("human", "judgment"), wording("process", "bridge")));
        // two things named apart stay two
        assertThat(read("Where do you stand on the ban and on human control?"))
                .isEqualTo(new Intent.Position(List.of("weapons", "human")));
    }

    @Test
    void yesAndNoAreReadFromTheWordsOfAgreeingAndDeclining() {
        for (String yes : List.of(
                "Accepted, it's a deal.",
                "we agree",
                "fine by us, deal",
                "deal done haha",
                "No objections here. We accept the offer.",
                "Not a bad offer. Agreed.",
                "Offer accepted, and we'll vote that way.")) {
            assertThat(read(yes)).as(yes).isInstanceOf(Intent.Accept.class);
        }
        for (String no : List.of(
                "We cannot agree to this.",
                "this swap is too lopsided for us",
                "sorry, not a trade we could make",
                "We're unwilling to accept those terms",
                "Thanks for the offer, but we can't give up legal reviews for it.",
                "I see the logic of it, but the answer is no.",
                "We do not accept.")) {
            assertThat(read(no)).as(no).isInstanceOf(Intent.Refuse.class);
        }
        for (String neither : List.of(
                "yeah lol same",
                "sure, we'll think about it",
                "we agree the text is weak",
                "Deal accepted, but only if you add MHC",
                "Fine, we'll back MHC then",
                "good morning",
                "Don't let the big states weaken MHC, think of the civilians",
                "is the text too weak for you")) {
            assertThat(read(neither))
                    .as(neither)
                    .isNotInstanceOf(Intent.Accept.class)
                    .isNotInstanceOf(Intent.Refuse.class);
        }
    }

    @Test
    void aHostileActWithASanctionIsAThreatInEveryShape() {
        for (String text : List.of(
                "Should China vote down MHC, we will tell the whole room who did it.",
                "China, oppose us on legal reviews again and we'll vote against your process amendment.",
                "Side with the US on the treaty and we will sink your hegemony amendment",
                "If you walk away from our deal, you'll find no support from us.",
                "if you back out of our agreement we're telling the press",
                "Break your word on the UN route and we'll make sure every delegation hears of it.",
                "if you push and wreck the whole declaration, we'll block the ban")) {
            assertThat(read(text)).as(text).isInstanceOf(Intent.Threat.class);
        }
    }

    @Test
    void aSanctionIsNeverSomethingGiven() {
        for (String text : List.of(
                "We'll sink your hegemony amendment if you back MHC",
                "Backing legal reviews matches what you have argued in Geneva.")) {
            assertThat(read(text)).as(text).isNotInstanceOf(Intent.Trade.class).isNotInstanceOf(Intent.Accept.class);
        }
    }

    @Test
    void aDecisionMayBeAskedForOrOfferedIndirectly() {
        assertThat(read("We can hold off on pushing and simply abstain, provided China backs the treaty call"))
                .isEqualTo(new Intent.Trade(new Intent.Final(Decision.ABSTAIN), wording("instrument", "negotiate")));
        assertThat(read("China, join us in pushing for binding law, and we'll support the UN route."))
                .isEqualTo(new Intent.Trade(wording("process", "un"), new Intent.Final(Decision.PUSH_BINDING)));
        // "not X and Y": the "not" goes on over "and", so nothing is offered
        assertThat(read("We won't back MHC and support the UN route if you sign"))
                .isNotInstanceOf(Intent.Trade.class);
    }

    @Test
    void anUrgingWithAReasonAndNoQuestionOrOfferIsAnAppeal() {
        for (String text : List.of(
                "Your own farmers depend on predictable rules. China should back legal reviews.",
                "The region is watching. Back the commission with us.",
                "Whole cities could be hit by a single error. The declaration needs your voice on the ban.",
                "Opposing hegemony is consistent with everything your diplomats have argued for years.")) {
            assertThat(read(text)).as(text).isInstanceOf(Intent.Appeal.class);
        }
        // no reason, or a question: not an appeal
        assertThat(read("China should back legal reviews?")).isNotInstanceOf(Intent.Appeal.class);
        assertThat(read("Back the commission.")).isNotInstanceOf(Intent.Appeal.class);
    }

    @Test
    void whatItWouldTakeIsAPriceNotAPledge() {
        for (String text : List.of(
                "What would China require before it could sign the declaration?",
                "what would get you to endorse this text",
                "What are your must-haves?")) {
            assertThat(read(text)).as(text).isInstanceOf(Intent.Wants.class);
        }
    }

    @Test
    void questionsAboutOthersAndAboutTheRulesAreUnknown() {
        for (String text : List.of(
                "Do you reckon Kenya will abstain in the end?",
                "Is it true that France offered Mexico a deal on legal reviews?",
                "France has asked us to drop the UN route for MHC. Sensible?",
                "how many delegations does an amendment need?")) {
            assertThat(read(text)).as(text).isInstanceOf(Intent.Unknown.class);
        }
    }

    @Test
    void theWholeTextIsAskedAboutInManyWays() {
        for (String text : List.of(
                "Are you content with the text in its current form?",
                "frankly is the declaration too ambitious for you now",
                "We'd value your overall impression of the draft as amended.")) {
            assertThat(read(text)).as(text).isInstanceOf(Intent.PositionText.class);
        }
    }

    @Test
    void puttingANameOnTheTextIsSigning() {
        assertThat(read("Put China's name on the declaration and we'll back the UN route."))
                .isEqualTo(new Intent.Trade(wording("process", "un"), new Intent.Final(Decision.SIGN)));
        // a third party's signature is no one's offer here
        assertThat(read("Put France's name on the declaration and we'll back the UN route."))
                .isNotInstanceOf(Intent.Trade.class);
    }

    @Test
    void theSameMessageIsAlwaysReadTheSameWay() {
        String text = "We'd back the ban on killer robots if you support legal reviews";
        assertThat(Recogniser.of(ScenarioCatalog.load("hague-2023")).read(text, "kenya"))
                .isEqualTo(HAGUE.read(text, "kenya"));
    }

    private static void noYes(String... texts) {
        for (String text : texts) {
            assertThat(read(text)).as(text).isNotInstanceOf(Intent.Accept.class);
        }
    }

    private static void noOffer(String... texts) {
        for (String text : texts) {
            assertThat(read(text)).as(text).isNotInstanceOf(Intent.Trade.class).isNotInstanceOf(Intent.Accept.class);
        }
    }

    @Test
    void anAcknowledgementIsNoYesButABareOkIs() {
        noYes("k", "kk", "ok, noted", "got it", "ok thanks", "whatever", "ok...");
        for (String yes : List.of("ok", "okay", "\uD83D\uDC4D", "say less", "of course")) {
            assertThat(read(yes)).as(yes).isInstanceOf(Intent.Accept.class);
        }
    }

    @Test
    void aDealTalkedAboutIsNoYes() {
        noYes(
                "we need a better deal",
                "the deal is off",
                "deal with it",
                "big deal",
                "we're in a caucus right now",
                "we're done here",
                "Agreed, the text needs work.");
        for (String no : List.of(
                "Thanks for thinking of us, but we're turning that deal down.",
                "that's a deal breaker",
                "we have to turn it down",
                "we're good, thanks",
                "Deal? Not in a million years.",
                "yeah right")) {
            assertThat(read(no)).as(no).isInstanceOf(Intent.Refuse.class);
        }
        for (String yes : List.of(
                "it's a deal",
                "deal!",
                "we have a deal",
                "we're in",
                "no problem at all, consider it done",
                "Very well, our delegation agrees to the exchange you proposed.",
                "No need to discuss further. We accept.")) {
            assertThat(read(yes)).as(yes).isInstanceOf(Intent.Accept.class);
        }
    }

    @Test
    void aYesReportedOrTakenBackIsNoYes() {
        noYes(
                "France said yes to the commission deal",
                "we accepted Germany's deal yesterday btw",
                "The US and Japan made a deal on the UN route, apparently.",
                "deal jk",
                "sure, and I'm the queen of England",
                "sure, as if");
        // the speaker's own delegation named, accepting the addressee's offer, is a yes
        assertThat(HAGUE.read("Teacher here for team France: yes, France accepts your offer.", "austria")
                        .intent())
                .isInstanceOf(Intent.Accept.class);
    }

    @Test
    void positionsToldOrIdeasTakenBackAreNoOffer() {
        noOffer(
                "Last round we backed MHC and you backed the UN route.",
                        "you should back MHC; we already back the UN route",
                "We support MHC and you support the UN route, so we disagree.",
                        "we back MHC because you back the UN route",
                "We back MHC but you back the UN route", "we'll back MHC even if you back the UN route",
                "If you back MHC, we'll back the UN route. Just kidding.",
                        "Some say we should back MHC if you back the UN route.",
                "If I were you, I'd back MHC and ask for the UN route.",
                        "is China ok with the weaker law wording or do you need full compliance");
        // a past tense in a condition, and an obligation after "but", still offer
        Intent expected = new Intent.Trade(wording("law", "legal-reviews"), wording("process", "un"));
        for (String text : List.of(
                "what if we backed legal reviews and you backed the UN route?",
                "we'll back legal reviews, but you have to back the UN route",
                "u back the UN route, we back legal reviews")) {
            assertThat(read(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void harmAfterAnyConditionIsAThreat() {
        for (String text : List.of(
                "China, keep voting for the commission and your forum amendment is dead on arrival",
                "Vote against the off switch again and China can forget our help on the commission.",
                "Unless China supports the verification mechanism, we will withdraw our support for every amendment you table.",
                "china u vote w the US on reporting and we're done helping u, for real",
                "If Beijing walks back on what we agreed, we'll read the whole exchange out on the floor.",
                "Push for binding law and we'll make sure your amendments all fail.")) {
            assertThat(read(text)).as(text).isInstanceOf(Intent.Threat.class);
        }
        // harm denied, and a condition with a reward, are offers
        assertThat(read("if you back MHC you won't be alone, we'll back the UN route"))
                .isEqualTo(new Intent.Trade(wording("process", "un"), wording("human", "meaningful")));
        assertThat(read("china if u dont push and just sign, we'll vote for MHC"))
                .isEqualTo(new Intent.Trade(wording("human", "meaningful"), new Intent.Final(Decision.SIGN)));
    }

    @Test
    void textSpeakAndChatSigns() {
        assertThat(read("wat does china think abt the hegemony line, would u vote 4 it"))
                .isEqualTo(new Intent.Position(List.of("hegemony")));
        assertThat(read("where r u at on drones n the nukes paragraph"))
                .isEqualTo(new Intent.Position(List.of("weapons", "escalation")));
        assertThat(read("we'll sign if u vote 4 the bridge"))
                .isEqualTo(new Intent.Trade(new Intent.Final(Decision.SIGN), wording("process", "bridge")));
        assertThat(read("ur vote for the bridge = our vote for the treaty call"))
                .isEqualTo(new Intent.Trade(wording("instrument", "negotiate"), wording("process", "bridge")));
        assertThat(read("were prepared too sign if u back the treety call"))
                .isEqualTo(new Intent.Trade(new Intent.Final(Decision.SIGN), wording("instrument", "negotiate")));
        assertThat(read("\uD83D\uDC4E")).isInstanceOf(Intent.Refuse.class);
        assertThat(read("u happy w the text or nah")).isInstanceOf(Intent.PositionText.class);
    }

    @Test
    void takingAClauseOutOfTheTextIsItsSilentWording() {
        assertThat(read("we'll back legal reviews if you vote for dropping escalation from the text entirely"))
                .isEqualTo(new Intent.Trade(wording("law", "legal-reviews"), wording("escalation", "silent")));
        assertThat(
                        read(
                                "We could live with reliability only if China votes to keep autonomous weapons out of the text."))
                .isEqualTo(new Intent.Trade(wording("lifecycle", "minimal"), wording("weapons", "silent")));
        // a wording kept out is dropped, not supported
        assertThat(read("we'll sign if you keep the treaty call out of the text"))
                .isEqualTo(new Intent.Trade(
                        new Intent.Final(Decision.SIGN), new Intent.Wording("instrument", "negotiate", true)));
    }

    @Test
    void supportOnAClauseLeavesItsWordingOpen() {
        assertThat(read("Our support on legal reviews is yours in exchange for your support on the hegemony clause."))
                .isEqualTo(new Intent.Trade(wording("law", "legal-reviews"), wording("hegemony", null)));
        assertThat(read("China, if you back legal reviews we back the hegemony line."))
                .isEqualTo(new Intent.Trade(wording("hegemony", "oppose"), wording("law", "legal-reviews")));
    }

    @Test
    void whatOthersSaidOrPlanIsNotTheBotsView() {
        for (String text : List.of(
                "hey did germany say anything to u about the commission?",
                "Is the UK planning to push, do you know?",
                "If France backed the ban, would the US follow?",
                "Brazil asked us to trade our vote on the hegemony clause for their support on drones. Would you do it?")) {
            assertThat(read(text)).as(text).isInstanceOf(Intent.Unknown.class);
        }
    }

    @Test
    void aPriceAskedInOtherWords() {
        for (String text : List.of(
                "Under what conditions would Beijing put its name to this?",
                "What must the declaration contain for China to support it?",
                "Could you share which outcomes China must secure in order to sign?",
                "What outcome would China consider a success here?",
                "whats the one thing china cant go home without")) {
            assertThat(read(text)).as(text).isInstanceOf(Intent.Wants.class);
        }
    }

    /** Amendments of a match: A45 (the UN route) and A46 (meaningful human control) open, A3 adopted. */
    private static final List<PlayerView.AmendmentView> TABLED = List.of(
            new PlayerView.AmendmentView("A3", "germany", "human", "chain", "", 1, List.of(), Map.of(), "adopted"),
            new PlayerView.AmendmentView("A45", "germany", "process", "un", "", 2, List.of(), Map.of(), "open"),
            new PlayerView.AmendmentView("A46", "france", "human", "meaningful", "", 2, List.of(), Map.of(), "open"));

    private static Utterance during(String text) {
        return HAGUE.read(text, "china", TABLED);
    }

    @Test
    void anOpenAmendmentNamedByItsIdReadsAsItsWording() {
        for (String[] pair : List.of(
                new String[] {"will you support A45?", "will you support the UN route?"},
                new String[] {"how will you vote on amendment 45?", "how will you vote on the UN route?"},
                new String[] {"what do you think of amendment #45", "what do you think of the UN route"},
                new String[] {"please vote yes on a45", "please vote yes on the UN route"},
                new String[] {
                    "I'll support A45 if you vote for amendment A46",
                    "I'll support the UN route if you vote for meaningful human control"
                },
                new String[] {"we back A45 if you drop A46", "we back the UN route if you drop meaningful human control"
                })) {
            assertThat(during(pair[0]).intent()).as(pair[0]).isEqualTo(read(pair[1]));
        }
        assertThat(during("I'll support A45 if you vote for amendment A46").intent())
                .isEqualTo(new Intent.Trade(wording("process", "un"), wording("human", "meaningful")));
        assertThat(during("what about a46 and A45?").amendments()).containsExactly("A46", "A45");
    }

    /**
     * The play-test's Seoul messages: one wording on both sides is a question about it, not a trade
     * (a hardliner answered "We make no deals"); "will we reach 13 states?" asks for a count.
     */
    @Test
    void aQuestionAboutOneWordingIsNoTradeAndReachingTheThresholdIsACount() {
        Recogniser seoul = Recogniser.of(ScenarioCatalog.load("seoul-2024"));
        Utterance propose = seoul.read(
                "If I propose Consider whether new law is needed on the legally binding instrument, would you vote"
                        + " for it?",
                "india");
        assertThat(propose.intent()).isNotInstanceOf(Intent.Trade.class);
        Utterance reach = seoul.read(
                "If Kenya pushes with you and Sierra Leone, will we reach 13 states for binding law?", "austria");
        assertThat(reach.ask()).isEqualTo(Utterance.Ask.HOW_MANY);
        assertThat(reach.decision()).isEqualTo(org.summitsim.core.scenario.Decision.PUSH_BINDING);
        for (String count : List.of(
                "will we reach 13?",
                "are there enough states to start negotiations?",
                "And do you think the treaty push will succeed?",
                "will the coalition fail?")) {
            assertThat(seoul.read(count, "austria").ask()).as(count).isEqualTo(Utterance.Ask.HOW_MANY);
        }
        for (String not : List.of(
                "is the text good enough for you?", "will you reach out to China?", "will the summit succeed?")) {
            assertThat(seoul.read(not, "austria").ask()).as(not).isNotEqualTo(Utterance.Ask.HOW_MANY);
        }
        // The same promise on both sides of a decision stays a trade: "we push if you push".
        assertThat(seoul.read("we push if you push", "austria").intent()).isInstanceOf(Intent.Trade.class);
    }

    @Test
    void anAmendmentThatIsNotOpenIsSaidToBeSo() {
        assertThat(during("please vote yes on A3").intent()).isEqualTo(new Intent.NotOpen("A3"));
        assertThat(during("will you back amendment 3?").intent()).isEqualTo(new Intent.NotOpen("A3"));
        assertThat(during("will you vote for A99?").intent()).isEqualTo(new Intent.NotOpen("A99"));
        assertThat(during("will you vote for A3?").amendments()).isEmpty();
        // An open one named beside it is what the message asks about: a play-test's "I proposed A10. It
        // builds on your A5. Please vote for it!" was answered "A5 is no longer open".
        Utterance both = during("I proposed A45. It builds on your A3. Please vote for it!");
        assertThat(both.intent()).isNotInstanceOf(Intent.NotOpen.class);
        assertThat(both.amendments()).containsExactly("A45");
    }

    @Test
    void withoutAMatchOrWithoutAnIdNothingChanges() {
        // no match known (the corpora): an id is a plain word, as before
        assertThat(read("We already voted for A2, fyi.")).isInstanceOf(Intent.Unknown.class);
        // "#1" alone is no amendment, even when A1 is one
        List<PlayerView.AmendmentView> one = List.of(
                new PlayerView.AmendmentView("A1", "germany", "process", "un", "", 1, List.of(), Map.of(), "adopted"));
        assertThat(HAGUE.read("our #1 priority is meaningful human control, where do you stand?", "china", one)
                        .intent())
                .isEqualTo(new Intent.Position(List.of("human")));
    }

    @Test
    void aWhyOrHowManyQuestionIsMarkedSoItIsNotAnsweredYesOrNo() {
        Utterance why = HAGUE.read("why would you not sign", "united-states");
        assertThat(why.intent()).isEqualTo(new Intent.AskPledge(Decision.SIGN)); // the intent as before
        assertThat(why.ask()).isEqualTo(Utterance.Ask.WHY);
        assertThat(HAGUE.read("ok, but why won't you push?", "brazil").ask()).isEqualTo(Utterance.Ask.WHY);
        assertThat(HAGUE.read("why not, deal", "brazil").ask()).isEqualTo(Utterance.Ask.OTHER); // a yes
        assertThat(HAGUE.read("will you sign?", "brazil").ask()).isEqualTo(Utterance.Ask.OTHER);
        Utterance count = HAGUE.read("how many states will push with you?", "brazil");
        assertThat(count.ask()).isEqualTo(Utterance.Ask.HOW_MANY);
        assertThat(count.decision()).isEqualTo(Decision.PUSH_BINDING);
    }

    @Test
    void theWordingsAMessageNamesAreKeptWhateverItsIntent() {
        Utterance u = HAGUE.read("lets get the Global Commission back into the text in round 3!", "germany");
        assertThat(u.intent()).isEqualTo(new Intent.Unknown());
        assertThat(u.wordings()).containsExactly(new Intent.Wording("process", "commission", false));
    }
}
