package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Stage;
import org.summitsim.server.SummitServer;

/**
 * How the console uses the screen (tmux): long lines break between words at the terminal's
 * width, and incoming talk never pushes the answer the player just asked for out of sight.
 */
@IntegrationTest
class ScreenSpaceTest {

    @TempDir
    Path home;

    @BeforeAll
    static void needsTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
    }

    @Test
    void longStatementsBreakBetweenWordsAndTalkWaitsBelowALongAnswer() throws Exception {
        try (LiveServer server = new LiveServer()) {
            SummitServer.Created room = server.room("classroom-mini", LiveServer.SLOW);
            try (Chair chair = Chair.facilitator(server.port(), room.facilitatorToken());
                    Chair germany = Chair.player(server.port(), room.code(), "germany");
                    Tmux term = Tmux.start(
                            Tmux.summit(
                                    home.toFile(),
                                    "play 127.0.0.1:" + server.port() + " --name Ada --code " + room.code()
                                            + " --seat netherlands"),
                            70,
                            30)) {
                term.await("Welcome, Ada.");
                chair.advanceTo(Stage.round(1));
                term.await("== Now: round 1");

                String words = IntStream.rangeClosed(1, 40)
                        .mapToObj(i -> String.format(Locale.ROOT, "word%02d", i))
                        .collect(Collectors.joining(" "));
                germany.send(new Command.Say(words));
                term.await("word40");
                Matcher whole = Pattern.compile("\\bword\\d\\d\\b").matcher(term.rows());
                assertThat(whole.results().count())
                        .as("every word on the screen whole:%n%s", term.rows())
                        .isEqualTo(40);

                // The brief is longer than 30 rows: it stops where its first line would scroll away.
                term.type("brief");
                term.press("Enter");
                term.awaitVisible(Tmux.MORE);
                assertThat(term.visible())
                        .as("the brief's first page, its title still in sight")
                        .contains("First lesson: six states")
                        .doesNotContain("Partners you want to decide alongside");
                for (int i = 1; i <= 30; i++) {
                    germany.send(new Command.Say(String.format(Locale.ROOT, "Point %02d.", i)));
                }
                term.awaitVisible("new lines (Enter)");
                assertThat(term.visible())
                        .as("the talk waits while the student reads a page")
                        .doesNotContain("Point 01.");
                term.pageTo("Partners you want to decide alongside");
                assertThat(term.visible())
                        .as("the brief's last page, the pager's prompt gone and the talk still waiting")
                        .contains("Partners you want to decide alongside")
                        .doesNotContain(Tmux.MORE)
                        .doesNotContain("Point 30.");
                // Enter shows what was kept back; `clear` typed then does not wipe it unread.
                term.type("clear");
                term.press("Enter");
                term.awaitVisible("Point 30.");
                assertThat(term.visible())
                        .as("the screen after `clear`")
                        .doesNotContain("Partners you want to decide alongside");

                // Typing the next command stops a long page, says what was left out, and keeps every
                // letter typed (a pager's `q` would have eaten the first letter of `quit`).
                term.type("help all");
                term.press("Enter");
                term.awaitVisible(Tmux.MORE);
                term.type("status");
                term.awaitVisible("not shown: type the command again to read them.");
                term.press("Enter");
                term.awaitVisible("> status");
                assertThat(term.visible()).as("no page waits after the command").doesNotContain(Tmux.MORE);

                // Talk kept back under a long answer comes a screen at a time too, when Enter shows it.
                term.type("help all");
                term.press("Enter");
                term.awaitVisible(Tmux.MORE);
                for (int i = 1; i <= 40; i++) {
                    germany.send(new Command.Say(String.format(Locale.ROOT, "Line %02d.", i)));
                    Thread.sleep(60); // within the server's limit of 20 messages a second
                }
                term.pageTo("Netherlands> ");
                term.awaitVisible("new lines (Enter)");
                term.press("Enter");
                term.awaitVisible(Tmux.MORE);
                assertThat(term.visible()).as("the first screen of the talk").doesNotContain("Line 40.");
                term.pageTo("Line 40.");
            }
        }
    }
}
