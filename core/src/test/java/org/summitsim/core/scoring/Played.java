package org.summitsim.core.scoring;

import static org.summitsim.core.MatchDriver.ok;

import java.util.Map;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Stage;

/**
 * Plays test-4x3 to a chosen final text: each change is proposed by north in round 1 and adopted
 * by silence, the facilitator calling the vote (a delegation has one amendment open at a time).
 */
final class Played {

    private Played() {}

    /** A match in round 2 whose text reads {@code changes} over the draft. */
    static MatchDriver withText(Map<String, String> changes) {
        MatchDriver d = MatchDriver.open().toRound(1);
        changes.forEach((clause, option) -> {
            if (!option.equals(d.state().text().get(clause))) {
                ok(d.seat("north").propose(clause, option));
                ok(d.facilitator()
                        .submit(new Command.CallVote(
                                d.state().openAmendments().get(0).id())));
            }
        });
        d.advanceTo(Stage.round(2));
        if (!d.state().text().entrySet().containsAll(changes.entrySet())) {
            throw new AssertionError("could not reach the text " + changes + "; it reads "
                    + d.state().text());
        }
        return d;
    }
}
