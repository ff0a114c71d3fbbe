package org.summitsim.tools.load;

import java.util.concurrent.atomic.LongAdder;

/** What all load connections sent and received, and how long each request took to answer. */
final class Traffic {
    final LongAdder sent = new LongAdder();
    final LongAdder received = new LongAdder();
    final LongAdder errors = new LongAdder();
    final Latencies latencies = new Latencies();
    volatile boolean measuring;

    void reset() {
        sent.reset();
        received.reset();
        errors.reset();
        latencies.clear();
    }
}
