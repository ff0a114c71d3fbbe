package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class HandoffsTest {

    /** An event loop that records the tasks handed to it and runs them when told. */
    private static final class Loop implements Executor {
        final List<Runnable> handedOver = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            handedOver.add(task);
        }

        void runAll() {
            handedOver.forEach(Runnable::run);
        }
    }

    @Test
    void oneHandOffPerLoopWhateverTheNumberOfMembers() {
        Loop a = new Loop();
        Loop b = new Loop();
        List<String> ran = new ArrayList<>();
        Handoffs handoffs = new Handoffs();
        for (int i = 0; i < 5; i++) {
            String name = "a" + i;
            handoffs.add(a, () -> ran.add(name));
        }
        handoffs.add(b, () -> ran.add("b0"));
        handoffs.add(b, () -> ran.add("b1"));

        assertThat(a.handedOver).isEmpty(); // nothing leaves before the delivery is done
        handoffs.release();

        assertThat(a.handedOver).hasSize(1);
        assertThat(b.handedOver).hasSize(1);
        a.runAll();
        b.runAll();
        assertThat(ran).containsExactly("a0", "a1", "a2", "a3", "a4", "b0", "b1");
    }

    @Test
    void releasedTasksAreNotHandedOverAgain() {
        Loop a = new Loop();
        Handoffs handoffs = new Handoffs();
        handoffs.add(a, () -> { });
        handoffs.release();
        handoffs.release();
        handoffs.add(a, () -> { });
        handoffs.release();

        assertThat(a.handedOver).hasSize(2);
    }

    @Test
    void aFailingWriteDoesNotStrandTheOthers() {
        Loop a = new Loop();
        List<String> ran = new ArrayList<>();
        Handoffs handoffs = new Handoffs();
        handoffs.add(a, () -> ran.add("first"));
        handoffs.add(a, () -> {
            throw new IllegalStateException("channel gone");
        });
        handoffs.add(a, () -> ran.add("third"));
        handoffs.release();
        a.runAll();

        assertThat(ran).containsExactly("first", "third");
    }
}
