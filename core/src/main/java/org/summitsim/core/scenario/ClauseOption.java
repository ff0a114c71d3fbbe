package org.summitsim.core.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One wording a clause can take; {@code text} is what appears in the declaration. {@code aliases}
 * are the other names players give it ("MHC", "human control"), so bots understand their messages;
 * see {@link Aliases}.
 */
public record ClauseOption(
        String id,
        String label,
        String text,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> aliases) {

    public ClauseOption {
        aliases = Scenario.listOrEmpty(aliases);
    }

    public ClauseOption(String id, String label, String text) {
        this(id, label, text, null);
    }

    /** The same wording without its aliases: what a player's view shows of it. */
    public ClauseOption withoutAliases() {
        return aliases.isEmpty() ? this : new ClauseOption(id, label, text);
    }
}
