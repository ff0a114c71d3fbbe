package org.summitsim.client.report.debrief;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.client.report.debrief.DebriefReport.BackgroundResult;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.client.report.debrief.DebriefReport.HistoryComparison;
import org.summitsim.core.scenario.BackgroundState;
import org.summitsim.core.scenario.Debrief;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scoring.BackgroundDecision;
import org.summitsim.core.scoring.Outcome;

/** The class's summit against the real one: signatory count and each state's decision. */
final class HistoryComparer {

    private HistoryComparer() {
    }

    static HistoryComparison build(Scenario s, Outcome outcome, List<DelegationResult> delegations) {
        Debrief d = s.debrief();
        Debrief.Range range = d == null ? null : d.signatoryRange();
        Integer min = range == null ? null : range.min();
        Integer max = range == null ? null : range.max();
        Boolean within = min == null || max == null ? null
                : outcome.signatoryCount() >= min && outcome.signatoryCount() <= max;
        int comparable = (int) delegations.stream().filter(r -> r.matchesHistory() != null).count();
        int matching = (int) delegations.stream().filter(r -> Boolean.TRUE.equals(r.matchesHistory())).count();
        List<BackgroundResult> background = new ArrayList<>();
        for (BackgroundState b : s.backgroundStates()) {
            BackgroundDecision played = outcome.background().get(b.id());
            background.add(new BackgroundResult(b.id(), b.name(), b.count(), played == null ? null : played.decision(),
                    b.history() == null ? null : b.history().decision(), b.history() == null ? null : b.history().note()));
        }
        return new HistoryComparison(d == null ? null : d.history(), d == null ? null : d.reportedSignatories(),
                min, max, outcome.signatoryCount(), outcome.attendingStates(), within, matching, comparable, background);
    }
}
