package org.summitsim.client.tournament;

/** Mean and 95% confidence interval (normal approximation) of a sample, built incrementally. */
public final class Stats {
    private long n;
    private double sum;
    private double sumSq;

    public void add(double x) {
        n++;
        sum += x;
        sumSq += x * x;
    }

    public long count() {
        return n;
    }

    public double mean() {
        return n == 0 ? 0 : sum / n;
    }

    /** Half-width of the 95% interval around the mean. */
    public double ci95() {
        if (n < 2) {
            return 0;
        }
        double variance = Math.max(0, (sumSq - sum * sum / n) / (n - 1));
        return 1.96 * Math.sqrt(variance / n);
    }

    public Summary summary() {
        return new Summary(n, round(mean()), round(ci95()));
    }

    /** The figures as printed and written to JSON. */
    public record Summary(long n, double mean, double ci95) {}

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
