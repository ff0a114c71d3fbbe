package org.summitsim.core.scenario;

/**
 * The push for legally binding law: it "reaches its threshold" when at least {@code threshold}
 * states (playable and background) decide PUSH_BINDING. A state that pushed when the coalition
 * fell short loses {@code failedPushCost}: it walked away from the text for a protest nobody
 * joined. So pushing pays only together, and a coalition has to be built (pledges, deals, talk).
 *
 * <p>With {@code signingHedges}, a state against binding law that signs the declaration bears only
 * half of a treaty track launched anyway: it backed the voluntary route and can say so at home. Its
 * choice between signing and abstaining then turns on whether it expects the coalition to form.
 */
public record BindingTrack(Integer threshold, String description, Integer failedPushCost, Boolean signingHedges) {

    public BindingTrack {
        failedPushCost = failedPushCost == null ? 0 : failedPushCost;
        signingHedges = Boolean.TRUE.equals(signingHedges);
    }

    public BindingTrack(Integer threshold, String description, Integer failedPushCost) {
        this(threshold, description, failedPushCost, false);
    }

    public BindingTrack(Integer threshold, String description) {
        this(threshold, description, 0);
    }
}
