package org.summitsim.client.bots;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.summitsim.client.net.SendLimits;

class PacerTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Integer> sent = new ArrayList<>();
    private final Pacer pacer = new Pacer(m -> sent.add(m.path("n").asInt()), now::get);

    private static ObjectNode message(int n) {
        return JsonNodeFactory.instance.objectNode().put("n", n);
    }

    @Test
    void aBurstBeyondThreeQuartersOfTheServersAllowanceWaitsAndThenGoesOutInOrder() {
        pacer.limits(new SendLimits(20, 40));
        for (int i = 0; i < 50; i++) {
            pacer.send(message(i));
        }
        assertThat(sent).hasSize(30); // 3/4 of a burst of 40
        assertThat(pacer.waiting()).isEqualTo(20);

        now.addAndGet(1_000_000_000L); // a second: 15 more (3/4 of 20 a second)
        pacer.drain();
        assertThat(sent).hasSize(45);
        now.addAndGet(1_000_000_000L);
        pacer.drain();
        assertThat(sent).hasSize(50);
        assertThat(sent).isSorted();
        assertThat(pacer.waiting()).isZero();
    }

    @Test
    void aStrictServerIsFollowed() {
        pacer.limits(new SendLimits(2, 4));
        for (int i = 0; i < 5; i++) {
            pacer.send(message(i));
        }
        assertThat(sent).containsExactly(0, 1, 2);
        now.addAndGet(700_000_000L); // 1.5 a second: one more after two thirds of a second
        pacer.drain();
        assertThat(sent).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aQuietBotSendsAtOnce() {
        pacer.send(message(1));
        now.addAndGet(5_000_000_000L);
        pacer.send(message(2));
        assertThat(sent).containsExactly(1, 2);
        assertThat(pacer.waiting()).isZero();
    }
}
