package org.summitsim.tools.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/**
 * The short version of the soak (docs/RELIABILITY.md): rooms of random and utility bots starting
 * one after another for 20 seconds; heap, threads, file handles and round trips must level off.
 * The long version is {@link Soak#main} (8 minutes, 20 rooms at a time).
 */
@IntegrationTest
class SoakTest {

    @Test
    void roomsComeAndGoWithoutLeakingHandlesThreadsOrMemory() throws Exception {
        Soak.Report r = Soak.run(new Soak.Options(1, 6, 20_000, 2_500, 3, false));
        System.out.print(r.text());
        assertThat(r.roomsFinished()).isPositive();
        assertThat(r.unexpectedErrors()).isZero();
        assertThat(r.fdsLevel()).as(r.verdict()).isTrue();
        assertThat(r.threadsLevel()).as(r.verdict()).isTrue();
        assertThat(r.heapLevels()).as(r.verdict()).isTrue();
    }
}
