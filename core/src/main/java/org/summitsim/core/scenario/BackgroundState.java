package org.summitsim.core.scenario;

/**
 * States no one plays that still count on the signatory list, possibly a group of
 * {@code count} states deciding alike. {@code attended=false} ones (e.g. a state not invited)
 * never decide and appear only in the debrief.
 */
public record BackgroundState(
        String id, String name, Integer count, Boolean attended, BackgroundRule rule, History history) {

    public BackgroundState {
        count = count == null ? 1 : count;
        attended = attended == null || attended;
    }
}
