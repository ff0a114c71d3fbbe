package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.protocol.PublicScenario;

/** The seat prompt takes what the list shows: a name as well as an id (the play-test typed "Costa Rica"). */
class SeatChooserTest {

    private final List<PublicScenario.Delegate> delegations = List.of(
            new PublicScenario.Delegate("costa-rica", "Costa Rica", "champions", "", ""),
            new PublicScenario.Delegate("netherlands", "Netherlands", "hosts", "", ""));

    @Test
    void aNameAnIdOrANameWithTheNamesTheSeat() {
        assertThat(SeatChooser.seat(delegations, "Costa Rica")).isEqualTo("costa-rica");
        assertThat(SeatChooser.seat(delegations, "costa rica")).isEqualTo("costa-rica");
        assertThat(SeatChooser.seat(delegations, " COSTA-RICA ")).isEqualTo("costa-rica");
        assertThat(SeatChooser.seat(delegations, "the Netherlands")).isEqualTo("netherlands");
    }

    @Test
    void somethingElseNamesNoSeat() {
        assertThat(SeatChooser.seat(delegations, "Costa")).isNull();
        assertThat(SeatChooser.seat(delegations, "the")).isNull();
    }
}
