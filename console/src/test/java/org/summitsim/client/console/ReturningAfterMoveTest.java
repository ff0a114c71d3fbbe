package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;
import org.summitsim.server.SummitServer;

/**
 * A student who closed the console runs the same command again and is back in their seat: the
 * join code typed in another form ({@code zu8sph43} for {@code ZU8S-PH43}) is the same room, and a
 * seat the facilitator moved them to is the one remembered, with its new token.
 */
@IntegrationTest
class ReturningAfterMoveTest {

    @TempDir
    Path home;

    @Test
    void aMovedStudentRunningTheSameCommandAgainIsBackInTheSeatTheyWereMovedTo() throws Exception {
        try (LiveServer server = new LiveServer()) {
            SummitServer.Created room = server.room("classroom-mini", LiveServer.SLOW);
            SeatMemory memory = new SeatMemory(home.resolve("seats"));
            String typed = room.code().replace("-", "").toLowerCase(Locale.ROOT);

            ScriptRun dee = ScriptRun.start(
                    PlayOptions.join("127.0.0.1", server.port(), "Dee", typed, "costa-rica"),
                    "wait phase BRIEFING 30s\n",
                    memory);
            ReconnectTest.until(() -> server.players(room.room()) == 1, Duration.ofSeconds(20), dee::output);
            ScriptRun chair = ScriptRun.run(
                    PlayOptions.join("127.0.0.1", server.port(), "Chair", null, null)
                            .withToken(room.facilitatorToken()),
                    "assign Dee germany\nstart\n");
            assertThat(chair.failures()).as(chair.output()).isZero();
            assertThat(dee.failures()).as(dee.output()).isZero();
            assertThat(dee.output())
                    .contains("The facilitator changed your place: you are now the delegation of Germany.");
            ReconnectTest.until(() -> server.players(room.room()) == 0, Duration.ofSeconds(20), dee::output);

            assertThat(memory.find("127.0.0.1:" + server.port(), room.code(), "Dee"))
                    .as("the seat remembered after the move")
                    .hasValueSatisfying(s -> assertThat(s.seat()).isEqualTo("germany"));

            // The same command as the first time, with the code typed as the projector shows it.
            ScriptRun again = ScriptRun.run(
                    PlayOptions.join("127.0.0.1", server.port(), "Dee", room.code(), "costa-rica"), "status\n", memory);
            assertThat(again.failures()).as(again.output()).isZero();
            assertThat(again.output())
                    .contains(
                            "You hold the seat of Germany in this room",
                            "Welcome, Dee. You lead the delegation of Germany")
                    .doesNotContain("waiting for its player");
        }
    }
}
