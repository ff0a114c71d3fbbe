package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stages are told to people in words, and to programs in the wire form that parses back. */
class StageTest {

    @Test
    void peopleReadTheStageInWords() {
        assertThat(Stage.round(2).inWords()).isEqualTo("round 2");
        assertThat(Stage.of(Phase.FINAL).inWords()).isEqualTo("the final decisions");
        assertThat(Stage.of(Phase.BRIEFING).when()).isEqualTo("during the briefing");
        assertThat(Stage.LOBBY.when()).isEqualTo("before the summit starts");
        assertThat(Stage.of(Phase.RESULTS).when()).isEqualTo("after the summit has ended");
    }

    @Test
    void theWireFormParsesBack() {
        for (Stage s : new Stage[] {Stage.LOBBY, Stage.round(3), Stage.of(Phase.FINAL)}) {
            assertThat(Stage.parse(s.toString())).isEqualTo(s);
        }
    }

    @Test
    void stagesFollowTheOrderOfAMatch() {
        assertThat(Stage.round(1).isBefore(Stage.round(2))).isTrue();
        assertThat(Stage.round(2).isBefore(Stage.round(1))).isFalse();
        assertThat(Stage.of(Phase.OPENING).isBefore(Stage.round(1))).isTrue();
        assertThat(Stage.of(Phase.FINAL).isBefore(Stage.round(3))).isFalse();
        assertThat(Stage.round(2).isBefore(Stage.round(2))).isFalse();
    }
}
