package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The questions asked before the room: a command typed at the name question is not taken for a name. */
class EntranceTest {

    /** Answers the questions in turn, as a person at a terminal would. */
    private static final class Answers implements ConsoleIo {
        final Deque<String> answers;
        final List<String> asked = new ArrayList<>();
        final List<String> printed = new ArrayList<>();

        Answers(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public String readLine() {
            return answers.poll();
        }

        @Override
        public String ask(String question) {
            asked.add(question);
            return answers.poll();
        }

        @Override
        public void print(String text) {
            printed.add(text);
        }

        @Override
        public void event(String text) {
            printed.add(text);
        }

        @Override
        public void raw(String line) {
            printed.add(line);
        }

        @Override
        public void status(String text) {}

        @Override
        public void prompt(String prompt) {}

        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public void close() {}
    }

    private static PlayOptions noName() {
        return new PlayOptions("127.0.0.1", 7777, null, "ABCD-EFGH", null, null, null, false, List.of(), null, null);
    }

    @Test
    void helpAtTheNameQuestionIsExplainedAndTheQuestionAskedAgain() throws Exception {
        Answers io = new Answers("help", "Ada");

        PlayOptions o = new Entrance(io, SeatMemory.off()).ask(noName());

        assertThat(o.name()).isEqualTo("Ada");
        assertThat(io.asked).hasSize(2);
        assertThat(io.printed)
                .singleElement()
                .asString()
                .startsWith("First your name, as the others will see it (Enter for ")
                .endsWith("the commands come once you are in the room.");
    }

    @Test
    void enterKeepsTheLoginName() throws Exception {
        Answers io = new Answers("");

        PlayOptions o = new Entrance(io, SeatMemory.off()).ask(noName());

        assertThat(o.name()).isEqualTo(System.getProperty("user.name", "Player"));
        assertThat(io.asked).hasSize(1);
    }
}
