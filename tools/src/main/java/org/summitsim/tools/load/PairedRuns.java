package org.summitsim.tools.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The runs of one load on one transport: Summit's and the baseline's (or, with {@code --versus},
 * this build's and the other's), in the order they ran, a failed run as null. The i-th of each
 * ran one after the other, so they make a pair.
 */
record PairedRuns(LoadTransport transport, Load load, List<LoadResult> summit, List<LoadResult> baseline) {

    PairedRuns(LoadTransport transport, Load load) {
        this(transport, load, new ArrayList<>(), new ArrayList<>());
    }

    /** The median of {@code value} over Summit's runs ({@code ofSummit}) or the baseline's; NaN if none ran. */
    double median(boolean ofSummit, ToDoubleFunction<LoadResult> value) {
        return median((ofSummit ? summit : baseline)
                .stream().filter(Objects::nonNull).mapToDouble(value).toArray());
    }

    /** The median over the pairs where both ran of Summit's {@code value} ÷ the baseline's. */
    double medianRatio(ToDoubleFunction<LoadResult> value) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(summit.size(), baseline.size()); i++) {
            if (summit.get(i) != null && baseline.get(i) != null) {
                ratios.add(value.applyAsDouble(summit.get(i)) / value.applyAsDouble(baseline.get(i)));
            }
        }
        return median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** How many runs of each completed. */
    long completed(boolean ofSummit) {
        return (ofSummit ? summit : baseline).stream().filter(Objects::nonNull).count();
    }

    /** The lowest and highest 1-minute load average seen at the start and end of the measurements, e.g. "1.2–1.9". */
    String loadRange() {
        double lo = Double.MAX_VALUE;
        double hi = -1;
        for (LoadResult r : all()) {
            for (String l : new String[] {r.loadBefore(), r.loadAfter()}) {
                try {
                    double v = Double.parseDouble(l);
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                } catch (NumberFormatException e) {
                    // Not known on this system.
                }
            }
        }
        return hi < 0 ? "?" : String.format(java.util.Locale.ROOT, "%.2f–%.2f", lo, hi);
    }

    private List<LoadResult> all() {
        List<LoadResult> all = new ArrayList<>(summit);
        all.addAll(baseline);
        all.removeIf(Objects::isNull);
        return all;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }
}
