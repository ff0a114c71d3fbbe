package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.client.console.render.Style;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.core.view.Viewer;
import org.summitsim.protocol.Welcome;

/** The prompt names the delegation played, and follows the player when the facilitator moves them. */
class FeedPromptTest {

    private final Sample sample = new Sample();
    private final List<String> prompts = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    private final ConsoleIo io = new ConsoleIo() {
        @Override
        public String readLine() {
            return null;
        }

        @Override
        public String ask(String question) {
            return null;
        }

        @Override
        public void print(String text) {}

        @Override
        public void event(String text) {
            events.add(text);
        }

        @Override
        public void raw(String line) {}

        @Override
        public void status(String text) {}

        @Override
        public void prompt(String prompt) {
            prompts.add(prompt);
        }

        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public void close() {}
    };

    private Welcome welcome(String id, String seat) {
        return new Welcome(
                id,
                "r-1",
                "CODE",
                "Test",
                "player",
                seat,
                "p1",
                "Eve",
                "st.x",
                null,
                null,
                sample.match.view(Viewer.seat(seat)),
                null,
                null);
    }

    @Test
    void aMovedPlayersPromptNamesTheirNewDelegation() {
        Style plain = Style.plain();
        assertThat(Feed.prompt(welcome("j1", "costa-rica"), plain)).isEqualTo("Costa Rica> ");
        Feed feed = new Feed(new ClientState(), io, plain, false);
        feed.message(welcome("j1", "austria"), "");
        feed.message(welcome(null, "china"), ""); // unasked: the facilitator moved them
        assertThat(events).anyMatch(e -> e.contains("you are now the delegation of China"));
        assertThat(prompts).containsExactly("China> ");
    }
}
