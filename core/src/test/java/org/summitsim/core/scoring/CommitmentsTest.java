package org.summitsim.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.decides;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.MatchDriver.reads;
import static org.summitsim.core.MatchDriver.votes;
import static org.summitsim.core.scenario.Decision.ABSTAIN;
import static org.summitsim.core.scenario.Decision.SIGN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.CommitmentCheck;
import org.summitsim.core.rules.CommitmentCheck.Status;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Promise;

/** Whether pledges and deals were kept, checked when the match ends. */
class CommitmentsTest {

    private static CommitmentCheck only(Outcome o, String seat) {
        List<CommitmentCheck> mine =
                o.commitments().stream().filter(c -> c.seat().equals(seat)).toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    @Test
    void aPledgeIsKeptWhenItsConditionHoldsAndTheSeatDecidesAsPromised() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").pledge(SIGN, reads("law", "applies")));

        Outcome o = d.decideAll("north", SIGN).finish().outcome();

        assertThat(only(o, "north"))
                .isEqualTo(
                        new CommitmentCheck("P1", "pledge", "north", Status.KEPT, "promised to sign, decided to sign"));
        assertThat(o.scores().get("north").breakdown()).containsEntry("trust", 0.0);
    }

    @Test
    void aPledgeIsBrokenWhenItsConditionHoldsAndTheSeatDecidesOtherwise() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").pledge(SIGN, reads("law", "applies", "silent")));

        Outcome o = d.decideAll("north", ABSTAIN).finish().outcome();

        assertThat(only(o, "north").status()).isEqualTo(Status.BROKEN);
        assertThat(only(o, "north").reason()).isEqualTo("promised to sign, decided to abstain");
        assertThat(o.scores().get("north").breakdown()).containsEntry("trust", -5.0);
    }

    @Test
    void aSeatThatNeverDecidedIsSaidToHaveGotTheDefaultNotToHaveChosenIt() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").pledge(SIGN, reads("law", "applies", "silent")));

        Outcome o = d.finish().outcome(); // nobody decides: each seat gets the default

        assertThat(only(o, "north").status()).isEqualTo(Status.BROKEN);
        assertThat(only(o, "north").reason()).isEqualTo("promised to sign, did not decide (so abstain by default)");
    }

    @Test
    void aPledgeIsVoidWhenItsConditionFailsAndCostsNoTrust() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").pledge(SIGN, reads("law", "silent")));

        Outcome o = d.decideAll("north", ABSTAIN).finish().outcome();

        assertThat(only(o, "north").status()).isEqualTo(Status.VOID);
        assertThat(o.scores().get("north").breakdown()).containsEntry("trust", 0.0);
    }

    @Test
    void anUndecidedSeatIsJudgedByItsDefaultDecision() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("west").pledge(ABSTAIN));

        Outcome o = d.finish().outcome();

        assertThat(only(o, "west").status()).isEqualTo(Status.KEPT);
    }

    @Test
    void bothSidesOfAnAcceptedDealAreChecked() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("south").propose("control", "meaningful"));
        ok(d.seat("south").offer("west", decides(SIGN), votes("A1", Ballot.SUPPORT)));
        ok(d.seat("west").accept("D1"));
        ok(d.seat("west").support("A1"));

        Outcome o = d.decideAll("south", ABSTAIN, "west", ABSTAIN).finish().outcome();

        assertThat(only(o, "south"))
                .isEqualTo(
                        new CommitmentCheck("D1", "deal", "south", Status.BROKEN, "did not keep its side of the deal"));
        assertThat(only(o, "west"))
                .isEqualTo(new CommitmentCheck("D1", "deal", "west", Status.KEPT, "kept its side of the deal"));
        // The outcome is public; a deal's terms are not.
        assertThat(o.commitments())
                .filteredOn(c -> c.kind().equals("deal"))
                .allSatisfy(c -> assertThat(c.reason()).doesNotContain("A1", "PUSH", "SIGN", "support on"));
        assertThat(o.scores().get("south").breakdown()).containsEntry("trust", -5.0);
        assertThat(o.scores().get("west").breakdown()).containsEntry("trust", 0.0);
    }

    @Test
    void aPromisedVoteNotCastCountsAsAnAbstention() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("south").propose("control", "meaningful"));
        ok(d.seat("south").offer("east", decides(SIGN), votes("A1", Ballot.OPPOSE)));
        ok(d.seat("east").accept("D1"));

        Outcome o = d.finish().outcome();

        assertThat(only(o, "east").status()).isEqualTo(Status.BROKEN);
        assertThat(only(o, "east").reason()).isEqualTo("did not keep its side of the deal");
    }

    @Test
    void sponsoringAnAmendmentKeepsAPromiseToSupportIt() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("south").propose("control", "meaningful"));
        ok(d.seat("south").offer("north", votes("A1", Ballot.SUPPORT), decides(SIGN)));
        ok(d.seat("north").accept("D1"));

        Outcome o = d.decideAll("north", SIGN).finish().outcome();

        assertThat(o.commitments()).extracting(CommitmentCheck::status).containsExactly(Status.KEPT, Status.KEPT);
    }

    @Test
    void aVotePromiseIsVoidWhenTheAmendmentIsWithdrawn() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("south").propose("control", "meaningful"));
        ok(d.seat("north").offer("south", votes("A1", Ballot.OPPOSE), decides(SIGN)));
        ok(d.seat("south").accept("D1"));
        ok(d.seat("south").withdraw("A1"));

        Outcome o = d.finish().outcome();

        assertThat(only(o, "north").status()).isEqualTo(Status.VOID);
        assertThat(only(o, "north").reason()).isEqualTo("its side of the deal never came due");
    }

    @Test
    void aSupportPromiseIsKeptWhenTheSeatSupportedEveryAmendmentToThatWording() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("north").offer("west", decides(SIGN), new Promise.Support("forum", "un")));
        ok(d.seat("west").accept("D1"));
        ok(d.seat("south").propose("forum", "un"));
        ok(d.seat("west").support("A1"));
        ok(d.seat("east").oppose("A1"));
        ok(d.seat("north").oppose("A1"));
        d.toRound(2);
        ok(d.seat("west").propose("forum", "un"));

        Outcome o = d.decideAll("north", SIGN).finish().outcome();

        assertThat(only(o, "west"))
                .isEqualTo(new CommitmentCheck("D1", "deal", "west", Status.KEPT, "kept its side of the deal"));
    }

    @Test
    void aSupportPromiseIsBrokenByNotSupportingAnAmendmentToThatWording() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("north").offer("west", decides(SIGN), new Promise.Support("forum", "un")));
        ok(d.seat("west").accept("D1"));
        ok(d.seat("south").propose("forum", "un"));

        Outcome o = d.finish().outcome();

        assertThat(only(o, "west").status()).isEqualTo(Status.BROKEN);
        assertThat(only(o, "west").reason()).isEqualTo("did not keep its side of the deal");
    }

    @Test
    void aSupportPromiseIsVoidWhenTheWordingIsNeverPutToAVote() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("north").offer("west", decides(SIGN), new Promise.Support("forum", "un")));
        ok(d.seat("west").accept("D1"));
        ok(d.seat("south").propose("forum", "un"));
        ok(d.seat("south").withdraw("A1"));

        Outcome o = d.finish().outcome();

        assertThat(only(o, "west").status()).isEqualTo(Status.VOID);
    }

    @Test
    void aSupportPromiseDoesNotReachBackToVotesCastBeforeTheDeal() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("south").propose("forum", "un"));
        ok(d.seat("west").oppose("A1"));
        ok(d.facilitator().callVote("A1"));
        d.toRound(2);
        ok(d.seat("north").offer("west", decides(SIGN), new Promise.Support("forum", "un")));
        ok(d.seat("west").accept("D1"));

        Outcome o = d.finish().outcome();

        assertThat(only(o, "west").status()).isEqualTo(Status.VOID);
    }

    @Test
    void aSupportPromiseDoesNotReachAVoteAlreadyCastOnAnOpenAmendment() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("south").propose("forum", "un"));
        ok(d.seat("west").oppose("A1"));
        ok(d.seat("north").offer("west", decides(SIGN), new Promise.Support("forum", "un")));
        ok(d.seat("west").accept("D1"));
        ok(d.facilitator().callVote("A1"));

        Outcome o = d.finish().outcome();

        assertThat(only(o, "west").status()).isEqualTo(Status.VOID);
    }

    @Test
    void aSupportPromiseStillCoversAnOpenAmendmentTheSeatHadNotVotedOn() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("south").propose("forum", "un"));
        ok(d.seat("north").offer("west", decides(SIGN), new Promise.Support("forum", "un")));
        ok(d.seat("west").accept("D1"));
        ok(d.seat("west").oppose("A1"));
        ok(d.facilitator().callVote("A1"));

        Outcome o = d.finish().outcome();

        assertThat(only(o, "west").status()).isEqualTo(Status.BROKEN);
    }

    @Test
    void aSupportPromiseIsBrokenByVotingToReplaceTheWordingWhileItStands() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("north").offer("west", decides(SIGN), new Promise.Support("forum", "un")));
        ok(d.seat("west").accept("D1"));
        ok(d.seat("south").propose("forum", "un"));
        ok(d.seat("west").support("A1"));
        ok(d.seat("north").support("A1"));
        ok(d.facilitator().callVote("A1"));
        assertThat(d.state().text()).containsEntry("forum", "un");
        d.toRound(2);
        ok(d.seat("east").propose("forum", "summit"));
        ok(d.seat("west").support("A2"));

        Outcome o = d.finish().outcome();

        assertThat(only(o, "west").status()).isEqualTo(Status.BROKEN);
    }

    @Test
    void aSupportPromiseForTheStandingWordingIsKeptByOpposingItsReplacement() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("north").offer("west", decides(SIGN), new Promise.Support("forum", "summit")));
        ok(d.seat("west").accept("D1"));
        ok(d.seat("east").propose("forum", "un"));
        ok(d.seat("west").oppose("A1"));
        ok(d.facilitator().callVote("A1"));

        Outcome o = d.decideAll("north", SIGN).finish().outcome();

        assertThat(only(o, "west").status()).isEqualTo(Status.KEPT);
    }

    @Test
    void aSupportPromiseNoLongerHoldsBackOnceOthersHaveReplacedTheWording() {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("north").offer("west", decides(SIGN), new Promise.Support("forum", "summit")));
        ok(d.seat("west").accept("D1"));
        ok(d.seat("east").propose("forum", "un"));
        ok(d.seat("west").oppose("A1"));
        ok(d.seat("south").support("A1"));
        ok(d.facilitator().callVote("A1"));
        assertThat(d.state().text()).containsEntry("forum", "un");
        d.toRound(2);
        ok(d.seat("south").propose("forum", "treaty"));
        ok(d.seat("west").support("A2"));

        Outcome o = d.decideAll("north", SIGN).finish().outcome();

        assertThat(only(o, "west").status()).isEqualTo(Status.KEPT);
    }

    @Test
    void offeredAndDeclinedDealsBindNobody() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").offer("east", decides(SIGN), decides(SIGN)));
        ok(d.seat("north").offer("west", decides(SIGN), decides(SIGN)));
        ok(d.seat("west").decline("D2"));

        Outcome o = d.finish().outcome();

        assertThat(o.commitments()).isEmpty();
    }

    @Test
    void trustShareIsKeptOverKeptAndBrokenIgnoringVoid() {
        List<CommitmentCheck> checks = List.of(
                new CommitmentCheck("P1", "pledge", "north", Status.KEPT, ""),
                new CommitmentCheck("P2", "pledge", "north", Status.BROKEN, ""),
                new CommitmentCheck("P3", "pledge", "north", Status.KEPT, ""),
                new CommitmentCheck("P4", "pledge", "north", Status.VOID, ""),
                new CommitmentCheck("P5", "pledge", "south", Status.BROKEN, ""));

        assertThat(Commitments.trustShare(checks, "north")).isEqualTo(2.0 / 3);
        assertThat(Commitments.trustShare(checks, "south")).isEqualTo(0.0);
        assertThat(Commitments.trustShare(checks, "east")).isEqualTo(1.0);
    }
}
