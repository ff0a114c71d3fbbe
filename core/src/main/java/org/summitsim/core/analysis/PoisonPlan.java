package org.summitsim.core.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.scenario.BackgroundRule;
import org.summitsim.core.scenario.BackgroundState;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.OptionRef;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.scoring.Scorer;

/**
 * The poison-pill script, generated from a scenario. Champions are the playable seats with a
 * positive {@code binding} weight. Their targets are wordings that make background groups push
 * for binding law (a group that {@code signsIf} a condition, {@code otherwise} PUSH_BINDING,
 * pushes when a clause it names reads any other option); with no such group, each champion's
 * own red-line wordings. In the replay every champion steers toward its targets and pushes.
 *
 * @param mode {@code background} or {@code red_lines}, or {@code none} when nobody champions binding law
 * @param targets per champion: clause id to the wording it steers toward
 */
public record PoisonPlan(String mode, List<String> champions, Map<String, Map<String, String>> targets) {

    public boolean applicable() {
        return !champions.isEmpty() && targets.values().stream().anyMatch(t -> !t.isEmpty());
    }

    public static PoisonPlan of(Scenario s) {
        List<String> champions = s.playable().stream()
                .filter(d -> d.preferences().binding() > 0)
                .map(Delegation::id)
                .toList();
        if (champions.isEmpty()) {
            return new PoisonPlan("none", champions, Map.of());
        }
        Map<String, String> trigger = backgroundTriggers(s);
        Map<String, Map<String, String>> targets = new LinkedHashMap<>();
        for (String c : champions) {
            if (!trigger.isEmpty()) {
                targets.put(c, trigger);
            } else {
                Map<String, String> own = new LinkedHashMap<>();
                for (OptionRef r : s.delegation(c).orElseThrow().preferences().redLines()) {
                    own.putIfAbsent(r.clause(), r.option());
                }
                targets.put(c, own);
            }
        }
        return new PoisonPlan(trigger.isEmpty() ? "red_lines" : "background", champions, targets);
    }

    /**
     * For each background group that pushes when its condition fails, one wording that fails it:
     * of the options outside the condition, the one most playable delegations prefer to the draft
     * (the likeliest to pass). A clause already targeted for an earlier group is reused when it
     * also fails this one.
     */
    private static Map<String, String> backgroundTriggers(Scenario s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (BackgroundState b : s.backgroundStates()) {
            BackgroundRule r = b.rule();
            if (!b.attended()
                    || r == null
                    || r.follows() != null
                    || r.signsIf().isEmpty()
                    || r.otherwise() != Decision.PUSH_BINDING) {
                continue;
            }
            boolean covered = r.signsIf().stream()
                    .anyMatch(t -> out.containsKey(t.clause()) && !t.options().contains(out.get(t.clause())));
            if (covered) {
                continue;
            }
            String bestClause = null;
            String bestOption = null;
            int bestFor = -1;
            for (TextCondition t : r.signsIf()) {
                if (out.containsKey(t.clause())) {
                    continue;
                }
                Clause c = s.clause(t.clause()).orElse(null);
                if (c == null) {
                    continue;
                }
                for (ClauseOption o : c.options()) {
                    if (t.options().contains(o.id())) {
                        continue;
                    }
                    int forIt = 0;
                    for (Delegation d : s.playable()) {
                        forIt += Scorer.optionValue(d.preferences(), c.id(), o.id(), Decision.SIGN)
                                        > Scorer.optionValue(d.preferences(), c.id(), c.draft(), Decision.SIGN)
                                ? 1
                                : 0;
                    }
                    if (forIt > bestFor) {
                        bestFor = forIt;
                        bestClause = c.id();
                        bestOption = o.id();
                    }
                }
            }
            if (bestClause != null) {
                out.put(bestClause, bestOption);
            }
        }
        return out;
    }
}
