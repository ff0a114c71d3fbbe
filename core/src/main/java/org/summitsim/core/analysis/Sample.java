package org.summitsim.core.analysis;

/** Mean, standard error and 95 % interval of a sample, built incrementally in a fixed order. */
final class Sample {

    private long n;
    private double sum;
    private double sumSq;

    void add(double x) {
        n++;
        sum += x;
        sumSq += x * x;
    }

    long n() {
        return n;
    }

    double mean() {
        return n == 0 ? 0 : sum / n;
    }

    /** Standard error of the mean (0 below two values). */
    double se() {
        if (n < 2) {
            return 0;
        }
        double variance = Math.max(0, (sumSq - sum * sum / n) / (n - 1));
        return Math.sqrt(variance / n);
    }

    AnalysisReport.Interval interval() {
        return AnalysisReport.Interval.of(n, mean(), se());
    }
}
