package org.summitsim.client.load;

import java.util.Arrays;

/** Round-trip times in nanoseconds, recorded from any thread, summarised as percentiles. */
final class Latencies {

  private long[] samples = new long[1 << 16];
  private int count;

  synchronized void record(long nanos) {
    if (count == samples.length) {
      samples = Arrays.copyOf(samples, count * 2);
    }
    samples[count++] = nanos;
  }

  synchronized void clear() {
    count = 0;
  }

  synchronized int count() {
    return count;
  }

  /** The {@code p}-th percentile (0..100) in milliseconds; NaN when empty. */
  synchronized double percentileMs(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
    int i = (int) Math.min(count - 1, Math.max(0, Math.ceil(p / 100.0 * count) - 1));
    return sorted[i] / 1e6;
  }
}
