package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.ok;

import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;

/** The checks every move goes through before its own rules: who, for which stage, and when. */
class MoveCheckTest {

    @Test
    void aMoveWithoutACommandIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "invalid",
                "needs an actor and a command",
                () -> d.match().submit(new Move(Actor.seat("north"), d.stage(), null)));
        d.refuses("invalid", "needs an actor and a command", () -> d.match().submit(null));
    }

    @Test
    void theFacilitatorCannotSpeakForADelegation() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "forbidden",
                "join a seat to play",
                () -> d.facilitator().submit(new Command.Say("I speak for Northland")));
    }

    @Test
    void aDelegationCannotRunTheRoom() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses("forbidden", "ask the facilitator", () -> d.seat("north").submit(new Command.Advance()));
    }

    @Test
    void aSeatThatIsNotInTheScenarioIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "unknown_seat",
                "Delegations: north, south, east, west",
                () -> d.seat("atlantis").say("hello"));
    }

    @Test
    void aMoveMustNameTheStageItIsFor() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "missing_stage",
                "the stage is now OPENING",
                () -> d.seat("north").submitAt(null, new Command.Say("hello")));
    }

    @Test
    void aMoveMeantForAnEarlierStageIsStaleAndChangesNothing() {
        MatchDriver d = MatchDriver.open().toRound(1);

        d.refuses(
                "stale",
                "Look at the current state and try again",
                () -> d.seat("north").submitAt(Stage.of(Phase.OPENING), new Command.Say("late words")));
    }

    @Test
    void aLateDeadlineFromTheClockIsStaleRatherThanEndingTheNextPhase() {
        MatchDriver d = MatchDriver.open().toRound(1);

        d.refuses(
                "stale",
                "meant for the opening, but the summit has moved on to round 1.",
                () -> d.host().submitAt(Stage.of(Phase.OPENING), new Command.Deadline()));
        assertThat(d.stage()).isEqualTo(Stage.round(1));
    }

    @Test
    void aDoubleClickedAdvanceMovesOnlyOnce() {
        MatchDriver d = MatchDriver.open().toOpening();
        Stage seen = d.stage();
        ok(d.facilitator().submitAt(seen, new Command.Advance()));

        d.refuses("stale", "was meant for the opening", () -> d.facilitator().submitAt(seen, new Command.Advance()));
        assertThat(d.stage()).isEqualTo(Stage.round(1));
    }

    @Test
    void aMoveForAFutureRoundIsStaleToo() {
        MatchDriver d = MatchDriver.open().toRound(1);

        d.refuses(
                "stale",
                "meant for round 2, but the summit is still in round 1.",
                () -> d.seat("north").submitAt(Stage.round(2), new Command.Say("early")));
    }
}
