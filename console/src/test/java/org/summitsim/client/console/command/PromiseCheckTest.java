package org.summitsim.client.console.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;

/** A vote is checked against the player's accepted deals before it is sent. */
class PromiseCheckTest {

    private final Scenario scenario = ScenarioReader.shipped("classroom-mini");
    private final Match match = Match.open(scenario, 1, Settings.of(scenario));

    PromiseCheckTest() {
        act(Actor.FACILITATOR, new Command.Start());
        act(Actor.FACILITATOR, new Command.Advance());
        act(Actor.FACILITATOR, new Command.Advance());
    }

    private void act(Actor who, Command c) {
        Verdict v = match.submit(new Move(who, match.state().stage(), c));
        assertThat(v.accepted()).as(String.valueOf(v.rejection())).isTrue();
    }

    private PlayerView netherlands() {
        return match.view(Viewer.seat("netherlands"));
    }

    @Test
    void aVoteAgainstTheWayPromisedIsCaughtAndTheWayPromisedIsNot() {
        act(Actor.seat("germany"), new Command.Propose("process", "bridge", "A bridge."));
        act(
                Actor.seat("germany"),
                new Command.OfferDeal(
                        "netherlands",
                        new Promise.Support("human", "meaningful"),
                        new Promise.Vote("A1", Ballot.SUPPORT),
                        null));
        assertThat(PromiseCheck.broken(netherlands(), "A1", Ballot.OPPOSE))
                .as("offered, not accepted: no promise yet")
                .isEmpty();
        act(Actor.seat("netherlands"), new Command.AcceptDeal("D1"));

        assertThat(PromiseCheck.broken(netherlands(), "A1", Ballot.OPPOSE))
                .map(PlayerView.DealView::id)
                .contains("D1");
        assertThat(PromiseCheck.broken(netherlands(), "A1", Ballot.ABSTAIN)).isPresent();
        assertThat(PromiseCheck.broken(netherlands(), "A1", Ballot.SUPPORT)).isEmpty();
    }

    /** A wording the player promised to support is tabled: the one vote that keeps the deal is named. */
    @Test
    void aTabledWordingThePlayerPromisedToSupportBringsTheDealDue() {
        act(
                Actor.seat("germany"),
                new Command.OfferDeal(
                        "netherlands",
                        new Promise.Support("process", "bridge"),
                        new Promise.Support("human", "meaningful"),
                        null));
        act(Actor.seat("netherlands"), new Command.AcceptDeal("D1"));
        act(Actor.seat("costa-rica"), new Command.Propose("human", "meaningful", "Humans decide."));

        var due = PromiseCheck.dueOn(netherlands(), "A1");
        assertThat(due).map(d -> d.deal().id()).contains("D1");
        assertThat(due).map(PromiseCheck.Due::ballot).contains(Ballot.SUPPORT);

        act(Actor.seat("netherlands"), new Command.CastVote("A1", Ballot.SUPPORT));
        assertThat(PromiseCheck.dueOn(netherlands(), "A1"))
                .as("voted: nothing left to remind")
                .isEmpty();
        act(Actor.seat("china"), new Command.Propose("process", "un", "The UN."));
        assertThat(PromiseCheck.dueOn(netherlands(), "A2"))
                .as("no deal of the player's turns on it")
                .isEmpty();
    }

    @Test
    void aVoteThatBreaksAPromiseMadeToThePlayerIsNewsToThemAlone() {
        act(
                Actor.seat("germany"),
                new Command.OfferDeal(
                        "netherlands",
                        new Promise.Support("human", "meaningful"),
                        new Promise.Support("process", "un"),
                        null));
        act(Actor.seat("netherlands"), new Command.AcceptDeal("D1"));
        act(Actor.seat("costa-rica"), new Command.Propose("human", "meaningful", "Humans decide."));
        act(Actor.seat("germany"), new Command.CastVote("A1", Ballot.OPPOSE));
        act(Actor.seat("china"), new Command.CastVote("A1", Ballot.OPPOSE));

        var germanyAgainst = new org.summitsim.core.rules.Event.VoteCast("A1", "germany", Ballot.OPPOSE);
        assertThat(PromiseCheck.brokenToMe(netherlands(), germanyAgainst))
                .map(PlayerView.DealView::id)
                .contains("D1");
        assertThat(PromiseCheck.brokenToMe(
                        netherlands(), new org.summitsim.core.rules.Event.VoteCast("A1", "germany", Ballot.SUPPORT)))
                .as("the promise kept")
                .isEmpty();
        assertThat(PromiseCheck.brokenToMe(
                        netherlands(), new org.summitsim.core.rules.Event.VoteCast("A1", "china", Ballot.OPPOSE)))
                .as("China promised the Netherlands nothing")
                .isEmpty();
        assertThat(PromiseCheck.brokenToMe(match.view(Viewer.seat("germany")), germanyAgainst))
                .as("Germany's own vote is not news to Germany")
                .isEmpty();
        assertThat(PromiseCheck.brokenToMe(match.view(Viewer.seat("china")), germanyAgainst))
                .as("a deal between others is not China's")
                .isEmpty();
    }

    /** A play-test's Korea broke two deals by proposing: the proposer counts as supporting its amendment. */
    @Test
    void proposingAReplacementForAPromisedWordingBreaksThePromise() {
        act(
                Actor.seat("germany"),
                new Command.OfferDeal(
                        "netherlands",
                        new Promise.Support("human", "meaningful"),
                        new Promise.Support("process", "commission"), // the draft, which stands
                        null));
        act(Actor.seat("netherlands"), new Command.AcceptDeal("D1"));

        assertThat(PromiseCheck.brokenByProposal(netherlands(), "process", "bridge"))
                .map(PlayerView.DealView::id)
                .contains("D1");
        assertThat(PromiseCheck.brokenByProposal(netherlands(), "human", "meaningful"))
                .as("another clause")
                .isEmpty();
    }

    @Test
    void aPromisedWordingMustBeSupportedAndNotVotedOutWhileItStands() {
        act(
                Actor.seat("germany"),
                new Command.OfferDeal(
                        "netherlands",
                        new Promise.Support("process", "un"),
                        new Promise.Support("human", "meaningful"),
                        null));
        act(Actor.seat("netherlands"), new Command.AcceptDeal("D1"));
        act(Actor.seat("costa-rica"), new Command.Propose("human", "meaningful", "Humans decide."));

        assertThat(PromiseCheck.broken(netherlands(), "A1", Ballot.OPPOSE)).isPresent();
        assertThat(PromiseCheck.broken(netherlands(), "A1", Ballot.SUPPORT)).isEmpty();
        assertThat(PromiseCheck.broken(netherlands(), "A9", Ballot.OPPOSE))
                .as("an amendment that does not exist is the rules' to refuse")
                .isEmpty();

        act(Actor.FACILITATOR, new Command.CallVote("A1"));
        assertThat(netherlands().text().stream()
                        .filter(c -> c.id().equals("human"))
                        .findFirst()
                        .orElseThrow()
                        .current())
                .isEqualTo("meaningful");
        act(Actor.seat("united-states"), new Command.Propose("human", "oversight", "Oversight is enough."));
        assertThat(PromiseCheck.broken(netherlands(), "A2", Ballot.SUPPORT))
                .as("voting out the promised wording while it stands")
                .isPresent();
        assertThat(PromiseCheck.broken(netherlands(), "A2", Ballot.OPPOSE)).isEmpty();
    }

    @Test
    void aVotePromiseOnAnAmendmentAlreadyDecidedOrVotedOtherwiseCannotBeKept() {
        act(Actor.seat("germany"), new Command.Propose("process", "bridge", "A bridge."));
        Promise voteFor = new Promise.Vote("A1", Ballot.SUPPORT);
        assertThat(PromiseCheck.unkeepable(netherlands(), voteFor)).isEmpty();
        act(Actor.seat("netherlands"), new Command.CastVote("A1", Ballot.OPPOSE));
        assertThat(PromiseCheck.unkeepable(netherlands(), voteFor))
                .contains("you already voted against A1, and a vote cannot be changed");
        assertThat(PromiseCheck.unkeepable(netherlands(), new Promise.Vote("A1", Ballot.OPPOSE)))
                .as("already kept")
                .isEmpty();
        act(Actor.seat("united-states"), new Command.Propose("human", "chain", "A chain of command."));
        act(Actor.FACILITATOR, new Command.CallVote("A2"));
        assertThat(PromiseCheck.unkeepable(netherlands(), new Promise.Vote("A2", Ballot.SUPPORT)))
                .contains("A2 has already been put to the vote");
    }
}
