package org.summitsim.tools.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Percentiles of round trips recorded from several threads, to three significant digits. */
class LatenciesTest {

    @Test
    void percentilesOfOneToAThousandMilliseconds() throws Exception {
        Latencies l = new Latencies();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int first = t;
            threads.execute(() -> {
                for (int ms = 1 + first; ms <= 1000; ms += 4) {
                    l.record(ms * 1_000_000L);
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(l.count()).isEqualTo(1000);
        assertThat(l.percentileMs(50)).isCloseTo(500, within(0.5));
        assertThat(l.percentileMs(99)).isCloseTo(990, within(1.0));
        assertThat(l.percentileMs(100)).isCloseTo(1000, within(1.0));
    }

    @Test
    void emptyGivesNaNAndClearStartsAgain() {
        Latencies l = new Latencies();
        assertThat(l.percentileMs(50)).isNaN();
        l.record(5_000_000L);
        assertThat(l.percentileMs(50)).isCloseTo(5, within(0.01));
        l.clear();
        assertThat(l.count()).isZero();
        assertThat(l.percentileMs(99)).isNaN();
        l.record(2_000_000L);
        assertThat(l.count()).isEqualTo(1);
        assertThat(l.percentileMs(100)).isCloseTo(2, within(0.01));
    }
}
