package org.summitsim.core.headless;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scoring.Scorer;
import org.summitsim.core.scoring.Tally;

/**
 * What a result means beyond the scores: how much of the best achievable welfare the final text
 * reaches, whether any other text would be better for someone and worse for no one (Pareto),
 * and each seat's advantage over walking away. Welfare and Pareto use the text values of the
 * playable delegations (the part of the score the text decides); see docs/BOTS.md.
 */
public final class Analytics {

    private final Scenario scenario;
    private final List<Delegation> seats;
    private final List<Clause> clauses;
    /** value[i][c][o]: text value of option o of clause c to seat i. */
    private final int[][][] value;
    /** suffixMax[i][c]: the most seat i can still gain from clauses c..end. */
    private final int[][] suffixMax;

    private final double welfareMax;
    private final double welfareMin;
    private final Map<String, Boolean> paretoCache = new ConcurrentHashMap<>();
    private final Map<String, Double> walkAway = new LinkedHashMap<>();

    public Analytics(Scenario scenario) {
        this.scenario = scenario;
        this.seats = scenario.playable();
        this.clauses = scenario.clauses();
        int n = seats.size();
        value = new int[n][clauses.size()][];
        suffixMax = new int[n][clauses.size() + 1];
        double max = 0;
        double min = 0;
        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (int o = 0; o < clause.options().size(); o++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    if (value[i][c] == null) {
                        value[i][c] = new int[clause.options().size()];
                    }
                    value[i][c][o] = seats.get(i)
                            .preferences()
                            .value(clause.id(), clause.options().get(o).id());
                    sum += value[i][c][o];
                }
                hi = Math.max(hi, sum);
                lo = Math.min(lo, sum);
            }
            max += hi;
            min += lo;
        }
        for (int i = 0; i < n; i++) {
            for (int c = clauses.size() - 1; c >= 0; c--) {
                int best = Integer.MIN_VALUE;
                for (int v : value[i][c]) {
                    best = Math.max(best, v);
                }
                suffixMax[i][c] = suffixMax[i][c + 1] + best;
            }
        }
        welfareMax = max;
        welfareMin = min;
        Map<String, String> draft = new LinkedHashMap<>();
        clauses.forEach(c -> draft.put(c.id(), c.draft()));
        Map<String, Decision> defaults = new LinkedHashMap<>();
        seats.forEach(d -> defaults.put(d.id(), scenario.defaultDecision()));
        Tally tally = Tally.of(scenario, draft, defaults);
        for (Delegation d : seats) {
            walkAway.put(d.id(), Scorer.score(scenario, d, draft, tally, 1.0).total());
        }
    }

    /** Welfare of a text: the sum over playable delegations of their text values. */
    public double welfare(Map<String, String> text) {
        int[] options = indexes(text);
        double sum = 0;
        for (int i = 0; i < seats.size(); i++) {
            for (int c = 0; c < clauses.size(); c++) {
                sum += value[i][c][options[c]];
            }
        }
        return sum;
    }

    /** Welfare as a share (0..1) of the range between the worst and best texts. */
    public double welfareShare(Map<String, String> text) {
        return welfareMax == welfareMin ? 1 : (welfare(text) - welfareMin) / (welfareMax - welfareMin);
    }

    /** True when no other text is at least as good for every delegation and better for one. */
    public boolean paretoOptimal(Map<String, String> text) {
        return paretoCache.computeIfAbsent(String.join(",", text.values()), key -> {
            int[] options = indexes(text);
            int[] target = new int[seats.size()];
            for (int i = 0; i < seats.size(); i++) {
                for (int c = 0; c < clauses.size(); c++) {
                    target[i] += value[i][c][options[c]];
                }
            }
            return !dominated(0, new int[seats.size()], target, options, false);
        });
    }

    /** Depth-first search for a text dominating {@code target}, pruned by what each seat can still reach. */
    private boolean dominated(int c, int[] sums, int[] target, int[] original, boolean differs) {
        for (int i = 0; i < sums.length; i++) {
            if (sums[i] + suffixMax[i][c] < target[i]) {
                return false;
            }
        }
        if (c == clauses.size()) {
            if (!differs) {
                return false;
            }
            for (int i = 0; i < sums.length; i++) {
                if (sums[i] > target[i]) {
                    return true;
                }
            }
            return false;
        }
        for (int o = 0; o < value[0][c].length; o++) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += value[i][c][o];
            }
            boolean found = dominated(c + 1, sums, target, original, differs || o != original[c]);
            for (int i = 0; i < sums.length; i++) {
                sums[i] -= value[i][c][o];
            }
            if (found) {
                return true;
            }
        }
        return false;
    }

    /**
     * A seat's advantage: (score − walk-away) / (best − walk-away), where walk-away is its score
     * had the chair's draft stood and every seat taken the scenario default.
     */
    public Map<String, Double> advantages(Outcome outcome) {
        Map<String, Double> out = new LinkedHashMap<>();
        outcome.scores().forEach((seat, score) -> {
            double w = walkAway.get(seat);
            out.put(seat, score.best() == w ? 0 : (score.total() - w) / (score.best() - w));
        });
        return out;
    }

    public static List<String> signatorySeats(Outcome outcome) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, FinalDecision> e : outcome.decisions().entrySet()) {
            if (e.getValue().decision() == Decision.SIGN) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private int[] indexes(Map<String, String> text) {
        int[] out = new int[clauses.size()];
        for (int c = 0; c < clauses.size(); c++) {
            out[c] = clauses.get(c).optionIds().indexOf(text.get(clauses.get(c).id()));
        }
        return out;
    }

    public Scenario scenario() {
        return scenario;
    }
}
