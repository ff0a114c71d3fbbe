package org.summitsim.core.scenario;

import java.util.List;
import java.util.Map;

/**
 * What each role usually scores, so that scores compare across roles: for every playable
 * delegation, the quantiles (0 %, 5 %, … 100 %) of its total over {@code matches} seeded
 * headless matches of a varied field ({@code strategies} rotated over the seats, from
 * {@code seed}). A score is shown (see {@link #rating}) as 50 at the role's median, 100 at its
 * 95 % quantile and 0 at its 5 % quantile: a typical result is 50 whatever the role. Written by
 * {@code summit analyze --calibrate}; a test checks that the shipped tables are current.
 */
public record Par(
        List<String> strategies, Integer matches, Integer seed, Map<String, List<Double>> quantiles, String probe) {

    /** Quantiles per role: 0 %, 5 %, …, 100 %. */
    public static final int STEPS = 20;

    public Par {
        strategies = Scenario.listOrEmpty(strategies);
        quantiles = quantiles == null ? Map.of() : Map.copyOf(quantiles);
    }

    /**
     * A table without {@code probe}: the fingerprint of its first matches' scores that tells a
     * table made for other numbers (see {@code ParCalibration#stale}).
     */
    public Par(List<String> strategies, Integer matches, Integer seed, Map<String, List<Double>> quantiles) {
        this(strategies, matches, seed, quantiles, null);
    }

    /**
     * Where {@code total} lies among the role's reference scores, 0..100: the middle of the
     * quantiles it equals (a score most matches share is "typical"), otherwise interpolated
     * between the two it falls between; null when the role has no table.
     */
    public Double rating(String seat, double total) {
        return rate(scale(seat), total);
    }

    /** One role's three anchors (0, 50 and 100 on the shown scale), or null where the table has none. */
    public double[] scale(String seat) {
        List<Double> q = quantiles.get(seat);
        if (q == null || q.size() != STEPS + 1) {
            return null;
        }
        // Where most results are equal (a narrow role), the scale reaches to the extremes, and
        // at least a point either side of the median, so equal totals show equal.
        double mid = q.get(STEPS / 2);
        double low = q.get(1) < mid ? q.get(1) : Math.min(q.get(0), mid - 1);
        double high = q.get(STEPS - 1) > mid ? q.get(STEPS - 1) : Math.max(q.get(STEPS), mid + 1);
        return new double[] {low, mid, high};
    }

    /**
     * A total on the shown scale, from a role's anchors (see {@link #scale}); null without them.
     * Linear between the anchors, so a small difference in points stays small on the scale.
     */
    public static Double rate(double[] anchors, double total) {
        if (anchors == null) {
            return null;
        }
        double low = anchors[0];
        double mid = anchors[1];
        double high = anchors[2];
        double r = total >= mid ? 50 + 50 * (total - mid) / (high - mid) : 50 * (total - low) / (mid - low);
        return Math.max(0, Math.min(100, r));
    }

    /**
     * A scenario file's text with this table as its last field, in place of any table it had:
     * the rest of the file is left as written (its layout, its comments in prose), so a
     * recalibration shows in a diff as just the table.
     */
    public String writeInto(String scenarioJson) {
        String text = scenarioJson.stripTrailing();
        int old = text.indexOf("\n  \"par\": {");
        if (old >= 0) {
            text = text.substring(0, old);
            text = text.substring(0, text.lastIndexOf(',')) + text.substring(text.lastIndexOf(',') + 1);
            text = text.stripTrailing();
        } else {
            text = text.substring(0, text.lastIndexOf('}')).stripTrailing();
        }
        StringBuilder b = new StringBuilder(text).append(",\n  \"par\": {\n    \"strategies\": [");
        for (int i = 0; i < strategies.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(strategies.get(i)).append('"');
        }
        b.append("],\n    \"matches\": ")
                .append(matches)
                .append(",\n    \"seed\": ")
                .append(seed);
        if (probe != null) {
            b.append(",\n    \"probe\": \"").append(probe).append('"');
        }
        b.append(",\n    \"quantiles\": {\n");
        int n = 0;
        for (Map.Entry<String, List<Double>> e : new java.util.TreeMap<>(quantiles).entrySet()) {
            b.append("      \"").append(e.getKey()).append("\": [");
            for (int i = 0; i < e.getValue().size(); i++) {
                double v = e.getValue().get(i);
                b.append(i == 0 ? "" : ", ").append(number(v));
            }
            b.append(++n < quantiles.size() ? "],\n" : "]\n");
        }
        return b.append("    }\n  }\n}\n").toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
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
