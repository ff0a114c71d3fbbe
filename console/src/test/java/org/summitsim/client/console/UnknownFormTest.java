package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.summitsim.client.console.command.CommandTable;
import org.summitsim.client.console.render.Style;

/** A mistyped second word of a two-word command is refused, not taken for the one-word command. */
class UnknownFormTest {

    /** What the console prints for these lines, each refused. */
    private static String refused(String... lines) throws Exception {
        StringWriter out = new StringWriter();
        try (PlainIo io = new PlainIo(
                new BufferedReader(new StringReader("")),
                new PrintWriter(out, true),
                new PrintWriter(out, true),
                false)) {
            Console console = new Console(new Sample().state(), io, Style.plain(), CommandTable.standard(), null, null);
            for (String line : lines) {
                assertThat(console.execute(line)).as(line).isFalse();
            }
        }
        return out.toString();
    }

    @Test
    void botsWithAMistypedWordSuggestsTheFormMeant() throws Exception {
        assertThat(refused("bots fil", "bots xyzzy"))
                .contains("There is no command \"bots fil\". Did you mean `bots fill`? `bots` alone, or with one of:"
                        + " `bots fill`, `bots remove`.")
                .contains("There is no command \"bots xyzzy\". `bots` alone, or with one of:")
                .doesNotContain("Bots: ");
    }

    @Test
    void aWordOfAnotherCommandSuggestsThatCommandNotALookAlike() throws Exception {
        assertThat(refused("sign", "push we need a treaty", "support A1"))
                .contains("There is no command \"sign\". Did you mean `decide sign`?")
                .doesNotContain("assign")
                .contains("There is no command \"push\". Did you mean `decide push we need a treaty`?")
                .contains("There is no command \"support\". Did you mean `vote A1 support`?");
    }

    /** A student types a sentence as in a chat: the console says how to say it, not "did you mean help". */
    @Test
    void aSentenceIsShownHowToSayIt() throws Exception {
        assertThat(refused("hello everyone we need a treaty", "how do i win"))
                .contains("There is no command \"hello\". To speak to the room, start with `say`:"
                        + " `say hello everyone we need a treaty`. To one delegation: `dm DELEGATION MESSAGE`.")
                .contains("There is no command \"how\". To speak to the room, start with `say`: `say how do i win`.")
                .doesNotContain("Did you mean `help`");
    }
}
