package org.summitsim.core.scenario;

import java.util.List;
import java.util.Map;

/**
 * What each role usually scores, so that scores compare across roles: for every playable
 * delegation, the quantiles (0 %, 5 %, … 100 %) of its total score over {@code matches} seeded
 * headless matches of a reference field ({@code strategies} rotated over the seats, from
 * {@code seed}). A score is then shown as the share of those matches it beats (see
 * {@link #rating}): 50 is a typical result for that role, whatever the role. Written by
 * {@code summit analyze --calibrate}; a test checks that the shipped tables are current.
 */
public record Par(List<String> strategies, Integer matches, Integer seed, Map<String, List<Double>> quantiles) {

    /** Quantiles per role: 0 %, 5 %, …, 100 %. */
    public static final int STEPS = 20;

    /** One role's quantiles, or null where the table has none. */
    public List<Double> of(String seat) {
        return quantiles.get(seat);
    }

    public Par {
        strategies = Scenario.listOrEmpty(strategies);
        quantiles = quantiles == null ? Map.of() : Map.copyOf(quantiles);
    }

    /**
     * Where {@code total} lies among the role's reference scores, 0..100: the middle of the
     * quantiles it equals (a score most matches share is "typical"), otherwise interpolated
     * between the two it falls between; null when the role has no table.
     */
    public Double rating(String seat, double total) {
        return rate(quantiles.get(seat), total);
    }

    /** {@link #rating} against one role's quantiles; null without them. */
    public static Double rate(List<Double> q, double total) {
        if (q == null || q.size() != STEPS + 1) {
            return null;
        }
        double step = 100.0 / STEPS;
        if (total < q.get(0)) {
            return 0.0;
        }
        if (total > q.get(STEPS)) {
            return 100.0;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i <= STEPS; i++) {
            if (Math.abs(q.get(i) - total) < 1e-9) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first >= 0) {
            return (first + last) / 2.0 * step;
        }
        for (int i = 0; i < STEPS; i++) {
            double lo = q.get(i);
            double hi = q.get(i + 1);
            if (total > lo && total < hi) {
                return (i + (total - lo) / (hi - lo)) * step;
            }
        }
        return 50.0; // not reached: the quantiles are sorted and total lies within them
    }

    /** The quantiles of a role's sorted scores, by the nearest-rank rule, rounded to two decimals. */
    public static List<Double> quantilesOf(double[] sorted) {
        Double[] out = new Double[STEPS + 1];
        for (int i = 0; i <= STEPS; i++) {
            int rank = (int) Math.round((sorted.length - 1) * (double) i / STEPS);
            out[i] = Math.round(sorted[rank] * 100) / 100.0;
        }
        return List.of(out);
    }
}
