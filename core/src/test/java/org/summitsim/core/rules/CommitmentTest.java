package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.decides;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.MatchDriver.reads;
import static org.summitsim.core.MatchDriver.votes;
import static org.summitsim.core.scenario.Decision.ABSTAIN;
import static org.summitsim.core.scenario.Decision.PUSH_BINDING;
import static org.summitsim.core.scenario.Decision.SIGN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.match.Match;
import org.summitsim.core.view.LegalAction;
import org.summitsim.core.view.Viewer;

/** Making pledges and deals. Whether they were kept is checked in scoring.CommitmentsTest. */
class CommitmentTest {

    private static List<Event> seenBy(MatchDriver d, Viewer viewer) {
        return d.match().eventsFor(viewer, 0).stream()
                .map(Match.Sequenced::event)
                .toList();
    }

    // ---- pledges -------------------------------------------------------------------------------

    @Test
    void aPledgeIsPublic() {
        MatchDriver d = MatchDriver.open().toOpening();

        List<Event> events = ok(d.seat("north").pledge(SIGN, reads("law", "applies")));

        Event pledge = new Event.PledgeMade("P1", "north", SIGN, List.of(reads("law", "applies")), "we pledge");
        assertThat(events).containsExactly(pledge);
        assertThat(seenBy(d, Viewer.SPECTATOR)).contains(pledge);
        assertThat(d.seat("west").view().pledges())
                .singleElement()
                .satisfies(p -> assertThat(p.seat()).isEqualTo("north"));
    }

    @Test
    void aPledgeWithoutConditionsIsUnconditional() {
        MatchDriver d = MatchDriver.open().toOpening();

        ok(d.seat("west").pledge(ABSTAIN));

        assertThat(d.state().pledges())
                .singleElement()
                .satisfies(p -> assertThat(p.conditions()).isEmpty());
    }

    @Test
    void pledgesWaitForTheOpening() {
        MatchDriver d = MatchDriver.open().toBriefing();

        d.refuses(
                "wrong_phase",
                "floor opens with the opening statements",
                () -> d.seat("north").pledge(SIGN));
    }

    @Test
    void pledgesAreStillPossibleDuringTheFinalDecisions() {
        MatchDriver d = MatchDriver.open().toFinal();

        ok(d.seat("north").pledge(SIGN));
    }

    @Test
    void aPledgeMustSayWhatItPromises() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "invalid",
                "A pledge needs its decision (\"decision\": SIGN, ABSTAIN or PUSH_BINDING).",
                () -> d.seat("north").pledge(null));
    }

    @Test
    void aPledgeThatRepeatsTheSeatsLatestPledgeIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").pledge(SIGN));

        d.refuses(
                "no_change",
                "Your latest pledge, P1, already promises exactly this; the same pledge made twice would count"
                        + " twice at the end. Pledge something else, or say it on the floor.",
                () -> d.seat("north").pledge(SIGN));
        // Its words are not what it promises: new words alone make no new pledge.
        d.refuses(
                "no_change",
                "P1",
                () -> d.seat("north").submit(new Command.MakePledge(SIGN, List.of(), "We really will sign.")));
    }

    @Test
    void aRepeatedPledgeIsTheSamePromiseWhateverTheOrderOfItsConditions() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").pledge(SIGN, reads("control", "meaningful", "appropriate"), reads("forum", "un")));

        d.refuses(
                "no_change",
                "P1",
                () -> d.seat("north")
                        .pledge(SIGN, reads("forum", "un"), reads("control", "appropriate", "meaningful")));
        ok(d.seat("north").pledge(SIGN, reads("forum", "un")));
    }

    /** The latest pledge that holds is what others expect: going back to an earlier one changes that. */
    @Test
    void aSeatMayGoBackToAnEarlierPledgeAndOthersMayPledgeTheSame() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").pledge(SIGN));
        ok(d.seat("north").pledge(ABSTAIN));

        ok(d.seat("north").pledge(SIGN));
        ok(d.seat("east").pledge(SIGN));
        ok(d.seat("south").submit(new Command.MakePledge(PUSH_BINDING, List.of(), "", false)));
        ok(d.seat("south").submit(new Command.MakePledge(PUSH_BINDING, List.of(), "", true)));
    }

    @Test
    void aPledgeConditionMustNameARealClauseAndOption() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "unknown_clause",
                "Clauses: law, control, forum",
                () -> d.seat("north").pledge(SIGN, reads("sky", "blue")));
        d.refuses(
                "unknown_option",
                "Options: applies, silent",
                () -> d.seat("north").pledge(SIGN, reads("law", "maybe")));
        d.refuses(
                "unknown_option",
                "A condition on clause law needs its \"options\": the wordings it may read (one or more of"
                        + " applies, silent).",
                () -> d.seat("north").pledge(SIGN, reads("law")));
        d.refuses(
                "unknown_clause",
                "A condition needs its \"clause\". Clauses: law, control, forum.",
                () -> d.seat("north").pledge(SIGN, reads(null, "applies")));
    }

    @Test
    void anOversizedPledgeNoteIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "text_too_long",
                "Shorten it",
                () -> d.seat("north").submit(new Command.MakePledge(SIGN, List.of(), "p".repeat(2001))));
    }

    // ---- deals ---------------------------------------------------------------------------------

    @Test
    void aDealOfferReachesOnlyItsTwoParties() {
        MatchDriver d = MatchDriver.open().toOpening();

        List<Event> events = ok(d.seat("north").offer("east", decides(SIGN), decides(SIGN)));

        Event offer = new Event.DealOffered("D1", "north", "east", decides(SIGN), decides(SIGN), "a deal");
        assertThat(events).containsExactly(offer);
        assertThat(seenBy(d, Viewer.seat("east"))).contains(offer);
        assertThat(seenBy(d, Viewer.seat("south"))).doesNotContain(offer);
        assertThat(seenBy(d, Viewer.SPECTATOR)).doesNotContain(offer);
        assertThat(d.seat("south").view().deals()).isEmpty();
        assertThat(d.seat("east").view().deals())
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo("offered"));
    }

    @Test
    void acceptingADealRecordsItForBothParties() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").offer("east", decides(SIGN), decides(SIGN)));

        List<Event> events = ok(d.seat("east").accept("D1"));

        assertThat(events).containsExactly(new Event.DealAccepted("D1", "north", "east"));
        assertThat(d.state().deal("D1").orElseThrow().status()).isEqualTo(Deal.Status.ACCEPTED);
        assertThat(seenBy(d, Viewer.seat("north"))).contains(events.get(0));
        assertThat(seenBy(d, Viewer.seat("west"))).doesNotContain(events.get(0));
    }

    @Test
    void decliningADealClosesIt() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").offer("east", decides(SIGN), decides(SIGN)));

        assertThat(ok(d.seat("east").decline("D1"))).containsExactly(new Event.DealDeclined("D1", "north", "east"));

        assertThat(d.state().deal("D1").orElseThrow().status()).isEqualTo(Deal.Status.DECLINED);
        d.refuses(
                "deal_closed", "offer a new deal instead", () -> d.seat("east").accept("D1"));
    }

    @Test
    void anOfferOfAVoteLapsesWhenTheVoteIsOverAndCannotBeAccepted() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("south").propose("control", "meaningful"));
        // Unanswered while the vote on A1 was open: a vote for A1 against a vote for A2.
        ok(d.seat("north").offer("east", votes("A2", Ballot.SUPPORT), votes("A1", Ballot.SUPPORT)));
        ok(d.seat("north").offer("west", decides(SIGN), decides(SIGN)));

        ok(d.facilitator().callVote("A1"));

        assertThat(d.state().deal("D1").orElseThrow().status()).isEqualTo(Deal.Status.LAPSED);
        assertThat(d.state().deal("D2").orElseThrow().status())
                .as("a deal about no vote stays open")
                .isEqualTo(Deal.Status.OFFERED);
        assertThat(d.seat("east").view().deals())
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo("lapsed"));
        assertThat(d.seat("east").view().legalActions())
                .noneMatch(a -> a.command().equals("accept") || a.command().equals("decline"));
        d.refuses(
                "deal_closed",
                "has lapsed: the vote it promised is over",
                () -> d.seat("east").accept("D1"));
        ok(d.seat("west").accept("D2"));
        // Replayed, the log gives the same lapse: it follows from the events alone.
        assertThat(org.summitsim.core.match.Match.replay(d.state().scenario(), d.log())
                        .state()
                        .deal("D1")
                        .orElseThrow()
                        .status())
                .isEqualTo(Deal.Status.LAPSED);
    }

    @Test
    void offersOfSupportLapseWhenTheRoundsEndAndNoneCanBeMadeAfter() {
        MatchDriver d = MatchDriver.open().toRound(1);
        Promise.Support un = new Promise.Support("forum", "un");
        // Support for a sign: unanswered when the rounds end, it could only bind east to sign for nothing.
        ok(d.seat("north").offer("east", un, decides(SIGN)));
        ok(d.seat("north").offer("west", decides(SIGN), decides(SIGN)));

        d.toFinal();

        assertThat(d.state().deal("D1").orElseThrow().status()).isEqualTo(Deal.Status.LAPSED);
        assertThat(d.state().deal("D2").orElseThrow().status())
                .as("a deal about decisions is still for the final phase")
                .isEqualTo(Deal.Status.OFFERED);
        d.refuses(
                "deal_closed",
                "has lapsed: the rounds are over, so the support it promised could never come due",
                () -> d.seat("east").accept("D1"));
        d.refuses("wrong_phase", "could never come due", () -> d.seat("north").offer("south", un, decides(SIGN)));
        d.refuses("wrong_phase", "could never come due", () -> d.seat("north").offer("south", decides(SIGN), un));
        ok(d.seat("west").accept("D2"));
        assertThat(Match.replay(d.state().scenario(), d.log())
                        .state()
                        .deal("D1")
                        .orElseThrow()
                        .status())
                .isEqualTo(Deal.Status.LAPSED);
    }

    @Test
    void aDealIsAnsweredOnlyOnce() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").offer("east", decides(SIGN), decides(SIGN)));
        ok(d.seat("east").accept("D1"));

        d.refuses("deal_closed", "was already accepted", () -> d.seat("east").decline("D1"));
    }

    @Test
    void onlyTheAddresseeAnswersADeal() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").offer("east", decides(SIGN), decides(SIGN)));

        d.refuses(
                "not_addressee",
                "Deal D1 is your own offer to Eastmark; only Eastmark can accept or decline it.",
                () -> d.seat("north").accept("D1"));
    }

    @Test
    void aVoteCastTheOtherWayCannotBePromised() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("east").abstain("A1"));
        String before = d.snapshot();

        d.refuses(
                "already_voted",
                "That promise could only be broken: Eastmark already abstained on amendment A1, and votes do"
                        + " not change. Promise something else, such as support for its wording (\u201cUnited"
                        + " Nations\u201d on \u201cForum\u201d): a promise of support counts at every vote after"
                        + " the deal.",
                () -> d.seat("north").offer("east", decides(SIGN), votes("A1", Ballot.SUPPORT)));
        d.refuses(
                "already_voted",
                "Northland already voted for amendment A1", // a proposer's stance is its support
                () -> d.seat("north").offer("south", votes("A1", Ballot.OPPOSE), decides(SIGN)));
        assertThat(d.snapshot()).isEqualTo(before);

        ok(d.seat("north").offer("east", decides(SIGN), votes("A1", Ballot.ABSTAIN))); // kept at once
        ok(d.seat("north").offer("south", decides(SIGN), votes("A1", Ballot.SUPPORT))); // still to vote
    }

    /**
     * A vote cast between the offer and its acceptance, by either side, can leave a promise that
     * could only be broken: the acceptance is refused then, and the deal stays offered.
     */
    @Test
    void aDealWhosePromisedVoteWasCastOtherwiseSinceTheOfferCannotBeAccepted() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("west").offer("east", decides(SIGN), votes("A1", Ballot.SUPPORT)));
        assertThat(d.seat("east").view().legalActions()).contains(new LegalAction("accept", Map.of("deal", "D1")));
        ok(d.seat("east").abstain("A1"));
        // No longer listed as a legal action once the promised vote went otherwise; declining still is.
        assertThat(d.seat("east").view().legalActions())
                .doesNotContain(new LegalAction("accept", Map.of("deal", "D1")))
                .contains(new LegalAction("decline", Map.of("deal", "D1")));
        ok(d.seat("east").offer("west", votes("A1", Ballot.ABSTAIN), votes("A1", Ballot.SUPPORT)));
        ok(d.seat("west").oppose("A1"));
        String before = d.snapshot();

        d.refuses(
                "already_voted",
                "Deal D1 can no longer be kept: Eastmark already abstained on amendment A1, and votes do not change."
                        + " Decline it, or offer a new deal.",
                () -> d.seat("east").accept("D1"));
        d.refuses(
                "already_voted",
                "Deal D2 can no longer be kept: Westria already voted against amendment A1",
                () -> d.seat("west").accept("D2"));
        assertThat(d.snapshot()).isEqualTo(before);
        ok(d.seat("east").decline("D1"));
    }

    @Test
    void anOutsiderCannotTellAnotherPairsDealFromNoDeal() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").offer("east", decides(SIGN), decides(SIGN)));

        Rejection existing = d.refuses(
                "unknown_deal",
                "You have no deal \"D1\".",
                () -> d.seat("south").accept("D1"));
        Rejection missing = d.refuses(
                "unknown_deal",
                "You have no deal \"D2\".",
                () -> d.seat("south").accept("D2"));

        assertThat(existing.message().replace("D1", "D2")).isEqualTo(missing.message());
    }

    @Test
    void aDealWithYourselfIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "self_target",
                "offer it to another delegation",
                () -> d.seat("north").offer("north", decides(SIGN), decides(SIGN)));
    }

    @Test
    void aDealWithAnUnknownDelegationIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "unknown_delegation",
                "Delegations:",
                () -> d.seat("north").offer("atlantis", decides(SIGN), decides(SIGN)));
    }

    /**
     * Each side of a deal is a different delegation's promise, so asking for what you give trades
     * something: "we push if you push", "our vote for A1 if you vote for it too".
     */
    @Test
    void aDealMayAskTheOtherSideForWhatItGives() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("west").propose("forum", "un"));

        ok(d.seat("north").offer("east", decides(PUSH_BINDING), decides(PUSH_BINDING)));
        ok(d.seat("north").offer("south", votes("A1", Ballot.SUPPORT), votes("A1", Ballot.SUPPORT)));
    }

    @Test
    void aDealNeedsBothSides() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "invalid",
                "The deal has no \"want\": say what you ask in return, a promise of kind vote, support or decide.",
                () -> d.seat("north").offer("east", decides(SIGN), null));
        d.refuses(
                "invalid",
                "The deal has no \"give\": say what you promise in return, a promise of kind vote, support or"
                        + " decide.",
                () -> d.seat("north").offer("east", null, decides(SIGN)));
        d.refuses(
                "invalid",
                "A deal needs \"give\" (what you promise) and \"want\" (what you ask in return), each a promise"
                        + " of kind vote, support or decide.",
                () -> d.seat("north").offer("east", null, null));
        d.refuses(
                "invalid",
                "A decision promise needs its decision (\"decision\": SIGN, ABSTAIN or PUSH_BINDING).",
                () -> d.seat("north").offer("east", decides(null), decides(SIGN)));
    }

    @Test
    void aVotePromiseNeedsAnOpenAmendment() {
        MatchDriver d = MatchDriver.open().toRound(1);

        d.refuses(
                "unknown_amendment",
                "needs an open amendment",
                () -> d.seat("north").offer("east", votes("A1", Ballot.SUPPORT), decides(SIGN)));
        d.refuses(
                "unknown_amendment",
                "A vote promise needs its \"amendment\": the id of an open amendment, such as A1.",
                () -> d.seat("north").offer("east", votes(null, Ballot.SUPPORT), decides(SIGN)));
        ok(d.seat("north").propose("forum", "un"));
        d.refuses(
                "invalid",
                "A vote promise needs its ballot (\"ballot\": SUPPORT, OPPOSE or ABSTAIN).",
                () -> d.seat("north").offer("east", decides(SIGN), votes("A1", null)));

        ok(d.seat("north").offer("east", decides(SIGN), votes("A1", Ballot.SUPPORT)));
    }

    @Test
    void aSupportPromiseMustNameARealClauseAndOption() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "unknown_clause",
                "Clauses: law, control, forum",
                () -> d.seat("north").offer("east", decides(SIGN), new Promise.Support("sky", "blue")));
        d.refuses(
                "unknown_option",
                "Options: summit, un, treaty",
                () -> d.seat("north").offer("east", decides(SIGN), new Promise.Support("forum", "moon")));
        d.refuses(
                "unknown_option",
                "A support promise needs its \"option\": the one wording of clause forum you will support (one of"
                        + " summit, un, treaty).",
                () -> d.seat("north").offer("east", decides(SIGN), new Promise.Support("forum", null)));
        d.refuses(
                "unknown_clause",
                "A support promise needs its \"clause\". Clauses: law, control, forum.",
                () -> d.seat("north").offer("east", decides(SIGN), new Promise.Support(null, "un")));

        ok(d.seat("north").offer("east", decides(SIGN), new Promise.Support("forum", "un")));
    }

    @Test
    void aDecisionPromiseConditionMustNameARealOption() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "unknown_option",
                "Options: appropriate, meaningful, none",
                () -> d.seat("north").offer("east", decides(SIGN, reads("control", "total")), decides(PUSH_BINDING)));
    }

    @Test
    void anOversizedDealNoteIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "text_too_long",
                "Shorten it",
                () -> d.seat("north")
                        .submit(new Command.OfferDeal("east", decides(SIGN), decides(SIGN), "d".repeat(2001))));
    }

    @Test
    void dealsWaitForTheOpening() {
        MatchDriver d = MatchDriver.open().toBriefing();

        d.refuses(
                "wrong_phase",
                "make pledges or deals",
                () -> d.seat("north").offer("east", decides(SIGN), decides(SIGN)));
    }
}
