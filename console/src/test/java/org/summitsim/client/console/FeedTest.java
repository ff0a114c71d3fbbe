package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.client.console.render.Style;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.core.view.Viewer;
import org.summitsim.protocol.Welcome;

/** What the feed tells: the prompt follows a player the facilitator moves; a facilitator hears who joins. */
class FeedTest {

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
                null,
                null);
    }

    @Test
    void aFacilitatorIsToldWhoJoins() {
        var teacher = new org.summitsim.protocol.Presence.PlayerEntry("p0", "Teacher", "facilitator", null);
        var before = new org.summitsim.protocol.Presence(
                null,
                List.of(new org.summitsim.protocol.Presence.SeatPresence(
                        "germany", "empty", 0, List.of(), null, null, null)),
                0,
                List.of(teacher));
        var after = new org.summitsim.protocol.Presence(
                null,
                List.of(new org.summitsim.protocol.Presence.SeatPresence(
                        "germany", "present", 1, List.of("Ada"), null, null, null)),
                0,
                List.of(teacher, new org.summitsim.protocol.Presence.PlayerEntry("p1", "Ada", "player", "germany")));
        Feed feed = new Feed(new ClientState(), io, Style.plain(), false);
        feed.message(Sample.chairWelcome("c1", sample.match.view(Viewer.seat("netherlands")), before), "");
        feed.message(after, "");
        assertThat(events).contains("Ada joined as Germany.");
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
