package org.summitsim.core.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A state at the summit. {@code profile} is public; {@code brief} and {@code preferences} are
 * private to the seat (and the facilitator); {@code history} is what the real state did.
 * {@code notes} and {@code sources} are the author's, for teachers and reports; players never see them.
 * {@code aliases} are other names players use for the state ("the US", "America"), see {@link Aliases}.
 */
public record Delegation(
        String id,
        String name,
        String bloc,
        Boolean playable,
        String profile,
        String publicStance,
        String brief,
        Preferences preferences,
        History history,
        String notes,
        List<String> sources,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> aliases) {

    public Delegation {
        playable = playable == null || playable;
        sources = Scenario.listOrEmpty(sources);
        aliases = Scenario.listOrEmpty(aliases);
    }

    public Delegation(
            String id,
            String name,
            String bloc,
            Boolean playable,
            String profile,
            String publicStance,
            String brief,
            Preferences preferences,
            History history) {
        this(id, name, bloc, playable, profile, publicStance, brief, preferences, history, null, null, null);
    }
}
