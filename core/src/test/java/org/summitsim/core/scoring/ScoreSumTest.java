package org.summitsim.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.DoubleStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A score's parts are added up with compensation, as the stream that used to add them did. */
class ScoreSumTest {

    @Test
    void roundingErrorsDoNotPileUp() {
        double[] tenths = new double[10];
        java.util.Arrays.fill(tenths, 0.1);
        double plain = 0;
        for (double t : tenths) {
            plain += t;
        }
        assertThat(plain).isNotEqualTo(1.0); // what a plain loop gives
        assertThat(Scorer.sum(tenths)).isEqualTo(1.0);
        assertThat(Scorer.sum(new double[] {0.1, 0.2, 0.3, -0.6})).isEqualTo(0.0);
        assertThat(Scorer.sum(new double[] {})).isEqualTo(0.0);
        assertThat(Scorer.sum(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    /** So every total, and every result built on one, is what it was before the loop replaced the stream. */
    @Property(tries = 2000)
    void theSumIsTheStreamsToTheLastBit(@ForAll("parts") double[] parts) {
        assertThat(Double.doubleToLongBits(Scorer.sum(parts)))
                .isEqualTo(Double.doubleToLongBits(DoubleStream.of(parts).sum()));
    }

    @Provide
    Arbitrary<double[]> parts() {
        Arbitrary<Double> part = Arbitraries.oneOf(
                Arbitraries.integers().between(-20, 20).map(Integer::doubleValue),
                Arbitraries.doubles().between(-20, 20),
                Arbitraries.integers().between(-1000, 1000).map(i -> i / 100.0),
                Arbitraries.integers().between(0, 24).map(i -> 7 * (i / 24.0)));
        return part.array(double[].class).ofMinSize(0).ofMaxSize(12);
    }
}
