package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.client.console.state.Transcript;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;

/**
 * A player who joins a room already under way gets a welcome with the current view, and then
 * the room's earlier events as history. The history must not take the phase back: a command
 * typed while it loads would be sent for a phase long gone and refused.
 */
class HistoryAfterWelcomeTest {

    @Test
    void earlierEventsLoadedAfterTheWelcomeDoNotTakeThePhaseBack() {
        Sample sample = new Sample();
        ClientState state = sample.state();
        Stage now = sample.match.state().stage();
        assertThat(now).isEqualTo(Stage.round(1));

        var log = sample.match.log();
        for (int i = 0; i < log.size(); i++) {
            state.event(i + 1, 0, log.get(i), "history", false);
            assertThat(state.stage())
                    .as("after history event %d (%s)", i + 1, log.get(i))
                    .isEqualTo(now);
        }
    }

    @Test
    void historyStillFillsTheTranscript() {
        ClientState state = new Sample().state();

        state.event(1, 0, new Event.FloorStatement("germany", "Good morning."), "floor", false);

        assertThat(state.transcript().lines(Transcript.FLOOR))
                .extracting(Transcript.Line::text)
                .containsExactly("Good morning.");
    }

    @Test
    void eventsAfterTheWelcomeStillMoveThePhase() {
        Sample sample = new Sample();
        ClientState state = sample.state();
        long next = sample.match.log().size() + 1;

        state.event(next, 0, new Event.PhaseStarted(Stage.of(Phase.FINAL), 0), "phase_started", true);

        assertThat(state.stage()).isEqualTo(Stage.of(Phase.FINAL));
    }
}
