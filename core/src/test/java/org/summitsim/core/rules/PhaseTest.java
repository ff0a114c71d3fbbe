package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.ok;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.scenario.Timing;

class PhaseTest {

    @Test
    void aNewMatchWaitsInTheLobbyWithTheDraftText() {
        MatchDriver d = MatchDriver.open();

        assertThat(d.stage()).isEqualTo(Stage.LOBBY);
        assertThat(d.state().text())
                .containsExactly(
                        java.util.Map.entry("law", "applies"),
                        java.util.Map.entry("control", "appropriate"),
                        java.util.Map.entry("forum", "summit"));
        assertThat(d.log()).singleElement().isInstanceOf(Event.MatchOpened.class);
    }

    @Test
    void startingTheSummitOpensTheBriefingWithItsPlannedSeconds() {
        MatchDriver d = MatchDriver.open();

        List<Event> events = ok(d.facilitator().start());

        assertThat(events).containsExactly(new Event.PhaseStarted(Stage.of(Phase.BRIEFING), 60));
        assertThat(d.stage()).isEqualTo(Stage.of(Phase.BRIEFING));
    }

    @Test
    void advancingWalksThroughEveryPhaseInOrder() {
        MatchDriver d = MatchDriver.open().start();
        List<Stage> seen = new java.util.ArrayList<>();
        List<Integer> seconds = new java.util.ArrayList<>();
        while (!d.state().over()) {
            for (Event e : ok(d.facilitator().advance())) {
                if (e instanceof Event.PhaseStarted p) {
                    seen.add(p.stage());
                    seconds.add(p.seconds());
                }
            }
        }

        assertThat(seen)
                .containsExactly(
                        Stage.of(Phase.OPENING),
                        Stage.round(1),
                        Stage.round(2),
                        Stage.of(Phase.FINAL),
                        Stage.of(Phase.RESULTS));
        assertThat(seconds).containsExactly(60, 300, 300, 120, 0);
    }

    @Test
    void aScenarioWithNoRoundsGoesFromTheOpeningStraightToTheFinalDecisions() {
        Settings s = Settings.of(TestScenarios.test4x3()).withTiming(new Timing(60, 60, 300, 0, 120));
        MatchDriver d = MatchDriver.open(s).toOpening();

        ok(d.facilitator().advance());

        assertThat(d.stage()).isEqualTo(Stage.of(Phase.FINAL));
    }

    @Test
    void advancingFromTheFinalPhaseEndsTheMatch() {
        MatchDriver d = MatchDriver.open().toFinal();

        List<Event> events = ok(d.facilitator().advance());

        assertThat(events)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("PhaseStarted", "DecisionsRevealed", "MatchEnded");
        assertThat(d.state().over()).isTrue();
        assertThat(d.state().outcome()).isPresent();
    }

    @Test
    void theHostsDeadlineEndsThePhaseLikeAnAdvance() {
        MatchDriver d = MatchDriver.open().toOpening();

        ok(d.host().deadline());

        assertThat(d.stage()).isEqualTo(Stage.round(1));
    }

    @Test
    void theFacilitatorCannotSendADeadline() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses(
                "forbidden", "advance the phase instead", () -> d.facilitator().deadline());
    }

    @Test
    void aSeatCannotSendADeadline() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses("forbidden", "Only the facilitator", () -> d.seat("north").submit(new Command.Deadline()));
    }

    @Test
    void theLobbyHasNoDeadline() {
        MatchDriver d = MatchDriver.open();

        d.refuses(
                "wrong_phase",
                "the facilitator starts the summit",
                () -> d.host().deadline());
    }

    @Test
    void theSummitStartsOnlyOnce() {
        MatchDriver d = MatchDriver.open().start();

        d.refuses(
                "already_started",
                "advance the phase to move on",
                () -> d.facilitator().start());
    }

    @Test
    void nothingCanHappenAfterTheResults() {
        MatchDriver d = MatchDriver.open().finish();

        d.refuses("match_over", "its results are final", () -> d.facilitator().advance());
        d.refuses("match_over", "its results are final", () -> d.seat("north").say("hello?"));
    }

    @Test
    void endingTheMatchEarlyGivesUndecidedSeatsTheDefaultAndShowsResults() {
        MatchDriver d = MatchDriver.open().toRound(1);

        ok(d.facilitator().end());

        assertThat(d.state().over()).isTrue();
        assertThat(d.state().revealed().orElseThrow().values())
                .allSatisfy(f -> assertThat(f)
                        .isEqualTo(new FinalDecision(org.summitsim.core.scenario.Decision.ABSTAIN, "", true)));
    }

    @Test
    void pausingStopsTheSeats() {
        MatchDriver d = MatchDriver.open().toOpening();

        ok(d.facilitator().pause());

        assertThat(d.state().paused()).isTrue();
        d.refuses("paused", "Wait until it resumes", () -> d.seat("north").say("anyone there?"));
        d.refuses("paused", "Wait until it resumes", () -> d.seat("south").ready());
    }

    @Test
    void pausingStopsTheClock() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.facilitator().pause());

        d.refuses("paused", "Wait until it resumes", () -> d.host().deadline());
    }

    @Test
    void theFacilitatorCanStillAdvanceWhilePausedAndThePauseLasts() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.facilitator().pause());

        ok(d.facilitator().advance());

        assertThat(d.stage()).isEqualTo(Stage.round(1));
        assertThat(d.state().paused()).isTrue();
    }

    @Test
    void resumingLetsTheSeatsPlayAgain() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.facilitator().pause());

        ok(d.facilitator().resume());

        assertThat(d.state().paused()).isFalse();
        ok(d.seat("north").say("welcome back"));
    }

    @Test
    void pausingTwiceIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.facilitator().pause());

        d.refuses(
                "already_paused", "resume it to continue", () -> d.facilitator().pause());
    }

    @Test
    void resumingWhenNotPausedIsRefused() {
        MatchDriver d = MatchDriver.open().toOpening();

        d.refuses("not_paused", "nothing to resume", () -> d.facilitator().resume());
    }

    @Test
    void extendingAPhaseIsRecordedForTheClock() {
        MatchDriver d = MatchDriver.open().toRound(1);

        assertThat(ok(d.facilitator().extend(120))).containsExactly(new Event.PhaseExtended(120));
        assertThat(ok(d.facilitator().extend(-30))).containsExactly(new Event.PhaseExtended(-30));
        assertThat(d.stage()).isEqualTo(Stage.round(1));
    }

    @Test
    void extendingByNothingOrMoreThanADayIsRefused() {
        MatchDriver d = MatchDriver.open().toRound(1);

        d.refuses("invalid", "between -86400 and 86400", () -> d.facilitator().extend(0));
        d.refuses("invalid", "between -86400 and 86400", () -> d.facilitator().extend(86401));
    }

    @Test
    void theLobbyHasNoClockToExtend() {
        MatchDriver d = MatchDriver.open();

        d.refuses("wrong_phase", "start the summit first", () -> d.facilitator().extend(60));
    }

    @Test
    void whenEverySeatIsReadyThePhaseEnds() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").ready());
        ok(d.seat("south").ready());
        ok(d.seat("east").ready());
        assertThat(d.stage()).isEqualTo(Stage.of(Phase.OPENING));

        ok(d.seat("west").ready());

        assertThat(d.stage()).isEqualTo(Stage.round(1));
        assertThat(d.state().ready()).isEmpty();
    }

    @Test
    void aSeatIsReadyOnlyOnce() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("north").ready());

        d.refuses("already_ready", "wait for the others", () -> d.seat("north").ready());
    }

    @Test
    void nobodyIsReadyInTheLobby() {
        MatchDriver d = MatchDriver.open();

        d.refuses(
                "wrong_phase",
                "wait for the facilitator to start it",
                () -> d.seat("north").ready());
    }
}
