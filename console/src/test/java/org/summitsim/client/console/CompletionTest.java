package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.client.console.command.CommandTable;

class CompletionTest {

    private final ConsoleCompleter completer =
            new ConsoleCompleter(CommandTable.standard(), new Sample().state(), () -> false);

    private List<String> after(String... words) {
        return completer.candidates(List.of(words));
    }

    @Test
    void commandNamesHideFacilitatorCommandsFromPlayers() {
        assertThat(after())
                .contains("brief", "text", "propose", "vote", "decide", "caucus", "help")
                .doesNotContain("advance", "pause");
        ConsoleCompleter chair = new ConsoleCompleter(CommandTable.standard(), new Sample().state(), () -> true);
        assertThat(chair.candidates(List.of())).contains("advance", "pause", "inject");
    }

    @Test
    void idsComeFromTheLatestView() {
        assertThat(after("dm")).contains("germany", "china").doesNotContain("netherlands");
        assertThat(after("propose")).contains("human", "instrument").doesNotContain("process");
        assertThat(after("propose", "human")).containsExactlyInAnyOrder("meaningful", "chain");
        assertThat(after("vote")).containsExactly("A1");
        assertThat(after("vote", "A1")).containsExactly("support", "oppose", "abstain");
        assertThat(after("accept")).containsExactly("D1");
        assertThat(after("text")).containsExactly("human", "process", "instrument");
        assertThat(after("decide")).containsExactly("sign", "abstain", "push");
    }

    @Test
    void subcommandsAndPromisesComplete() {
        assertThat(after("caucus")).contains("create", "invite", "say", "leave", "C1");
        assertThat(after("caucus", "say")).containsExactly("C1");
        assertThat(after("caucus", "create", "Friends")).containsExactly("with");
        assertThat(after("offer", "germany")).contains("vote", "sign");
        assertThat(after("offer", "germany", "vote")).containsExactly("A1");
        assertThat(after("offer", "germany", "sign", "if")).contains("human=meaningful");
        assertThat(after("help")).contains("brief", "vote");
        assertThat(after("wait", "phase")).contains("FINAL");
    }
}
