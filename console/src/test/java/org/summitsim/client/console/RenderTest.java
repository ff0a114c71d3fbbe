package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.client.console.render.AmendmentsPage;
import org.summitsim.client.console.render.BriefPage;
import org.summitsim.client.console.render.CommitmentsPage;
import org.summitsim.client.console.render.DelegationsPage;
import org.summitsim.client.console.render.EventText;
import org.summitsim.client.console.render.Names;
import org.summitsim.client.console.render.ScorePage;
import org.summitsim.client.console.render.Style;
import org.summitsim.client.console.render.TextPage;
import org.summitsim.client.console.render.Wrap;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.client.console.state.Transcript;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.PlayerView;

class RenderTest {

    private final Sample sample = new Sample();
    private final Style plain = Style.plain();

    @Test
    void textMarksWhatChangedSinceTheLastLook() {
        PlayerView v = sample.view();
        String first = TextPage.render(v, null, plain);
        assertThat(first)
                .contains(
                        "Human responsibility and control",
                        "*oversight (+5)",
                        "un (-6, red line)",
                        "open amendment A1: → bridge (\u201cCommission and summit, feeding into the UN\u201d) by Germany")
                .doesNotContain("CHANGED");
        String later =
                TextPage.render(v, Map.of("human", "chain", "process", "commission", "instrument", "silent"), plain);
        assertThat(later).contains("CHANGED since you last looked (was: chain)");
    }

    @Test
    void scoreShowsEveryDecisionWithItsBreakdown() {
        String page = ScorePage.render(sample.view(), plain);
        assertThat(page)
                .contains(
                        "If you sign:",
                        "If you abstain:",
                        "If you push for binding law:",
                        "text +",
                        "What the parts mean:",
                        "  text: how much the delegation likes the final wording of each clause",
                        " by what the undecided do",
                        "Undecided: ",
                        "No pledge of theirs holds on the text as it stands",
                        "Binding law needs 8 states pushing for it. Pledged to push now: ",
                        "Out of 100: 50 is a typical result for your delegation");
    }

    /** The play-test: on the draft every choice read "0 out of 100", which looked broken. */
    /**
     * Seoul, China: the push as pledged names who is pledged and what each brings, and signing as a
     * hedge is said beside it (a play-test's China read "13 states" from two pledges and learnt of
     * the hedge only from the results).
     */
    @Test
    void scoreNamesThePledgedPushersAndSaysSigningIsAHedge() {
        var seoul = org.summitsim.core.scenario.ScenarioReader.shipped("seoul-2024");
        var match = org.summitsim.core.match.Match.open(seoul, 1, org.summitsim.core.rules.Settings.of(seoul));
        for (int i = 0; i < 3; i++) {
            match.submit(new org.summitsim.core.rules.Move(
                    org.summitsim.core.rules.Actor.FACILITATOR,
                    match.state().stage(),
                    i == 0
                            ? new org.summitsim.core.rules.Command.Start()
                            : new org.summitsim.core.rules.Command.Advance()));
        }
        for (String seat : java.util.List.of("austria", "sierra-leone")) {
            assertThat(match.submit(new org.summitsim.core.rules.Move(
                                    org.summitsim.core.rules.Actor.seat(seat),
                                    match.state().stage(),
                                    new org.summitsim.core.rules.Command.MakePledge(
                                            org.summitsim.core.scenario.Decision.PUSH_BINDING,
                                            java.util.List.of(),
                                            null,
                                            true)))
                            .accepted())
                    .isTrue();
        }
        PlayerView china = match.view(org.summitsim.core.view.Viewer.seat("china"));

        String page = ScorePage.render(china, null, 0, true, plain).replaceAll("\\s+", " ");
        assertThat(page)
                .contains("Pledged to push now: 13 states (Austria and the 11 states outside this room that push with"
                        + " it or follow it; Sierra Leone): enough, if they all keep their word.")
                .contains(
                        "Signing is also a hedge: if enough states push for binding law, the treaty track costs you -1"
                                + " if you signed, -2 if you did not.");
        assertThat(ScorePage.render(china, null, 0, false, plain)).doesNotContain("hedge");
    }

    @Test
    void scoreSaysWhyEveryChoiceIsLowWhenItIs() {
        Sample germany = new Sample();
        PlayerView v = germany.match.view(org.summitsim.core.view.Viewer.seat("germany"));
        boolean allLow = v.projection().values().stream().allMatch(sc -> Math.round(sc.percent()) < 10);
        assertThat(allLow)
                .as("Germany on the draft, as the student page test finds it")
                .isTrue();
        assertThat(ScorePage.render(v, plain))
                .contains("As the text stands now, every choice gives one of the lowest results Germany gets");
        assertThat(ScorePage.render(sample.view(), plain)).doesNotContain("every choice gives one of the lowest");

        // In the final phase the text is final: no "if it stayed", and no call to change it. (The
        // draft stays: Germany's amendment is voted down first.)
        for (String seat : java.util.List.of("china", "united-states", "costa-rica")) {
            germany.seat(seat, new Command.CastVote("A1", org.summitsim.core.rules.Ballot.OPPOSE));
        }
        while (germany.match.state().stage().phase() != org.summitsim.core.rules.Phase.FINAL) {
            germany.chair(new Command.Advance());
        }
        PlayerView last = germany.match.view(org.summitsim.core.view.Viewer.seat("germany"));
        assertThat(ScorePage.render(last, plain))
                .startsWith("Your projected score for each decision, on the final text")
                .contains("The final text leaves every choice among the lowest results Germany gets.")
                .doesNotContain("changing the text", "if the text stayed");
    }

    @Test
    void scoreSaysWhichDecisionWouldBreakThePlayersPledge() {
        sample.seat(Sample.ME, new Command.MakePledge(Decision.SIGN, java.util.List.of(), "We sign.", null));
        String page = ScorePage.render(sample.view(), plain);
        String warning = "This breaks your pledge to sign: a broken promise costs trust points at the end"
                + " (the trust part above counts it).";
        double trust = sample.scenario
                .delegation(Sample.ME)
                .orElseThrow()
                .preferences()
                .trust();
        // The figure counts the loss it warns of: the whole trust weight, the pledge being the only promise.
        assertThat(page.split("If you "))
                .filteredOn(part -> part.contains(warning))
                .hasSize(2)
                .allMatch(part -> part.contains(String.format(java.util.Locale.ROOT, "trust %.1f", -trust)));
        assertThat(page.split("If you "))
                .filteredOn(part -> part.startsWith("sign:"))
                .singleElement()
                .asString()
                .doesNotContain(warning);
        assertThat(ScorePage.render(new Sample().view(), plain)).doesNotContain("This breaks");
    }

    @Test
    void scoreSaysWhichDecisionWouldBreakThePlayersSideOfADeal() {
        Sample deal = new Sample();
        deal.seat(
                "germany",
                new Command.OfferDeal(
                        Sample.ME,
                        new org.summitsim.core.rules.Promise.Support("process", "bridge"),
                        new org.summitsim.core.rules.Promise.Decide(Decision.SIGN, java.util.List.of()),
                        "Sign with us."));
        deal.seat(Sample.ME, new Command.AcceptDeal("D2"));
        String page = ScorePage.render(deal.view(), plain);
        assertThat(page).contains("This breaks your side of deal D2 with Germany (to sign)");
        assertThat(page.split("If you "))
                .filteredOn(part -> part.startsWith("sign:"))
                .singleElement()
                .asString()
                .doesNotContain("This breaks");
    }

    @Test
    void aConditionThatAllowsEveryWordingButOneNamesTheOneItRulesOut() {
        EventText text = new EventText(new Names(sample.view()), Sample.ME, plain);
        var allButChain =
                new org.summitsim.core.scenario.TextCondition("human", java.util.List.of("oversight", "meaningful"));
        var onlyMeaningful = new org.summitsim.core.scenario.TextCondition("human", java.util.List.of("meaningful"));
        assertThat(text.line(new Event.PledgeMade(
                        "P1", "germany", Decision.SIGN, java.util.List.of(allButChain), null, null)))
                .isEqualTo("Germany pledged to sign if “Human responsibility and control” does not read"
                        + " \u201cResponsible chain of command\u201d.");
        assertThat(text.line(new Event.PledgeMade(
                        "P2", "germany", Decision.SIGN, java.util.List.of(onlyMeaningful), null, null)))
                .isEqualTo("Germany pledged to sign if “Human responsibility and control” reads"
                        + " \u201cMeaningful human control\u201d.");
    }

    @Test
    void theBriefExplainsAThresholdLargerThanTheTable() {
        String brief = BriefPage.render(sample.view(), 74, 8, false, plain);
        assertThat(brief)
                .contains("Binding law: a treaty track starts if at least 8 states push for it, counting the 74 states"
                        + " outside this room (some follow a delegation here when it pushes).")
                .contains("Undecided delegations abstain by default.");
        assertThat(BriefPage.render(sample.view(), plain)).doesNotContain("outside this room");
    }

    /** Every number that scores a seat is in its brief: binding law, a failed push, partners, signing costs. */
    @Test
    void theBriefGivesEveryNumberOfTheSeat() {
        String brief = BriefPage.render(sample.view(), 74, 8, false, plain);

        assertThat(brief.replaceAll("\\s+", " "))
                .contains("Binding law, if enough states push: +2 if you pushed, +1 if you did not. A push that falls"
                        + " short costs you -8.")
                .contains("Partners you want to decide alongside: Germany, United States (up to +3 the more of them"
                        + " decide as you do)")
                .contains("The UN route only [un] RED LINE (signing a text with it costs you 8 points)");
        var against = new org.summitsim.core.scenario.Preferences(
                null, null, null, null, null, null, -12, null, null, null, null, null);
        assertThat(BriefPage.bindingLaw(against, 0, false))
                .isEqualTo("Binding law, if enough states push: -12 for you, whatever you decide.");
        assertThat(BriefPage.bindingLaw(against, 0, true))
                .isEqualTo("Binding law, if enough states push: -12 for you, -6 if you signed the declaration (you"
                        + " backed the voluntary route).");
    }

    @Test
    void anOfferOnTheSameTermsAsAnEarlierOneIsShownAsARepeat() {
        Sample again = new Sample();
        again.seat(Sample.ME, new Command.DeclineDeal("D1"));
        var vote = new org.summitsim.core.rules.Promise.Vote("A1", org.summitsim.core.rules.Ballot.SUPPORT);
        again.seat("germany", new Command.OfferDeal(Sample.ME, vote, vote, "Join us."));
        EventText text = new EventText(new Names(again.view()), Sample.ME, plain);
        assertThat(text.line(new Event.DealOffered("D2", "germany", Sample.ME, vote, vote, "Join us.")))
                .startsWith("Germany offers you deal D2: the same terms as D1, which you declined.")
                .contains("(accept D2 / decline D2");
        assertThat(text.line(new Event.DealOffered("D1", "germany", Sample.ME, vote, vote, "Join us.")))
                .as("the first offer shows its terms")
                .contains("they promise to");
    }

    @Test
    void amendmentsAndDealsSayWhatToDoNext() {
        PlayerView v = sample.view();
        assertThat(AmendmentsPage.render(v, plain))
                .contains("A1 OPEN", "you have not voted: `vote A1")
                .doesNotContain("last vote");
        assertThat(CommitmentsPage.deals(v, plain)).contains("D1 OFFERED", "(accept D1 / decline D1)");
        for (String seat : java.util.List.of("united-states", "china", "costa-rica", "austria")) {
            sample.seat(
                    seat, new org.summitsim.core.rules.Command.CastVote("A1", org.summitsim.core.rules.Ballot.ABSTAIN));
        }
        assertThat(AmendmentsPage.render(sample.view(), plain))
                .contains(
                        "(yours is the last vote: once you cast it, the vote can close at any moment, so lobby first)");
    }

    @Test
    void eventsReadAsSentencesAboutYou() {
        EventText text = new EventText(new Names(sample.view()), Sample.ME, plain);
        assertThat(text.line(new Event.FloorStatement("germany", "Hello."))).isEqualTo("[floor] Germany: Hello.");
        assertThat(text.line(new Event.DirectMessage("germany", Sample.ME, "Psst.")))
                .isEqualTo("[dm] Germany → you: Psst.");
        assertThat(text.line(new Event.DirectMessage(Sample.ME, "germany", "Hi.")))
                .isEqualTo("[dm] You → Germany: Hi.");
        assertThat(text.line(new Event.VoteCast("A1", Sample.ME, org.summitsim.core.rules.Ballot.OPPOSE)))
                .isEqualTo("You voted against A1.");
        assertThat(text.minor(new Event.VoteCast("A1", "germany", org.summitsim.core.rules.Ballot.OPPOSE)))
                .isTrue();
        // A vote on one's own amendment is news: whom to lobby while its vote is open.
        EventText proposer = new EventText(new Names(sample.view()), "germany", plain);
        Event.VoteCast onGermanys = new Event.VoteCast("A1", Sample.ME, org.summitsim.core.rules.Ballot.OPPOSE);
        assertThat(proposer.minor(onGermanys)).isFalse();
        assertThat(proposer.line(onGermanys)).isEqualTo("The Netherlands voted against your amendment A1.");
        assertThat(text.line(new Event.StatementHidden(12, Sample.ME, true)))
                .isEqualTo("The facilitator took the statement with your decision off the screens: your decision"
                        + " stands and will be revealed without it.");
        assertThat(new EventText(new Names(sample.view()), null, plain)
                        .line(new Event.StatementHidden(12, "germany", true)))
                .as("the chair")
                .isEqualTo("The facilitator took a statement by Germany off the screens.");
    }

    @Test
    void newsNamesItsSourceOnceOnly() {
        EventText text = new EventText(new Names(sample.view()), Sample.ME, plain);
        assertThat(text.line(new Event.NewsReleased(
                        "hrw",
                        "Human Rights Watch: define 'appropriate'",
                        "Human Rights Watch challenges the United States.",
                        "Human Rights Watch")))
                .isEqualTo(
                        "NEWS: Human Rights Watch: define 'appropriate': Human Rights Watch challenges the United States.");
        assertThat(text.line(new Event.NewsReleased(
                        "hrw", "HRW: define 'appropriate'", "Human Rights Watch challenges it.", "Human Rights Watch")))
                .doesNotContain("— Human Rights Watch");
        assertThat(text.line(
                        new Event.NewsReleased("us", "A declaration", "The US launches it.", "US State Department")))
                .isEqualTo("NEWS: A declaration — US State Department: The US launches it.");
    }

    @Test
    void theChairIsToldThatADelegationDecidedNeverWhat() {
        EventText chair = new EventText(new Names(sample.view()), null, plain);
        Event sealed = new Event.DecisionSealed(
                "germany", org.summitsim.core.scenario.Decision.PUSH_BINDING, "We want binding law.");
        assertThat(chair.noise(sealed))
                .as("another seat's sealed decision stays off the screen")
                .isTrue();
        assertThat(chair.line(sealed)).isEqualTo("Germany has decided.");
        Event decided = new Event.DelegationDecided("germany");
        assertThat(chair.minor(decided))
                .as("the chair sees who decided as it happens")
                .isFalse();
        assertThat(chair.line(decided)).isEqualTo("Germany has decided.");

        EventText player = new EventText(new Names(sample.view()), Sample.ME, plain);
        Event mine = new Event.DecisionSealed(Sample.ME, org.summitsim.core.scenario.Decision.SIGN, "");
        assertThat(player.noise(mine)).isFalse();
        assertThat(player.line(mine)).startsWith("Your decision is sealed: sign.");
        assertThat(player.minor(decided)).isTrue();
        Event between = new Event.DealOffered(
                "D9",
                "germany",
                "china",
                new org.summitsim.core.rules.Promise.Support("human", "meaningful"),
                new org.summitsim.core.rules.Promise.Support("process", "un"),
                null);
        assertThat(chair.minor(between))
                .as("a deal between bots, one a second in a full room: `deals` lists them")
                .isTrue();
        Event toMe = new Event.DealOffered(
                "D9",
                "germany",
                Sample.ME,
                new org.summitsim.core.rules.Promise.Support("human", "meaningful"),
                new org.summitsim.core.rules.Promise.Support("process", "un"),
                null);
        assertThat(player.minor(toMe))
                .as("a deal offered to the player is news to them")
                .isFalse();
    }

    @Test
    void theResultsNameTheClausesInOrderAndWhichOfYourDealsWasKeptOrBroken() {
        sample.seat(Sample.ME, new org.summitsim.core.rules.Command.AcceptDeal("D1"));
        sample.seat(
                Sample.ME,
                new org.summitsim.core.rules.Command.MakePledge(
                        org.summitsim.core.scenario.Decision.SIGN,
                        java.util.List.of(
                                new org.summitsim.core.scenario.TextCondition("human", java.util.List.of("chain"))),
                        null));
        while (sample.match.state().stage().phase() != org.summitsim.core.rules.Phase.RESULTS) {
            sample.chair(new org.summitsim.core.rules.Command.Advance());
        }
        String page = org.summitsim.client.console.render.ResultsPage.render(sample.view(), plain);
        assertThat(page)
                .contains(
                        "  Human responsibility and control: ",
                        "The Netherlands' side of deal D1 with Germany (to vote for amendment A1): BROKEN\n",
                        "  Promised to you: Germany's side of deal D1 (to vote for amendment A1): kept\n",
                        "The Netherlands' pledge to sign (on conditions): ",
                        "states pushed, 8 needed")
                .doesNotContain("  human ", "PUSH_BINDING", "SIGN,");
        assertThat(page.indexOf("Human responsibility and control:"))
                .as("the declaration's order, not the alphabet's")
                .isLessThan(page.indexOf("Where the work continues:"));
    }

    /** A play-test's `deals` ran to dozens of lines, mostly offers declined long ago: those are counted, not listed. */
    @Test
    void dealsListWhatIsStillToAnswerAndWhatBindsAndCountTheRest() {
        sample.seat(Sample.ME, new org.summitsim.core.rules.Command.DeclineDeal("D1"));
        sample.seat(
                "china",
                new org.summitsim.core.rules.Command.OfferDeal(
                        Sample.ME,
                        new org.summitsim.core.rules.Promise.Decide(org.summitsim.core.scenario.Decision.SIGN, null),
                        new org.summitsim.core.rules.Promise.Decide(org.summitsim.core.scenario.Decision.SIGN, null),
                        null));
        String open = CommitmentsPage.deals(sample.view(), plain, false);
        assertThat(open)
                .contains("D2 OFFERED", "1 deal declined or lapsed is not shown: `deals all` lists them.")
                .doesNotContain("D1 ");
        assertThat(CommitmentsPage.deals(sample.view(), plain, true))
                .contains("D1 DECLINED", "D2 OFFERED")
                .doesNotContain("not shown");
    }

    /** A play-test read "unchanged from the chair's draft" of a clause amended twice: it changed, then came back. */
    @Test
    void aClauseAmendedAndBroughtBackIsNotCalledUnchanged() {
        sample.chair(new org.summitsim.core.rules.Command.CallVote("A1")); // process → bridge, adopted
        sample.seat("austria", new org.summitsim.core.rules.Command.Propose("process", "commission", "Back."));
        sample.chair(new org.summitsim.core.rules.Command.CallVote("A2"));
        while (sample.match.state().stage().phase() != org.summitsim.core.rules.Phase.RESULTS) {
            sample.chair(new org.summitsim.core.rules.Command.Advance());
        }
        assertThat(org.summitsim.client.console.render.ResultsPage.render(sample.view(), plain))
                .contains("  Where the work continues: Multi-stakeholder process, Global Commission, next summit in"
                        + " Korea (changed, then back to the chair's draft)\n")
                .contains("  Human responsibility and control: Appropriate human oversight (unchanged from the"
                        + " chair's draft)\n");
    }

    @Test
    void resultsNameWhoseCommitmentsAreCountedAndSayWhatOutOf100Means() {
        sample.seat(Sample.ME, new org.summitsim.core.rules.Command.AcceptDeal("D1"));
        while (sample.match.state().stage().phase() != org.summitsim.core.rules.Phase.RESULTS) {
            sample.chair(new org.summitsim.core.rules.Command.Advance());
        }
        String seat = org.summitsim.client.console.render.ResultsPage.render(sample.view(), plain);
        assertThat(seat)
                .contains("  Other delegations: ", "50 is a typical result for that role")
                .contains(
                        "  Human responsibility and control: Appropriate human oversight (unchanged from the chair's draft)")
                .doesNotContain("Everyone else", "(draft)");
        String chair = org.summitsim.client.console.render.ResultsPage.render(
                sample.match.view(org.summitsim.core.view.Viewer.FACILITATOR), plain);
        assertThat(chair).contains("  All delegations: ").doesNotContain("Everyone else", "Other delegations");
    }

    @Test
    void resultsSayWhatEachDecisionWouldHaveScoredThePlayer() {
        while (sample.match.state().stage().phase() != org.summitsim.core.rules.Phase.RESULTS) {
            sample.chair(new org.summitsim.core.rules.Command.Advance());
        }
        org.summitsim.core.view.PlayerView v = sample.view();
        String page = org.summitsim.client.console.render.ResultsPage.render(v, plain);
        org.summitsim.core.scenario.Decision taken =
                v.outcome().decisions().get(Sample.ME).decision();
        assertThat(page).contains("Your decision, in hindsight", "Your choice was ");
        for (org.summitsim.core.scenario.Decision d : org.summitsim.core.scenario.Decision.values()) {
            org.summitsim.core.rules.Score sc = v.hindsight().get(d);
            String row = String.format(
                    java.util.Locale.ROOT, "  %-22s %10.0f  %7.1f", EventText.decision(d), sc.percent(), sc.total());
            assertThat(page).contains(d == taken ? row + "  ← yours" : row + "\n");
        }
        // Nobody decided in this sample: the default decision, and the page says so.
        assertThat(page).contains("You did not decide in time, so the default counted: ");
        assertThat(org.summitsim.client.console.render.ResultsPage.render(
                        sample.match.view(org.summitsim.core.view.Viewer.FACILITATOR), plain))
                .doesNotContain("in hindsight");
    }

    @Test
    void theScoreSaysWhat50OutOf100IsInPointsForThisRole() {
        double[] scale = sample.scenario.par().scale(Sample.ME);
        String page = ScorePage.render(sample.view(), scale, plain);
        assertThat(page)
                .contains(String.format(
                        java.util.Locale.ROOT, "For the Netherlands, 50 out of 100 is %.1f points", scale[1]))
                .contains(String.format(
                        java.util.Locale.ROOT, "0 is %.1f or less, 100 is %.1f or more.", scale[0], scale[2]));
        assertThat(ScorePage.render(sample.view(), null, plain)).doesNotContain("50 out of 100 is");
    }

    @Test
    void aSupportDealFromABotReadsAsASentence() {
        EventText text = new EventText(new Names(sample.view()), Sample.ME, plain);
        String line = text.line(new Event.DealOffered(
                "D9",
                "germany",
                Sample.ME,
                new org.summitsim.core.rules.Promise.Support("process", "un"),
                new org.summitsim.core.rules.Promise.Support("human", "meaningful"),
                "Shall we agree?"));
        assertThat(line)
                .isEqualTo("Germany offers you deal D9: they promise to support “Where the work continues” reading"
                        + " \u201cThe UN route only\u201d (\u22126 to you, \u221214 against the text now, your red line); in return, you promise to"
                        + " support “Human responsibility and control” reading"
                        + " \u201cMeaningful human control\u201d (+4 to you, \u22121 against the text now). “Shall we agree?”  (accept D9 / decline"
                        + " D9)");
    }

    @Test
    void namesThatTakeTheReadAsInASentence() {
        // The play-test: "United States offers you deal ...", "declined by United States".
        EventText text = new EventText(new Names(sample.view()), "germany", plain);
        String offer = text.line(new Event.DealOffered(
                "D9",
                "united-states",
                "germany",
                new org.summitsim.core.rules.Promise.Support("process", "un"),
                new org.summitsim.core.rules.Promise.Support("human", "meaningful"),
                null));
        assertThat(offer).startsWith("The United States offers you deal D9:");
        assertThat(text.line(new Event.DealDeclined("D9", "united-states", "netherlands")))
                .isEqualTo("Deal D9 declined by the Netherlands.");
        assertThat(text.line(new Event.VoteCast("A1", "netherlands", org.summitsim.core.rules.Ballot.SUPPORT)))
                .startsWith("The Netherlands voted for your amendment A1"); // Germany's own
    }

    @Test
    void supportForTheWordingTheClauseReadsNowSaysItIsAlreadyInTheText() {
        // The play-test: bots offered support for a wording adopted a moment before, worth little.
        EventText text = new EventText(new Names(sample.view()), Sample.ME, plain);
        String current = sample.view().text().stream()
                .filter(c -> c.id().equals("process"))
                .findFirst()
                .orElseThrow()
                .current();
        String line = text.line(new Event.DealOffered(
                "D9",
                "germany",
                Sample.ME,
                new org.summitsim.core.rules.Promise.Support("process", current),
                new org.summitsim.core.rules.Promise.Support("human", "meaningful"),
                null));
        assertThat(line).contains("(already in the text: a promise to keep it there); in return");
    }

    @Test
    void theOfferersConfirmationSaysWhatTheyGiveAndWhatTheyWant() {
        EventText text = new EventText(new Names(sample.view()), Sample.ME, plain);
        String line = text.line(new Event.DealOffered(
                "D9",
                Sample.ME,
                "germany",
                new org.summitsim.core.rules.Promise.Support("process", "un"),
                new org.summitsim.core.rules.Promise.Support("human", "meaningful"),
                null));
        assertThat(line)
                .isEqualTo("You offered Germany deal D9: you promise to support “Where the work continues” reading"
                        + " \u201cThe UN route only\u201d; in return, they promise to support “Human responsibility and"
                        + " control” reading"
                        + " \u201cMeaningful human control\u201d.");
        assertThat(text.line(new Event.DealAccepted("D9", Sample.ME, "germany")))
                .isEqualTo("Deal D9 accepted by Germany.");
    }

    @Test
    void pledgesAndCaucusesNameWordingsAndDelegationsNotIds() {
        EventText text = new EventText(new Names(sample.view()), Sample.ME, plain);
        String pledge = text.line(new Event.PledgeMade(
                "P9",
                "germany",
                org.summitsim.core.scenario.Decision.SIGN,
                java.util.List.of(
                        new org.summitsim.core.scenario.TextCondition("instrument", java.util.List.of("negotiate"))),
                null));
        assertThat(pledge)
                .isEqualTo("Germany pledged to sign if “A legally binding instrument” reads"
                        + " \u201cCall for treaty negotiations\u201d.");
        assertThat(text.line(new Event.CaucusCreated(
                        "C9", "Friends", "germany", java.util.List.of("germany", "costa-rica", Sample.ME))))
                .isEqualTo("[caucus Friends] Germany created it with Costa Rica and you.");
    }

    @Test
    void aPledgeWhoseWordsOnlyRepeatItsTermsReadsOnce() {
        EventText text = new EventText(new Names(sample.view()), Sample.ME, plain);
        var meaningful = java.util.List.of(
                new org.summitsim.core.scenario.TextCondition("human", java.util.List.of("meaningful")));
        String terms =
                "Germany pledged to sign if “Human responsibility and control” reads \u201cMeaningful human control\u201d";

        // As a bot writes it: the terms again, in other punctuation.
        assertThat(
                        text.line(
                                new Event.PledgeMade(
                                        "P1",
                                        "germany",
                                        Decision.SIGN,
                                        meaningful,
                                        "Germany will sign if \"Human responsibility and control\" reads: \"Meaningful human control\".")))
                .isEqualTo(terms + ".");
        // Words of its own are kept.
        assertThat(text.line(new Event.PledgeMade(
                        "P2", "germany", Decision.SIGN, meaningful, "People must stay in charge of force.")))
                .isEqualTo(terms + ": “People must stay in charge of force.”");
        assertThat(text.line(new Event.PledgeMade(
                        "P3",
                        "costa-rica",
                        Decision.PUSH_BINDING,
                        java.util.List.of(),
                        "Costa Rica will push for negotiations on binding law if enough states push with us.",
                        true)))
                .isEqualTo("Costa Rica pledged to push for binding law if enough states push to reach the threshold.");
    }

    @Test
    void aCoalitionPledgeSaysItHoldsOnlyIfEnoughStatesPush() {
        EventText text = new EventText(new Names(sample.view()), Sample.ME, plain);

        assertThat(text.line(new Event.PledgeMade(
                        "P9",
                        "germany",
                        org.summitsim.core.scenario.Decision.PUSH_BINDING,
                        java.util.List.of(),
                        null,
                        true)))
                .startsWith("Germany pledged to push")
                .endsWith(" if enough states push to reach the threshold.");
    }

    @Test
    void theAmendmentsPageCountsVotesAsTheResultLineDoes() {
        sample.seat("austria", new org.summitsim.core.rules.Command.Cosponsor("A1"));
        sample.seat(
                "china", new org.summitsim.core.rules.Command.CastVote("A1", org.summitsim.core.rules.Ballot.OPPOSE));
        sample.seat(
                "united-states",
                new org.summitsim.core.rules.Command.CastVote("A1", org.summitsim.core.rules.Ballot.SUPPORT));
        sample.chair(new org.summitsim.core.rules.Command.CallVote("A1"));
        Event resolved = sample.match.eventsFor(org.summitsim.core.view.Viewer.seat(Sample.ME), 0).stream()
                .map(org.summitsim.core.match.Match.Sequenced::event)
                .filter(e -> e instanceof Event.AmendmentResolved)
                .findFirst()
                .orElseThrow();
        String line = new EventText(new Names(sample.view()), Sample.ME, plain).line(resolved);
        assertThat(line).contains("(3 for, 1 against, 2 abstained)");
        assertThat(AmendmentsPage.render(sample.view(), plain))
                .contains("co-sponsored by Austria", "votes: 3 for, 1 against, 2 abstained");
    }

    @Test
    void theDelegationsStatusColumnSaysReadyAndDecidedApart() {
        sample.seat("germany", new org.summitsim.core.rules.Command.Ready());
        String page = DelegationsPage.render(sample.view(), null, plain);
        assertThat(page)
                .contains("STATUS", "\"ready\" means they are done with this phase")
                .doesNotContain("DECIDED");
        assertThat(page.lines().filter(l -> l.startsWith("germany")).findFirst().orElseThrow())
                .contains(" ready ");
    }

    @Test
    void theDelegationsTableFitsANarrowTerminal() {
        // The play-test: at 80 columns every row wrapped in the middle of the stance.
        org.summitsim.core.match.Match hague = org.summitsim.core.match.Match.open(
                org.summitsim.core.scenario.ScenarioReader.shipped("hague-2023"),
                1,
                org.summitsim.core.rules.Settings.of(org.summitsim.core.scenario.ScenarioReader.shipped("hague-2023")));
        PlayerView v = hague.view(org.summitsim.core.view.Viewer.seat("netherlands"));
        try {
            for (int columns : new int[] {80, 60}) {
                Wrap.width(columns);
                String page = DelegationsPage.render(v, null, plain);
                String table = page.substring(0, page.indexOf("STATUS: "));
                assertThat(table.lines())
                        .as("%d columns", columns)
                        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(columns));
                assertThat(table).contains("republic-of-korea", "Republic of Korea");
            }
            Wrap.width(80);
            assertThat(DelegationsPage.render(v, null, plain)).contains("PUBLIC STANCE");
        } finally {
            Wrap.reset();
        }
    }

    @Test
    void theSignatureTotalSaysHowManyCameFromBackgroundStates() {
        sample.chair(new org.summitsim.core.rules.Command.EndMatch());
        EventText text = new EventText(new Names(sample.view()), Sample.ME, plain);
        java.util.List<String> lines =
                sample.match.eventsFor(org.summitsim.core.view.Viewer.seat(Sample.ME), 0).stream()
                        .map(org.summitsim.core.match.Match.Sequenced::event)
                        .filter(e -> e instanceof Event.MatchEnded || e instanceof Event.DecisionsRevealed)
                        .map(text::line)
                        .toList();
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).startsWith("Decisions revealed at this table: 0 sign, 6 abstain"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .matches(
                                "== The summit is over\\. \\d+ states signed\\. \\(0 at this table and \\d+ states the scenario plays"
                                        + " in the background, which are not at the table\\.\\) Type `results`.*"));
    }

    @Test
    void colourIsOffWhenAskedPlain() {
        assertThat(new Style(true).bold("x")).contains("\u001b[");
        assertThat(plain.bold("x")).isEqualTo("x");
    }

    @Test
    void unreadCountsClearWhenTheChannelIsRead() {
        ClientState s = sample.state();
        s.event(100, 0, new Event.FloorStatement("germany", "One."), "floor", true);
        s.event(101, 0, new Event.FloorStatement(Sample.ME, "Mine."), "floor", true);
        s.event(102, 0, new Event.DirectMessage("china", Sample.ME, "Hi."), "dm", true);
        assertThat(s.transcript().unread(Transcript.FLOOR)).isEqualTo(1);
        assertThat(s.transcript().unreadUnder("dm:")).isEqualTo(1);
        s.transcript().markRead(Transcript.FLOOR);
        assertThat(s.transcript().unread(Transcript.FLOOR)).isZero();
        assertThat(s.takeEvent("dm")).isTrue();
        assertThat(s.takeEvent("dm")).isFalse();
    }
}
