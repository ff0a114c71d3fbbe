package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;

/** The clock is a fold over events and their times: no waiting, the test says what time it is. */
class PhaseClockTest {

    @Test
    void aPhaseStartSetsAnAbsoluteDeadline() {
        PhaseClock c = new PhaseClock();
        c.apply(new Event.PhaseStarted(Stage.round(1), 300), 1_000);
        assertThat(c.deadline()).isEqualTo(301_000);
        assertThat(c.message(null, 101_000).remainingMs()).isEqualTo(200_000);
    }

    @Test
    void pauseKeepsTheTimeLeftAndResumeRestartsIt() {
        PhaseClock c = new PhaseClock();
        c.apply(new Event.PhaseStarted(Stage.round(1), 300), 0);
        c.apply(new Event.Paused(), 100_000);
        assertThat(c.deadline()).isNull();
        assertThat(c.message(null, 500_000).remainingMs()).isEqualTo(200_000);
        c.apply(new Event.Resumed(), 1_000_000);
        assertThat(c.deadline()).isEqualTo(1_200_000);
    }

    @Test
    void extendMovesTheDeadlineOrTheTimeLeftWhilePaused() {
        PhaseClock c = new PhaseClock();
        c.apply(new Event.PhaseStarted(Stage.round(1), 60), 0);
        c.apply(new Event.PhaseExtended(30), 10_000);
        assertThat(c.deadline()).isEqualTo(90_000);
        c.apply(new Event.Paused(), 20_000);
        c.apply(new Event.PhaseExtended(-10), 30_000);
        c.apply(new Event.Resumed(), 40_000);
        assertThat(c.deadline()).isEqualTo(40_000 + 60_000);
    }

    @Test
    void theLobbyAndResultsHaveNoDeadline() {
        PhaseClock c = new PhaseClock();
        assertThat(c.deadline()).isNull();
        c.apply(new Event.PhaseStarted(Stage.of(Phase.RESULTS), 0), 5);
        assertThat(c.deadline()).isNull();
        assertThat(c.message(null, 6).remainingMs()).isNull();
    }

    @Test
    void aPhaseStartedWhilePausedWaitsForResume() {
        PhaseClock c = new PhaseClock();
        c.apply(new Event.PhaseStarted(Stage.round(1), 60), 0);
        c.apply(new Event.Paused(), 1_000);
        c.apply(new Event.PhaseStarted(Stage.round(2), 60), 2_000);
        assertThat(c.deadline()).isNull();
        c.apply(new Event.Resumed(), 10_000);
        assertThat(c.deadline()).isEqualTo(70_000);
    }

    @Test
    void theOutboxHoldsMessagesUntilTheirEventsAreStored() {
        Outbox o = new Outbox(0);
        StringBuilder sent = new StringBuilder();
        o.send(() -> sent.append("a"));
        o.appended(2);
        o.send(() -> sent.append("b"));
        o.send(() -> sent.append("c"));
        o.appended(3);
        o.send(() -> sent.append("d"));
        assertThat(sent).hasToString("a");
        o.stored(2);
        assertThat(sent).hasToString("abc");
        o.stored(3);
        assertThat(sent).hasToString("abcd");
        o.send(() -> sent.append("e"));
        assertThat(sent).hasToString("abcde");
    }
}
