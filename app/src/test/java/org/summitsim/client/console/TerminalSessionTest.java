package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;
import org.summitsim.server.SummitServer;

/**
 * End to end in a real terminal (tmux): a student runs `summit play`, joins with a code, picks
 * a delegation, reads the brief, uses completion and help, proposes and votes, survives a
 * dropped connection, decides and reads the results. Skipped where tmux is not installed.
 */
@IntegrationTest
class TerminalSessionTest {

    @TempDir
    Path home;

    @BeforeAll
    static void needsTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
    }

    @Test
    void theFirstQuestionIsOnTheScreenWithoutPressingAKey() throws Exception {
        try (LiveServer server = new LiveServer()) {
            SummitServer.Created room = server.room("classroom-mini", LiveServer.SLOW);
            try (Tmux term = Tmux.start(
                    Tmux.summit(home.toFile(), "play 127.0.0.1:" + server.port() + " --code " + room.code()))) {
                // Once both the question and the status line have been drawn, the question must still show.
                term.await("Your name (as others will see it):");
                term.awaitVisible("Joining the room");
                assertThat(term.visible()).contains("Your name (as others will see it):");
            }
        }
    }

    @Test
    void aStudentPlaysAWholeSummitFromATerminal() throws Exception {
        try (LiveServer server = new LiveServer()) {
            SummitServer.Created room = server.room("classroom-mini", LiveServer.SLOW);
            try (DropProxy proxy = new DropProxy(server.port());
                    Chair chair = Chair.facilitator(server.port(), room.facilitatorToken());
                    Chair germany = Chair.player(server.port(), room.code(), "germany");
                    Tmux term =
                            Tmux.start(Tmux.summit(home.toFile(), "play 127.0.0.1:" + proxy.port() + " --name Ada"))) {
                term.await("Join code");
                term.type(room.code().toLowerCase(Locale.ROOT));
                term.press("Enter");
                term.await("Which delegation");
                assertThat(term.screen()).contains("germany", "taken by germany", "netherlands");
                term.type("netherlands");
                term.press("Enter");
                term.await("Welcome, Ada. You lead the delegation of the Netherlands");

                chair.advanceTo(Stage.of(Phase.BRIEFING));
                term.type("brief");
                term.press("Enter");
                term.await("Your private brief");
                term.type("clear");
                term.press("Enter");
                for (int i = 0; i < 100 && term.visible().contains("Your private brief"); i++) {
                    Thread.sleep(50);
                }
                assertThat(term.visible()).as("the screen after `clear`").doesNotContain("Your private brief");
                term.awaitVisible("Netherlands | "); // the status line, drawn again at the bottom
                // The clear pushed the old screen into the scrollback, but not a copy of the bar
                // (the welcome's printed "Now: Netherlands | The lobby" line is not the bar).
                assertThat(term.screen().lines().filter(l -> l.contains("Netherlands | ") && l.contains(" left")))
                        .as("status lines on the screen and in its scrollback after `clear`")
                        .hasSize(1);

                term.type("he");
                term.press("Tab");
                term.await("> help");
                term.press("Enter");
                term.await("Amend the text (in rounds)");
                term.type("help vote");
                term.press("Enter");
                term.await("Vote on an open amendment.");

                chair.advanceTo(Stage.round(1));
                term.await("== Now: round 1");
                term.type("propose hu");
                term.press("Tab");
                term.await("> propose human ");
                term.type("meaningful Humans must stay in control.");
                term.press("Enter");
                term.await("Amendment A1 by you");

                germany.send(new Command.Propose("process", "bridge", "A bridge to the UN."));
                term.await("Amendment A2 by Germany");
                term.type("vote A2 sup");
                term.press("Tab");
                term.press("Enter");
                term.await("You voted for A2.");

                proxy.cut();
                term.await("Connection lost");
                chair.send(new Command.Announce("Two minutes left."));
                proxy.restore();
                term.await("(missed) CHAIR: Two minutes left.");

                chair.advanceTo(Stage.of(Phase.FINAL));
                term.await("== Now: the final decisions");
                term.type("decide sign A good first step.");
                term.press("Enter");
                term.await("Your decision is sealed: sign.");

                chair.send(new Command.EndMatch());
                term.await("The summit is over");
                term.type("results");
                term.press("Enter");
                term.pageTo("What really happened");
                term.type("quit");
                term.press("Enter");
                for (int i = 0; i < 100 && term.alive(); i++) {
                    Thread.sleep(50);
                }
                assertThat(term.alive()).as("the client exits on quit").isFalse();
            }
            assertThat(Files.readString(home.resolve(".summit_history"))).contains("brief", "propose human");
        }
    }
}
