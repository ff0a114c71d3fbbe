package org.summitsim.core.scenario;

/**
 * The push for legally binding law: it "reaches its threshold" when at least {@code threshold}
 * states (playable and background) decide PUSH_BINDING.
 */
public record BindingTrack(Integer threshold, String description) {
}
