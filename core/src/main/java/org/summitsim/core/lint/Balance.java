package org.summitsim.core.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scoring.Scorer;
import org.summitsim.core.scoring.Tally;

/**
 * The balance of a scenario, per delegation: its best and worst achievable scores, and the most
 * it can reach by changing the text alone (others deciding as in history). A delegation whose
 * text-only best is under {@link #GOOD} percent has no path to a good score.
 */
public final class Balance {

    /** The percent of its range below which a delegation's prospects count as poor. */
    public static final double GOOD = 50;

    public record Row(String seat, double best, double worst, double reachablePercent, Decision dominantDecision) {}

    private Balance() {}

    public static List<Row> of(Scenario s) {
        Calibration c = Calibration.of(s);
        List<Row> rows = new ArrayList<>();
        for (Delegation d : s.playable()) {
            Scorer.Range range = Scorer.range(s, d);
            double reachable = Double.NEGATIVE_INFINITY;
            for (Decision own : Decision.values()) {
                Map<String, String> text = bestText(s, d.preferences(), own);
                Map<String, Decision> seats = new LinkedHashMap<>(c.seatDecisions());
                seats.put(d.id(), own);
                reachable = Math.max(
                        reachable,
                        Scorer.score(s, d, text, Tally.of(s, text, seats), 1.0).total());
            }
            rows.add(new Row(
                    d.id(), range.best(), range.worst(), percent(reachable, range), dominant(s, d.preferences())));
        }
        return rows;
    }

    /** A decision that, whatever the text, scores at least as well as the others on its own parts. */
    static Decision dominant(Scenario s, Preferences p) {
        for (Decision d : Decision.values()) {
            boolean dominates = true;
            for (Decision e : Decision.values()) {
                if (d == e) {
                    continue;
                }
                double worstCase = p.decisionValue(d) - p.decisionValue(e);
                for (Clause c : s.clauses()) {
                    double min = Double.POSITIVE_INFINITY;
                    for (ClauseOption o : c.options()) {
                        min = Math.min(
                                min,
                                Scorer.optionValue(p, c.id(), o.id(), d) - Scorer.optionValue(p, c.id(), o.id(), e));
                    }
                    worstCase += min;
                }
                dominates &= worstCase >= 0;
            }
            if (dominates) {
                return d;
            }
        }
        return null;
    }

    private static Map<String, String> bestText(Scenario s, Preferences p, Decision own) {
        Map<String, String> text = new LinkedHashMap<>();
        for (Clause c : s.clauses()) {
            String best = c.draft();
            for (ClauseOption o : c.options()) {
                if (Scorer.optionValue(p, c.id(), o.id(), own) > Scorer.optionValue(p, c.id(), best, own)) {
                    best = o.id();
                }
            }
            text.put(c.id(), best);
        }
        return text;
    }

    private static double percent(double score, Scorer.Range r) {
        return r.best() == r.worst() ? 100 : Math.round(1000 * (score - r.worst()) / (r.best() - r.worst())) / 10.0;
    }
}
