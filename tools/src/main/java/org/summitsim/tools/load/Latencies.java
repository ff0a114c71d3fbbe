package org.summitsim.tools.load;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Round-trip times in nanoseconds, recorded from any thread without a lock, summarised as
 * percentiles to three significant digits (from a microsecond to a minute).
 */
final class Latencies {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final Recorder recorder = new Recorder(1_000, MINUTE_NANOS, 3);
    /** What was recorded since the last clear, gathered from the recorder when asked. */
    private final Histogram total = new Histogram(1_000, MINUTE_NANOS, 3);

    void record(long nanos) {
        recorder.recordValue(Math.max(1_000, Math.min(MINUTE_NANOS, nanos)));
    }

    synchronized void clear() {
        recorder.reset();
        total.reset();
    }

    synchronized long count() {
        return gathered().getTotalCount();
    }

    /** The {@code p}-th percentile (0..100) in milliseconds; NaN when empty. */
    synchronized double percentileMs(double p) {
        Histogram h = gathered();
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(p) / 1e6;
    }

    private Histogram gathered() {
        total.add(recorder.getIntervalHistogram());
        return total;
    }
}
