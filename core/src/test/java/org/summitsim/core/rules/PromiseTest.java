package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.scenario.Decision;

/** Which votes break which promise: the one rule behind the results and the console's warning. */
class PromiseTest {

    private static final Promise VOTE_FOR_A3 = new Promise.Vote("A3", Ballot.SUPPORT);
    private static final Promise SUPPORT_MEANINGFUL = new Promise.Support("human", "meaningful");

    @Test
    void aPromisedVoteIsBrokenOnlyByAnotherBallotOnThatAmendment() {
        assertThat(VOTE_FOR_A3.brokenBy("A3", "human", "meaningful", "oversight", Ballot.SUPPORT))
                .isFalse();
        assertThat(VOTE_FOR_A3.brokenBy("A3", "human", "meaningful", "oversight", Ballot.OPPOSE))
                .isTrue();
        assertThat(VOTE_FOR_A3.brokenBy("A3", "human", "meaningful", "oversight", Ballot.ABSTAIN))
                .isTrue();
        assertThat(VOTE_FOR_A3.brokenBy("A4", "human", "meaningful", "oversight", Ballot.OPPOSE))
                .isFalse();
    }

    @Test
    void aPromisedWordingMustBeVotedForWhereverItIsProposed() {
        assertThat(SUPPORT_MEANINGFUL.brokenBy("A7", "human", "meaningful", "oversight", Ballot.SUPPORT))
                .isFalse();
        assertThat(SUPPORT_MEANINGFUL.brokenBy("A7", "human", "meaningful", "oversight", Ballot.ABSTAIN))
                .isTrue();
        assertThat(SUPPORT_MEANINGFUL.brokenBy("A7", "human", "meaningful", "oversight", null))
                .isTrue();
    }

    @Test
    void aPromisedWordingThatStandsMustNotBeVotedOut() {
        assertThat(SUPPORT_MEANINGFUL.brokenBy("A8", "human", "oversight", "meaningful", Ballot.SUPPORT))
                .isTrue();
        assertThat(SUPPORT_MEANINGFUL.brokenBy("A8", "human", "oversight", "meaningful", Ballot.OPPOSE))
                .isFalse();
        // while another wording stands, voting for a third one breaks nothing
        assertThat(SUPPORT_MEANINGFUL.brokenBy("A8", "human", "oversight", "weak", Ballot.SUPPORT))
                .isFalse();
        // other clauses are not covered
        assertThat(SUPPORT_MEANINGFUL.brokenBy("A9", "law", "meaningful", "x", Ballot.OPPOSE))
                .isFalse();
    }

    @Test
    void aPromiseToDecideIsBrokenByNoVote() {
        Promise sign = new Promise.Decide(Decision.SIGN, List.of());
        assertThat(sign.brokenBy("A3", "human", "meaningful", "oversight", Ballot.OPPOSE))
                .isFalse();
    }
}
