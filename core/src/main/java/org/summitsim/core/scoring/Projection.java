package org.summitsim.core.scoring;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
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

    /**
     * What each seat is publicly expected to decide given the current text: its latest pledge
     * whose conditions hold. A coalition pledge ("we push if the coalition reaches its
     * threshold") counts only if the seats whose latest pledge it is would, all pushing together,
     * reach the threshold; otherwise their earlier pledges (or the default) stand.
     */
    public static Map<String, Decision> expectedDecisions(MatchState state) {
        Map<String, Decision> expected = new LinkedHashMap<>();
        for (String s : state.seats()) {
            expected.put(s, state.scenario().defaultDecision());
        }
        Set<String> together = new HashSet<>();
        for (Pledge p : List.copyOf(state.pledges())) {
            if (p.conditions().stream().allMatch(c -> c.holdsIn(state.text()))) {
                if (p.ifCoalition()) {
                    together.add(p.seat());
                } else {
                    expected.put(p.seat(), p.decision());
                    together.remove(p.seat());
                }
            }
        }
        if (!together.isEmpty()) {
            Map<String, Decision> ifTogether = new LinkedHashMap<>(expected);
            together.forEach(s -> ifTogether.put(s, Decision.PUSH_BINDING));
            if (Tally.of(state.scenario(), state.text(), ifTogether).bindingReached()) {
                return ifTogether;
            }
        }
        return expected;
    }
}
