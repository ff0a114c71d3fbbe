package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;
import org.summitsim.server.SummitServer;

/** A console whose connection drops comes back to its seat by itself and shows what it missed. */
@IntegrationTest
class ReconnectTest {

    static void until(Supplier<Boolean> done, Duration timeout, Supplier<String> what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!done.get()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out; so far:\n" + what.get());
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aDroppedConnectionResumesTheSeatAndShowsWhatWasMissed() throws Exception {
        try (LiveServer server = new LiveServer()) {
            SummitServer.Created room = server.room("classroom-mini", LiveServer.SLOW);
            try (DropProxy proxy = new DropProxy(server.port());
                    Chair chair = Chair.facilitator(server.port(), room.facilitatorToken())) {
                chair.advanceTo(Stage.of(Phase.OPENING));
                ScriptRun run = ScriptRun.start(
                        PlayOptions.join("127.0.0.1", proxy.port(), "Ada", room.code(), "netherlands"), """
                        say Before the drop.
                        wait event announcement 20s
                        say After the drop.
                        """);
                until(
                        () -> run.output().contains("[floor] You: Before the drop."),
                        Duration.ofSeconds(10),
                        run::output);

                proxy.cut();
                until(() -> run.output().contains("Connection lost"), Duration.ofSeconds(10), run::output);
                chair.send(new Command.Announce("News while you were away."));
                proxy.restore();

                assertThat(run.failures()).as(run.output()).isZero();
                assertThat(run.output())
                        .contains(
                                "Reconnecting in",
                                "Reconnected: you are back in your seat.",
                                "While you were away:",
                                "(missed) CHAIR: News while you were away.",
                                "[floor] You: After the drop.");
            }
        }
    }
}
