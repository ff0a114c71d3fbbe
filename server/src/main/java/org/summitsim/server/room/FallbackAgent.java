package org.summitsim.server.room;

import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;

/**
 * The {@code absent: "default"} policy for a seat whose humans are gone: it says the seat is
 * ready in every phase and, in FINAL, enters the scenario's default decision, so the room
 * never waits on the seat.
 */
final class FallbackAgent implements SeatAgent {

    private Stage done;

    @Override
    public void wake(SeatControl control) {
        if (control.over()) {
            return;
        }
        Stage stage = control.view().stage();
        if (stage.equals(done)) {
            return;
        }
        done = stage;
        Phase phase = stage.phase();
        if (phase == Phase.FINAL) {
            control.submit(new Command.Decide(control.view().defaultDecision(),
                    "(absent: the scenario's default applies)"));
        } else if (phase != Phase.LOBBY && phase != Phase.RESULTS) {
            control.submit(new Command.Ready());
        }
    }
}
