package org.summitsim.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one tie rule, whether the figures come as standard errors or as 95 % half-widths. */
class TiesTest {

    @Test
    void meansAreTiedWithinTheCombinedNinetyFivePercentInterval() {
        // se 3 and 4: the means may differ by up to 1.96 * 5 = 9.8.
        assertThat(Ties.tied(50, 3, 59.7, 4)).isTrue();
        assertThat(Ties.tied(50, 3, 59.9, 4)).isFalse();
        assertThat(Ties.tied(59.9, 4, 50, 3)).isFalse();
    }

    @Test
    void halfWidthsGiveTheSameAnswerAsStandardErrors() {
        // Half-widths 1.96 * 3 and 1.96 * 4: the same figures as above.
        assertThat(Ties.tiedByHalfWidth(50, 5.88, 59.7, 7.84)).isTrue();
        assertThat(Ties.tiedByHalfWidth(50, 5.88, 59.9, 7.84)).isFalse();
    }

    @Test
    void theAnalysisMarksTiesByThisRule() {
        Sample a = new Sample();
        Sample b = new Sample();
        for (int i = 0; i < 40; i++) {
            a.add(i % 4 * 10);
            b.add(i % 4 * 10 + 4);
        }
        assertThat(Aggregate.tied(a, b)).isEqualTo(Ties.tied(a.mean(), a.se(), b.mean(), b.se()));
        assertThat(Aggregate.tied(a, b)).isTrue();
    }
}
