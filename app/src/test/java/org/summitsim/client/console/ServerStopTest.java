package org.summitsim.client.console;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;

/** `summit serve` stopped with Ctrl-C says so, and how many rooms it saved (tmux). */
@IntegrationTest
class ServerStopTest {

    @TempDir
    Path home;

    @BeforeAll
    static void needsTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
    }

    @Test
    void ctrlCStopsTheServerWithAWordAboutTheSavedRooms() throws Exception {
        Path data = home.resolve("data");
        // The shell stays a while after the server, so its last words can still be read.
        try (Tmux serve = Tmux.start(Tmux.summit(home.toFile(), "serve --port 0 --data " + data) + "; sleep 30")) {
            serve.await("Summit server listening on");
            Matcher port = Pattern.compile("listening on [^:]+:(\\d+)").matcher(serve.screen());
            if (!port.find()) {
                throw new AssertionError(serve.screen());
            }
            try (Tmux create = Tmux.start(Tmux.summit(
                            home.toFile(),
                            "class create --server 127.0.0.1:" + port.group(1) + " --scenario classroom-mini")
                    + "; sleep 30")) {
                create.await("Join code for students");
            }
            serve.press("C-c");
            // Started with --data, so that is how it comes back; "in this folder" would lose the room.
            serve.await("Summit server stopped. 1 room is saved in " + data + "; start the server again with --data "
                    + data + " and it comes back where it was.");
        }
    }
}
