package org.summitsim.server.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The pacing of interval-mode fsyncs, on made-up nanosecond times (no clock). */
class FsyncPaceTest {

    private static final long SECOND = 1_000_000_000L;
    private final FsyncPace pace = new FsyncPace(SECOND);

    @Test
    void aLoneJournalIsForcedAtOnceAfterAQuietSpellThenOnceAnInterval() {
        long now = 50 * SECOND;
        assertThat(pace.due(pace.neverForced(now), now, 1)).isLessThanOrEqualTo(now);
        // Written again just after that force: it waits out the interval, gathering its writes.
        assertThat(pace.due(now, now + 10, 1)).isEqualTo(now + SECOND);
    }

    @Test
    void manyWaitingJournalsAreForcedAnIntervalDividedByTheirNumberApart() {
        long last = 7 * SECOND;
        // A hundred rooms written at the same moment: the next force comes 10 ms after the last,
        // not all of them together.
        assertThat(pace.due(last, last, 100)).isEqualTo(last + SECOND / 100);
        assertThat(pace.due(last, last, 4)).isEqualTo(last + SECOND / 4);
    }

    @Test
    void noJournalWaitsLongerThanTheIntervalAfterItsFirstWrite() {
        long last = 9 * SECOND;
        long firstWrite = last - SECOND + 3; // written almost an interval before the last force
        assertThat(pace.due(last, firstWrite, 1)).isEqualTo(firstWrite + SECOND);
    }

    @Test
    void timesThatWrapAroundCompareByDifference() {
        long last = Long.MAX_VALUE - SECOND / 2; // nanoTime may be anywhere, and wraps
        long firstWrite = last;
        assertThat(pace.due(last, firstWrite, 2)).isEqualTo(last + SECOND / 2);
        assertThat(pace.due(last, firstWrite - SECOND + 1, 1)).isEqualTo(firstWrite + 1);
    }

    @Test
    void theIntervalMustBePositive() {
        assertThatThrownBy(() -> new FsyncPace(0)).hasMessageContaining("must be positive");
    }
}
