package org.summitsim.client.console.command;

import java.util.List;
import org.summitsim.client.console.state.ClientState;

/** Where the candidates for one argument come from; {@code before} are the words typed so far. */
@FunctionalInterface
public interface Completion {

    List<String> candidates(ClientState state, List<String> before);

    Completion NONE = (state, before) -> List.of();

    static Completion of(String... words) {
        List<String> list = List.of(words);
        return (state, before) -> list;
    }
}
