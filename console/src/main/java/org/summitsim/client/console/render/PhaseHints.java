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

    /** The hint for whoever holds the chair without a seat: what the delegations do, and the chair's own commands. */
    public static String chair(Phase phase) {
        return switch (phase) {
            case LOBBY -> of(phase, true);
            case BRIEFING -> "The delegations read their briefs. `advance` opens the floor when they are ready.";
            case OPENING ->
                "The delegations make their opening statements. `announce TEXT` speaks as the chair;"
                        + " `advance` moves on.";
            case ROUND ->
                "The delegations negotiate. `callvote ID` closes a vote, `inject ID` releases news,"
                        + " `advance` ends the round.";
            case FINAL -> "The delegations decide. `monitor` shows who has; `advance` reveals the decisions.";
            case RESULTS -> "See how it ended: `results`.";
        };
    }

    /** The hint for one who watches without a seat or the chair. */
    public static String watching(Phase phase) {
        return switch (phase) {
            case LOBBY -> "Waiting for the facilitator to start.";
            case BRIEFING -> "The delegations read their briefs.";
            case OPENING -> "The delegations make their opening statements.";
            case ROUND -> "The delegations negotiate: amendments, votes and deals.";
            case FINAL -> "The delegations make their final decisions.";
            case RESULTS -> "See how it ended: `results`.";
        };
    }

    /** The hint for this console: a player's, the chair's or a spectator's. */
    public static String of(Phase phase, boolean facilitator, boolean seated) {
        return seated ? of(phase, facilitator) : facilitator ? chair(phase) : watching(phase);
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
