package org.summitsim.core.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Pledge;
import org.summitsim.core.scenario.Decision;

/**
 * A seat's projected score if the text stayed as it is, for each decision it could take. Others
 * are assumed to decide as their latest public pledge says (when its condition holds in the
 * current text), otherwise the scenario default: public information only, so the projection
 * leaks nothing of other delegations' private preferences.
 */
public final class Projection {

    private Projection() {
    }

    /** Computed afresh; views use the {@link Forecast} the match state keeps. */
    public static Map<Decision, Score> of(MatchState state, String seat) {
        return Forecast.of(state).projection(seat);
    }

    /** What each seat is publicly expected to decide given the current text. */
    public static Map<String, Decision> expectedDecisions(MatchState state) {
        Map<String, Decision> expected = new LinkedHashMap<>();
        for (String s : state.seats()) {
            expected.put(s, state.scenario().defaultDecision());
        }
        List<Pledge> pledges = List.copyOf(state.pledges());
        for (Pledge p : pledges) {
            if (p.conditions().stream().allMatch(c -> c.holdsIn(state.text()))) {
                expected.put(p.seat(), p.decision());
            }
        }
        return expected;
    }
}
