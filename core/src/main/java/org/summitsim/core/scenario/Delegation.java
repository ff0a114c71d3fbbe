package org.summitsim.core.scenario;

/**
 * A state at the summit. {@code profile} is public; {@code brief} and {@code preferences} are
 * private to the seat (and the facilitator); {@code history} is what the real state did.
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
        History history) {

    public Delegation {
        playable = playable == null || playable;
    }
}
