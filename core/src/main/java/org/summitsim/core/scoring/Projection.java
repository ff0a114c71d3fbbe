package org.summitsim.core.scoring;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Pledge;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;

/**
 * A seat's projected score if the text stayed as it is, for each decision it could take. Others
 * are assumed to decide as their latest public pledge says (when its condition holds in the
 * current text), otherwise the scenario default: public information only, so the projection
 * leaks nothing of other delegations' private preferences.
 */
public final class Projection {

    private Projection() {
    }

    public static Map<Decision, Score> of(MatchState state, String seat) {
        Scenario scenario = state.scenario();
        Delegation me = scenario.delegation(seat).orElseThrow();
        Map<String, Decision> assumed = expectedDecisions(state);
        Map<Decision, Score> out = new EnumMap<>(Decision.class);
        for (Decision own : Decision.values()) {
            assumed.put(seat, own);
            Tally tally = Tally.of(scenario, state.text(), assumed);
            out.put(own, Scorer.score(me, state.text(), tally, 1.0, Scorer.credits(state, seat), state.range(seat)));
        }
        return java.util.Collections.unmodifiableMap(out);
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
