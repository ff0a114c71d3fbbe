package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;

/** The server says what was wrong in words every client shares; the console adds what to type. */
class ErrorHintsTest {

    @Test
    void aCommandInTheWrongPhaseIsToldTheConsoleCommandForThatPhase() {
        String said =
                "You cannot speak on the floor during the briefing. It is the briefing: read your brief. The floor opens with the opening statements; private messages to other delegations work already.";
        assertThat(ErrorHints.hint("wrong_phase", said, Stage.of(Phase.BRIEFING)))
                .isEqualTo("Type `brief` to read yours.");
        assertThat(ErrorHints.hint(
                        "wrong_phase", "You cannot propose during the final decisions.", Stage.of(Phase.FINAL)))
                .isEqualTo("Type `decide sign`, `decide abstain` or `decide push`.");
        assertThat(ErrorHints.hint(
                        "wrong_phase", "You cannot vote after the summit has ended.", Stage.of(Phase.RESULTS)))
                .isEqualTo("Type `results` to see how it ended.");
    }

    @Test
    void refusalsWhoseSentenceNoLongerNamesACommandGetOne() {
        assertThat(ErrorHints.hint("match_over", "The summit is over; its results are final.", Stage.of(Phase.RESULTS)))
                .contains("`results`");
        assertThat(ErrorHints.hint("not_paused", "The summit is not paused, so there is nothing to resume.", null))
                .contains("`pause`");
        assertThat(ErrorHints.hint("unknown_amendment", "There is no amendment \"A7\".", Stage.round(1)))
                .contains("`amendments`");
    }

    @Test
    void aSentenceThatAlreadyNamesACommandGetsNoSecondHint() {
        assertThat(ErrorHints.hint("unknown_caucus", "No caucus called \"x\"; type `caucus` to list yours.", null))
                .isNull();
    }
}
