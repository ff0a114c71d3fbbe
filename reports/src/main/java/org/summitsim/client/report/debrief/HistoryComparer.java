package org.summitsim.client.report.debrief;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.client.report.debrief.DebriefReport.BackgroundResult;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.client.report.debrief.DebriefReport.HistoryComparison;
import org.summitsim.core.rules.BackgroundDecision;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.scenario.BackgroundState;
import org.summitsim.core.scenario.Debrief;
import org.summitsim.core.scenario.Scenario;

/** The class's summit against the real one: signatory count and each state's decision. */
final class HistoryComparer {

    private HistoryComparer() {}

    static HistoryComparison build(Scenario s, Outcome outcome, List<DelegationResult> delegations) {
        Debrief d = s.debrief();
        Debrief.Range range = d == null ? null : d.signatoryRange();
        Integer min = range == null ? null : range.min();
        Integer max = range == null ? null : range.max();
        Boolean within = range == null || min == null ? null : range.contains(outcome.signatoryCount());
        int comparable = (int)
                delegations.stream().filter(r -> r.matchesHistory() != null).count();
        int matching = (int) delegations.stream()
                .filter(r -> Boolean.TRUE.equals(r.matchesHistory()))
                .count();
        int unknown =
                (int) delegations.stream().filter(r -> r.realDecision() == null).count();
        List<BackgroundResult> background = new ArrayList<>();
        int standIns = 0;
        int standInStates = 0;
        for (BackgroundState b : s.backgroundStates()) {
            BackgroundDecision played = outcome.background().get(b.id());
            boolean standIn = b.history() != null && b.history().standIn();
            if (standIn) {
                standIns++;
                standInStates += b.count();
            }
            background.add(new BackgroundResult(
                    b.id(),
                    b.name(),
                    b.count(),
                    played == null ? null : played.decision(),
                    b.history() == null ? null : b.history().decision(),
                    standIn,
                    b.history() == null ? null : b.history().note()));
        }
        return new HistoryComparison(
                d == null ? null : d.history(),
                d == null ? null : d.reportedSignatories(),
                min,
                max,
                range == null || min == null ? null : range.describe(),
                uncertainty(range, unknown, standIns, standInStates),
                outcome.signatoryCount(),
                outcome.attendingStates(),
                within,
                matching,
                comparable,
                unknown,
                background);
    }

    /** How far the comparison can be trusted, in one or two sentences; null when there is nothing to say. */
    static String uncertainty(Debrief.Range range, int unknown, int standIns, int standInStates) {
        List<String> parts = new ArrayList<>();
        if (range != null && range.min() != null && range.openEnded()) {
            parts.add("the reported count has no upper bound (" + range.describe() + ")");
        } else if (range != null && range.min() != null && !range.min().equals(range.max())) {
            parts.add("the sources give counts from " + range.describe());
        }
        if (unknown > 0) {
            parts.add(unknown + (unknown == 1 ? " delegation here has" : " delegations here have")
                    + " no known real decision, so " + (unknown == 1 ? "it is" : "they are")
                    + " compared neither as signers nor as non-signers");
        }
        if (standIns > 0) {
            parts.add(standIns + (standIns == 1 ? " background group" : " background groups") + " (" + standInStates
                    + (standInStates == 1 ? " state" : " states") + ") stand in for governments not named here;"
                    + " what they did is an assumption sized to the reported count, not a record");
        }
        if (parts.isEmpty()) {
            return null;
        }
        String joined = String.join("; ", parts);
        return "How sure this is: " + joined + ".";
    }
}
