package org.summitsim.server.room;

import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;

/**
 * The {@code absent: "default"} policy for a seat whose humans are gone: it says the seat is
 * ready in every phase, FINAL included, where that leaves the seat to the scenario's default
 * decision (revealed as defaulted); so the room never waits on the seat.
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
        // In FINAL too: a seat ready without a decision gets the scenario's default, revealed as defaulted.
        if (phase != Phase.LOBBY
                && phase != Phase.RESULTS
                && !control.view().delegations().stream().anyMatch(d -> d.id().equals(control.seat()) && d.ready())) {
            control.submit(new Command.Ready());
        }
    }
}
