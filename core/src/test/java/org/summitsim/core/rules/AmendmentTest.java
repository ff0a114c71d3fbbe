package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.ok;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.scenario.AdoptionRule;

/** test-4x3 adopts by consensus with at most one objection (and more supports than objections). */
class AmendmentTest {

    private static final Map<String, String> DRAFT =
            Map.of("law", "applies", "control", "appropriate", "forum", "summit");

    private static MatchDriver round1() {
        return MatchDriver.open().toRound(1);
    }

    private static MatchDriver supermajority(double fraction) {
        Settings s = Settings.of(TestScenarios.test4x3())
                .withAdoption(new AdoptionRule(AdoptionRule.SUPERMAJORITY, null, fraction));
        return MatchDriver.open(s).toRound(1);
    }

    private static Amendment a1(MatchDriver d) {
        return d.state().amendment("A1").orElseThrow();
    }

    // ---- proposing -----------------------------------------------------------------------------

    @Test
    void proposingOpensAnAmendmentThatItsProposerSupports() {
        MatchDriver d = round1();

        List<Event> events = ok(d.seat("north").propose("forum", "un", "The UN is the place."));

        assertThat(events)
                .containsExactly(new Event.AmendmentProposed("A1", "north", "forum", "un", "The UN is the place."));
        Amendment a = a1(d);
        assertThat(a.isOpen()).isTrue();
        assertThat(a.round()).isEqualTo(1);
        assertThat(a.stanceOf("north")).isEqualTo(Ballot.SUPPORT);
        assertThat(a.stanceOf("south")).isNull();
    }

    @Test
    void proposingDoesNotChangeTheText() {
        MatchDriver d = round1();

        ok(d.seat("north").propose("forum", "un"));

        assertThat(d.state().text()).isEqualTo(DRAFT);
    }

    @Test
    void amendmentsWaitForTheNegotiationRounds() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "wrong_phase",
                "amendments open in round 1",
                () -> d.seat("north").propose("forum", "un"));
    }

    @Test
    void amendmentsCloseWithTheLastRound() {
        MatchDriver d = MatchDriver.open().toFinal();

        d.refuses("wrong_phase", "Amendments are closed", () -> d.seat("north").propose("forum", "un"));
    }

    @Test
    void proposingForAnUnknownClauseListsTheClauses() {
        MatchDriver d = round1();

        d.refuses(
                "unknown_clause",
                "Clauses: law, control, forum",
                () -> d.seat("north").propose("weather", "sunny"));
    }

    @Test
    void proposingAnUnknownOptionListsTheOptions() {
        MatchDriver d = round1();

        d.refuses(
                "unknown_option",
                "Options: summit, un, treaty",
                () -> d.seat("north").propose("forum", "moon"));
    }

    @Test
    void proposingWhatTheClauseAlreadySaysIsRefused() {
        MatchDriver d = round1();

        d.refuses(
                "no_change",
                "The clause \u201cForum\u201d already reads \u201cSummit process\u201d; propose a different wording.",
                () -> d.seat("north").propose("forum", "summit"));
    }

    @Test
    void onlyOneAmendmentMayBeOpenOnAClause() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));

        d.refuses(
                "amendment_open_on_clause",
                "vote on A1 first (for, against or abstain). Once its vote has closed (when every delegation has"
                        + " voted, the chair calls it, or the round ends)",
                () -> d.seat("south").propose("forum", "treaty"));
        ok(d.seat("south").oppose("A1"));
        d.refuses(
                "amendment_open_on_clause",
                "is already open on \u201c",
                () -> d.seat("south").propose("forum", "treaty"));
        assertThat(d.seat("south").propose("forum", "treaty").rejection().message())
                .as("one who has voted is not told to vote")
                .endsWith("you can propose another wording once its vote has closed (when every delegation has voted,"
                        + " the chair calls it, or the round ends).")
                .doesNotContain("vote on A1 first");
    }

    @Test
    void differentClausesMayHaveOpenAmendmentsAtOnce() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));

        ok(d.seat("south").propose("control", "meaningful"));

        assertThat(d.state().amendments()).extracting(Amendment::id).containsExactly("A1", "A2");
    }

    @Test
    void anOversizedRationaleIsRefused() {
        MatchDriver d = round1();

        d.refuses("text_too_long", "Shorten it", () -> d.seat("north").propose("forum", "un", "r".repeat(2001)));
    }

    @Test
    void aMissingRationaleIsAllowed() {
        MatchDriver d = round1();

        ok(d.seat("north").propose("forum", "un", null));

        assertThat(a1(d).rationale()).isEmpty();
    }

    // ---- co-sponsoring and voting --------------------------------------------------------------

    @Test
    void aCosponsorCountsAsSupport() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));

        assertThat(ok(d.seat("west").cosponsor("A1"))).containsExactly(new Event.AmendmentCosponsored("A1", "west"));

        assertThat(a1(d).cosponsors()).containsExactly("west");
        assertThat(a1(d).stanceOf("west")).isEqualTo(Ballot.SUPPORT);
    }

    @Test
    void sponsorsCannotCosponsorOrVoteAgain() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("west").cosponsor("A1"));

        d.refuses("already_sponsor", "no vote is needed", () -> d.seat("north").cosponsor("A1"));
        d.refuses(
                "already_sponsor",
                "already count as supporting it",
                () -> d.seat("west").oppose("A1"));
    }

    @Test
    void aVoteIsRecorded() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));

        assertThat(ok(d.seat("east").oppose("A1"))).containsExactly(new Event.VoteCast("A1", "east", Ballot.OPPOSE));

        assertThat(a1(d).votes()).containsExactly(Map.entry("east", Ballot.OPPOSE));
    }

    @Test
    void eachDelegationVotesOnce() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("east").oppose("A1"));

        d.refuses("already_voted", "so your vote stands", () -> d.seat("east").support("A1"));
        d.refuses(
                "already_voted",
                "already voted against A1, and a delegation that has voted cannot co-sponsor too",
                () -> d.seat("east").cosponsor("A1"));
    }

    @Test
    void aVoteMustSayWhichWay() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));

        d.refuses(
                "invalid",
                "A vote needs its ballot (\"ballot\": SUPPORT, OPPOSE or ABSTAIN).",
                () -> d.seat("east").vote("A1", null));
        // The missing field is what to fix, whoever sends it and on whatever amendment.
        d.refuses("invalid", "\"ballot\"", () -> d.seat("north").vote("A1", null));
        d.refuses("invalid", "\"ballot\"", () -> d.seat("east").vote("A9", null));
    }

    @Test
    void votingOnAnUnknownAmendmentIsRefused() {
        MatchDriver d = round1();

        d.refuses(
                "unknown_amendment",
                "There is no amendment \"A7\"; none is open now.",
                () -> d.seat("east").support("A7"));
        ok(d.seat("north").propose("forum", "un"));
        d.refuses(
                "unknown_amendment",
                "There is no amendment \"A7\" (open now: A1).",
                () -> d.seat("east").support("A7"));
    }

    // ---- withdrawing ---------------------------------------------------------------------------

    @Test
    void theProposerCanWithdrawAndTheTextStays() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));

        assertThat(ok(d.seat("north").withdraw("A1"))).containsExactly(new Event.AmendmentWithdrawn("A1", "north"));

        assertThat(a1(d).status()).isEqualTo(Amendment.Status.WITHDRAWN);
        assertThat(d.state().text()).isEqualTo(DRAFT);
    }

    @Test
    void onlyTheProposerCanWithdraw() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("west").cosponsor("A1"));

        d.refuses(
                "not_proposer",
                "Only Northland, who proposed A1, can withdraw it; ask them to.",
                () -> d.seat("west").withdraw("A1"));
    }

    @Test
    void aClosedAmendmentCannotChange() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("north").withdraw("A1"));

        d.refuses(
                "amendment_closed",
                "Propose a new one instead",
                () -> d.seat("east").support("A1"));
        d.refuses("amendment_closed", "A1 is withdrawn", () -> d.seat("north").withdraw("A1"));
    }

    @Test
    void aWithdrawnAmendmentFreesItsClauseForANewProposal() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("north").withdraw("A1"));

        ok(d.seat("south").propose("forum", "treaty"));

        assertThat(d.state().openAmendmentOn("forum").orElseThrow().id()).isEqualTo("A2");
    }

    // ---- adoption ------------------------------------------------------------------------------

    @Test
    void theVoteClosesByItselfWhenEverySeatHasAStance() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("south").support("A1"));
        ok(d.seat("east").oppose("A1"));
        assertThat(a1(d).isOpen()).isTrue();

        List<Event> events = ok(d.seat("west").abstain("A1"));

        assertThat(events)
                .containsExactly(
                        new Event.VoteCast("A1", "west", Ballot.ABSTAIN),
                        new Event.AmendmentResolved("A1", "forum", "un", true, 2, 1, 1));
        assertThat(a1(d).status()).isEqualTo(Amendment.Status.ADOPTED);
    }

    @Test
    void anAdoptedAmendmentChangesItsClause() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("south").support("A1"));
        ok(d.seat("east").oppose("A1"));
        ok(d.seat("west").cosponsor("A1"));

        assertThat(d.state().text())
                .containsEntry("forum", "un")
                .containsEntry("law", "applies")
                .containsEntry("control", "appropriate");
    }

    @Test
    void consensusToleratesOneObjectionButNotTwo() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("west").support("A1"));
        ok(d.seat("south").oppose("A1"));

        List<Event> events = ok(d.seat("east").oppose("A1"));

        assertThat(events).contains(new Event.AmendmentResolved("A1", "forum", "un", false, 2, 2, 0));
        assertThat(a1(d).status()).isEqualTo(Amendment.Status.REJECTED);
        assertThat(d.state().text()).isEqualTo(DRAFT);
    }

    @Test
    void consensusAlsoNeedsMoreSupportsThanObjections() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("south").abstain("A1"));
        ok(d.seat("west").abstain("A1"));

        List<Event> events = ok(d.seat("east").oppose("A1"));

        assertThat(events).contains(new Event.AmendmentResolved("A1", "forum", "un", false, 1, 1, 2));
        assertThat(d.state().text()).containsEntry("forum", "summit");
    }

    @Test
    void aRejectedWordingWaitsForTheNextRoundButAnotherWordingOfTheClauseDoesNot() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("south").oppose("A1"));
        ok(d.seat("east").oppose("A1"));
        ok(d.seat("west").oppose("A1"));

        d.refuses(
                "wording_voted_this_round",
                "The wording \u201cUnited Nations\u201d for \u201cForum\u201d was already put to a vote this round (amendment A1)",
                () -> d.seat("south").propose("forum", "un"));
        ok(d.seat("south").propose("forum", "treaty"));
    }

    @Test
    void aDelegationHasOneAmendmentOfItsOwnOpenAtATime() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));

        d.refuses(
                "own_amendment_open",
                "one amendment on the floor at a time",
                () -> d.seat("north").propose("control", "meaningful"));
        ok(d.seat("south").propose("control", "meaningful"));
        ok(d.seat("north").withdraw("A1"));
        ok(d.seat("north").propose("law", "silent"));
    }

    @Test
    void aDelegationWithItsAmendmentOpenIsOfferedNoProposals() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));

        assertThat(d.seat("north").view().legalActions())
                .noneMatch(a -> a.command().equals("propose"));
        assertThat(d.seat("south").view().legalActions())
                .anyMatch(a -> a.command().equals("propose"));
    }

    @Test
    void inTheLastRoundTheRefusalPointsToNoRoundThatDoesNotExist() {
        MatchDriver d = round1();
        while (d.state().stage().round() < d.state().settings().rounds()) {
            ok(d.facilitator().advance());
        }
        ok(d.seat("north").propose("forum", "un"));
        d.refuses(
                "amendment_open_on_clause",
                "or the round ends), you can propose another wording",
                () -> d.seat("south").propose("forum", "treaty"));
        ok(d.seat("south").oppose("A1"));
        ok(d.seat("east").oppose("A1"));
        ok(d.seat("west").oppose("A1"));
        d.refuses(
                "wording_voted_this_round",
                "this is the last round, so propose another wording",
                () -> d.seat("south").propose("forum", "un"));
    }

    @Test
    void aWordingVotedOnThisRoundIsNotOfferedAgainUntilTheNext() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.facilitator().callVote("A1"));
        ok(d.seat("south").propose("forum", "treaty"));
        ok(d.facilitator().callVote("A2"));

        assertThat(d.seat("east").view().legalActions())
                .filteredOn(a ->
                        a.command().equals("propose") && a.args().get("clause").equals("forum"))
                .extracting(a -> a.args().get("option"))
                .containsExactly("summit");
    }

    @Test
    void aClauseVotedOnInOneRoundCanBeAmendedInTheNext() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.facilitator().callVote("A1"));

        d.toRound(2);

        ok(d.seat("south").propose("forum", "treaty"));
    }

    @Test
    void supermajorityCountsSupportsAmongVotesForOrAgainst() {
        MatchDriver d = supermajority(0.75);
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("south").support("A1"));
        ok(d.seat("east").support("A1"));

        List<Event> events = ok(d.seat("west").oppose("A1"));

        assertThat(events).contains(new Event.AmendmentResolved("A1", "forum", "un", true, 3, 1, 0));
        assertThat(d.state().text()).containsEntry("forum", "un");
    }

    @Test
    void supermajorityRejectsBelowItsFraction() {
        MatchDriver d = supermajority(0.75);
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("south").support("A1"));
        ok(d.seat("east").oppose("A1"));

        List<Event> events = ok(d.seat("west").abstain("A1"));

        assertThat(events).contains(new Event.AmendmentResolved("A1", "forum", "un", false, 2, 1, 1));
    }

    @Test
    void supermajorityIgnoresAbstentions() {
        MatchDriver d = supermajority(0.75);
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("south").abstain("A1"));
        ok(d.seat("east").abstain("A1"));

        List<Event> events = ok(d.seat("west").abstain("A1"));

        assertThat(events).contains(new Event.AmendmentResolved("A1", "forum", "un", true, 1, 0, 3));
    }

    @Test
    void openVotesCloseAtTheEndOfTheRoundAndSilenceCountsAsAbstaining() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("east").oppose("A1"));
        ok(d.seat("south").propose("control", "meaningful"));

        List<Event> events = ok(d.facilitator().advance());

        assertThat(events)
                .containsExactly(
                        new Event.AmendmentResolved("A1", "forum", "un", false, 1, 1, 2),
                        new Event.AmendmentResolved("A2", "control", "meaningful", true, 1, 0, 3),
                        new Event.PhaseStarted(Stage.round(2), 300));
        assertThat(d.state().text()).containsEntry("forum", "summit").containsEntry("control", "meaningful");
    }

    @Test
    void openVotesAlsoCloseWhenTheClockEndsTheRound() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));

        List<Event> events = ok(d.host().deadline());

        assertThat(events.get(0)).isEqualTo(new Event.AmendmentResolved("A1", "forum", "un", true, 1, 0, 3));
        assertThat(d.state().amendments()).noneMatch(Amendment::isOpen);
    }

    @Test
    void theFacilitatorCanCallAVoteEarly() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("south").oppose("A1"));
        ok(d.seat("east").oppose("A1"));

        List<Event> events = ok(d.facilitator().callVote("A1"));

        assertThat(events).containsExactly(new Event.AmendmentResolved("A1", "forum", "un", false, 1, 2, 1));
        assertThat(d.stage()).isEqualTo(Stage.round(1));
    }

    @Test
    void callingAVoteOnAClosedOrUnknownAmendmentIsRefused() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.facilitator().callVote("A1"));

        d.refuses(
                "unknown_amendment",
                "There is no open amendment \"A1\"",
                () -> d.facilitator().callVote("A1"));
        d.refuses(
                "unknown_amendment",
                "There is no open amendment \"A9\" to call a vote on.",
                () -> d.facilitator().callVote("A9"));
    }

    @Test
    void theTextChangesOnlyWhenAnAmendmentIsAdopted() {
        MatchDriver d = round1();
        ok(d.seat("north").propose("forum", "un"));
        ok(d.seat("south").cosponsor("A1"));
        ok(d.seat("east").support("A1"));
        assertThat(d.state().text()).isEqualTo(DRAFT);

        ok(d.seat("west").support("A1"));

        assertThat(d.state().text()).containsEntry("forum", "un");
        List<Event> changes = d.log().stream()
                .filter(e -> e instanceof Event.AmendmentResolved r && r.adopted())
                .toList();
        assertThat(changes).hasSize(1);
    }
}
