package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.summitsim.client.net.Backoff;

class BackoffTest {

    @Test
    void delaysDoubleWithJitterUpToThirtySeconds() {
        Backoff b = new Backoff(new Random(1));
        long first = b.nextDelayMs();
        long second = b.nextDelayMs();
        assertThat(first).isBetween(400L, 600L);
        assertThat(second).isBetween(800L, 1200L);
        for (int i = 0; i < 20; i++) {
            assertThat(b.nextDelayMs()).isLessThanOrEqualTo(Backoff.CAP_MS);
        }
        b.reset();
        assertThat(b.nextDelayMs()).isBetween(400L, 600L);
    }
}
