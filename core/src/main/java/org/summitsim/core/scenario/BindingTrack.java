package org.summitsim.core.scenario;

/**
 * The push for legally binding law: it "reaches its threshold" when at least {@code threshold}
 * states (playable and background) decide PUSH_BINDING. A state that pushed when the coalition
 * fell short loses {@code failedPushCost}: it walked away from the text for a protest nobody
 * joined. So pushing pays only together, and a coalition has to be built (pledges, deals, talk).
 */
public record BindingTrack(Integer threshold, String description, Integer failedPushCost) {

    public BindingTrack {
        failedPushCost = failedPushCost == null ? 0 : failedPushCost;
    }

    public BindingTrack(Integer threshold, String description) {
        this(threshold, description, 0);
    }
}
