package org.summitsim.client.console.render;

import org.summitsim.core.rules.Phase;

/** What to do in each phase, in one sentence with the commands that do it. */
public final class PhaseHints {

    private PhaseHints() {}

    /** The hint for the facilitator, who is the one to start. */
    public static String of(Phase phase, boolean facilitator) {
        return facilitator && phase == Phase.LOBBY
                ? "You start the summit: type `start` when everyone is seated (`who` shows who is here)."
                : of(phase);
    }

    public static String of(Phase phase) {
        return switch (phase) {
            case LOBBY -> "Waiting for the facilitator to start. Meanwhile read `brief`.";
            case BRIEFING -> "Read your instructions: `brief`, then the draft: `text`.";
            case OPENING -> "Make your opening statement: `say ...`. Talk privately with `dm ID ...`.";
            case ROUND -> "Negotiate: `propose CLAUSE OPTION why`, `vote ID support|oppose`, `dm`, `say`.";
            case FINAL -> "Amendments are closed. Decide: `decide sign|abstain|push [statement]`.";
            case RESULTS -> "See how it ended: `results`.";
        };
    }
}
