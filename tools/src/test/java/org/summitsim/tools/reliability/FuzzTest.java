package org.summitsim.tools.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;

/**
 * The short version of the protocol fuzzer (docs/RELIABILITY.md): seeded hostile input through a
 * real socket while bots play alongside. The long version is {@link Fuzzer#main} with 100,000 inputs.
 */
@IntegrationTest
class FuzzTest {

    @Test
    void thousandsOfHostileInputsGetCodedErrorsAndLeakNothing() throws Exception {
        int inputs = Integer.getInteger("summit.fuzz.inputs", 6_000);
        Fuzzer.Report r = Fuzzer.run(new Fuzzer.Options(Long.getLong("summit.fuzz.seed", 1L), inputs, 3, false));
        System.out.print(r.text());
        assertThat(r.violations()).isEmpty();
        assertThat(r.violationCount()).isZero();
        assertThat(r.serverAnswersAtEnd()).isTrue();
        assertThat(r.botRoomsFinished()).isPositive();
        assertThat(r.eventsChecked()).isPositive();
    }
}
