package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Stage;
import org.summitsim.server.SummitServer;

/**
 * A student whose console was closed runs the same `summit play` command again: the console
 * remembers the seat and takes it back, showing what arrived meanwhile as new. Someone else who
 * asks for that seat is told it waits for its player, and is asked again.
 */
@IntegrationTest
class ReturningPlayerTest {

    private static final String ROOM = "{\"timing\":{\"briefing\":600,\"opening\":600,\"round\":600,\"rounds\":1,"
            + "\"decision\":600},\"seed\":7,\"graceSeconds\":300}";

    @TempDir
    Path home;

    @TempDir
    Path otherHome;

    @BeforeAll
    static void needsTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
    }

    @Test
    void runningTheSameCommandAgainTakesTheSeatBackAndMarksWhatCameMeanwhile() throws Exception {
        try (LiveServer server = new LiveServer()) {
            SummitServer.Created room = server.room("classroom-mini", ROOM);
            String play = "play 127.0.0.1:" + server.port() + " --name Ada --code " + room.code();
            try (Chair chair = Chair.facilitator(server.port(), room.facilitatorToken());
                    Chair germany = Chair.player(server.port(), room.code(), "germany")) {
                chair.advanceTo(Stage.round(1));
                try (Tmux first = Tmux.start(Tmux.summit(home.toFile(), play + " --seat netherlands"))) {
                    first.await("Welcome, Ada. You lead the delegation of the Netherlands");
                }
                awaitPlayers(server, room.room(), 1);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(".summit/seats"))))
                        .as("the file holding seat tokens is private")
                        .isEqualTo("rw-------");
                germany.send(new Command.Whisper("netherlands", "Are you still there?"));
                germany.send(new Command.Whisper("netherlands", "We need your answer on the forum."));

                try (Tmux again = Tmux.start(Tmux.summit(home.toFile(), play))) {
                    again.awaitVisible("Welcome back: you are in your seat again.");
                    again.await("(missed) [dm] Germany → you: We need your answer on the forum.");
                    again.awaitVisible("dm 2");

                    try (Tmux someoneElse = Tmux.start(Tmux.summit(
                            otherHome.toFile(),
                            "play 127.0.0.1:" + server.port() + " --name Bo --code " + room.code()
                                    + " --seat netherlands"))) {
                        someoneElse.await("The seat of Netherlands is taken: someone plays it already.");
                    }
                }
                awaitPlayers(server, room.room(), 1);
                try (Tmux someoneElse = Tmux.start(Tmux.summit(
                        otherHome.toFile(),
                        "play 127.0.0.1:" + server.port() + " --name Bo --code " + room.code()
                                + " --seat netherlands"))) {
                    someoneElse.await("The seat of Netherlands is waiting for its player");
                    someoneElse.await("Which delegation will you play?");
                    someoneElse.type("austria");
                    someoneElse.press("Enter");
                    someoneElse.await("Welcome, Bo. You lead the delegation of Austria");
                }
            }
        }
    }

    private static void awaitPlayers(LiveServer server, String room, int players) throws InterruptedException {
        for (int i = 0; i < 200 && server.players(room) != players; i++) {
            Thread.sleep(50);
        }
        assertThat(server.players(room)).isEqualTo(players);
    }
}
