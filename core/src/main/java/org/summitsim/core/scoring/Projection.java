package org.summitsim.core.scoring;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Pledge;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.History;

/**
 * A seat's projected score if the text stayed as it is, for each decision it could take. Others
 * are assumed to decide as their latest public pledge says (when its condition holds in the
 * current text), otherwise as they lean (their bloc's pledges, the historical record, the
 * scenario default): public information only, so the projection leaks nothing of other
 * delegations' private preferences.
 */
public final class Projection {

    private Projection() {}

    /** Computed afresh; views use the {@link Forecast} their {@link ForecastCache} keeps. */
    public static Map<Decision, Score> of(MatchState state, String seat) {
        return Forecast.of(state).projection(seat);
    }

    /**
     * What each seat is publicly expected to decide given the current text: its latest pledge
     * whose conditions hold; a seat without one leans as its bloc's pledges do, or else as the
     * real state did (the record the debrief shows), or else the scenario default (see
     * {@link #lean}). A coalition pledge ("we push if the coalition reaches its threshold")
     * counts only if the seats whose latest pledge it is would, all pushing together, reach the
     * threshold; otherwise their earlier pledges (or their lean) stand.
     */
    public static Map<String, Decision> expectedDecisions(MatchState state) {
        Map<String, Decision> expected = new LinkedHashMap<>();
        Set<String> together = new HashSet<>();
        pledges(state, expected, together);
        Map<String, Decision> leans = leans(state, expected);
        Map<String, Decision> ordered = new LinkedHashMap<>();
        for (String s : state.seats()) {
            Decision pledged = expected.get(s);
            ordered.put(s, pledged != null ? pledged : leans.get(s));
        }
        expected = ordered;
        if (!together.isEmpty()) {
            Map<String, Decision> ifTogether = new LinkedHashMap<>(expected);
            together.forEach(s -> ifTogether.put(s, Decision.PUSH_BINDING));
            if (Tally.of(state.scenario(), state.text(), ifTogether).bindingReached()) {
                return ifTogether;
            }
        }
        return expected;
    }

    /** Each seat's latest pledge (not a coalition pledge) whose conditions hold now. */
    public static Map<String, Decision> pledgedNow(MatchState state) {
        Map<String, Decision> pledged = new LinkedHashMap<>();
        pledges(state, pledged, new HashSet<>());
        return pledged;
    }

    /** The seats whose pledge holding now is to push for binding law, alone or with the coalition. */
    static Set<String> pushPledged(MatchState state) {
        Map<String, Decision> decided = new LinkedHashMap<>();
        Set<String> together = new java.util.LinkedHashSet<>();
        pledges(state, decided, together);
        decided.forEach((s, d) -> {
            if (d == Decision.PUSH_BINDING) {
                together.add(s);
            }
        });
        return together;
    }

    /** Sorts the pledges that hold now: plain ones into {@code decided}, coalition pledges into {@code together}. */
    private static void pledges(MatchState state, Map<String, Decision> decided, Set<String> together) {
        for (Pledge p : List.copyOf(state.pledges())) {
            if (p.conditions().stream().allMatch(c -> c.holdsIn(state.text()))) {
                if (p.ifCoalition()) {
                    together.add(p.seat());
                } else {
                    decided.put(p.seat(), p.decision());
                    together.remove(p.seat());
                }
            }
        }
    }

    /** The seats that have no pledge holding now, each with its {@link #lean}. */
    public static Map<String, Decision> leans(MatchState state, Map<String, Decision> pledged) {
        Map<String, Decision> out = new LinkedHashMap<>();
        for (String s : state.seats()) {
            if (!pledged.containsKey(s)) {
                out.put(s, lean(state, s, pledged));
            }
        }
        return out;
    }

    /**
     * Where a seat without a pledge leans, from public information only: to sign or abstain as
     * most of its bloc has pledged (a strict majority of the bloc's pledges), else what the real
     * state did (when the scenario records it and not as a stand-in), else the scenario default.
     * A push is never assumed of a seat that has not pledged it: it is a risk a state takes
     * only when it says so.
     */
    static Decision lean(MatchState state, String seat, Map<String, Decision> pledged) {
        Delegation me = state.delegation(seat).orElseThrow();
        if (me.bloc() != null) {
            int[] counts = new int[Decision.values().length];
            int total = 0;
            for (Map.Entry<String, Decision> e : pledged.entrySet()) {
                Delegation other = state.delegation(e.getKey()).orElse(null);
                if (other != null && me.bloc().equals(other.bloc())) {
                    counts[e.getValue().ordinal()]++;
                    total++;
                }
            }
            for (Decision d : List.of(Decision.SIGN, Decision.ABSTAIN)) {
                if (counts[d.ordinal()] * 2 > total) {
                    return d;
                }
            }
        }
        History h = me.history();
        if (h != null && h.decision() != null && h.decision() != Decision.PUSH_BINDING && !h.standIn()) {
            return h.decision();
        }
        return state.scenario().defaultDecision();
    }
}
