package org.summitsim.client.report.compare;

import java.util.List;
import org.summitsim.core.scenario.Decision;

/**
 * Parallel rooms of one scenario side by side: the comparative debrief that role-play teaching
 * notes recommend when many tables play the same case. Lists run in room order. {@code parTable}:
 * whether the score out of 100 is rated against the scenario's par table (docs/RULES.md).
 */
public record Comparison(
        String scenario,
        String scenarioTitle,
        String reportedSignatories,
        Integer rangeMin,
        Integer rangeMax,
        List<Room> rooms,
        List<ClauseRow> text,
        List<DelegationRow> delegations,
        boolean parTable) {

    public record Room(
            String room,
            String label,
            int signatories,
            int attending,
            Boolean withinRange,
            int bindingCount,
            int bindingThreshold,
            boolean bindingReached,
            double meanScore,
            double meanPercent,
            int amendmentsAdopted,
            int commitmentsBroken) {}

    /** A clause's final wording in each room; {@code changed} marks where it left the chair's draft. */
    public record ClauseRow(
            String clause, String title, String draftLabel, List<String> labels, List<Boolean> changed) {}

    /** {@code bots}: per room, the strategy of the bot that played the seat, or null where people did. */
    public record DelegationRow(
            String seat,
            String name,
            Decision realDecision,
            List<Decision> decisions,
            List<Double> percents,
            List<String> bots) {}
}
