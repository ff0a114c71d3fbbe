package org.summitsim.client.report.compare;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.client.report.compare.Comparison.ClauseRow;
import org.summitsim.client.report.compare.Comparison.DelegationRow;
import org.summitsim.client.report.compare.Comparison.Room;
import org.summitsim.client.report.debrief.DebriefReport;
import org.summitsim.client.report.debrief.DebriefReport.ClauseResult;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.client.report.debrief.DebriefReport.RoundResult;
import org.summitsim.client.report.journal.ReportException;

/** Lines up the debriefs of rooms that played the same scenario. */
public final class ComparisonBuilder {

    private ComparisonBuilder() {}

    public static Comparison build(List<DebriefReport> reports) {
        DebriefReport first = reports.get(0);
        for (DebriefReport r : reports) {
            if (!r.meta().scenario().equals(first.meta().scenario())) {
                throw new ReportException("Only rooms of the same scenario can be compared, but "
                        + first.meta().room() + " played " + first.meta().scenario() + " and "
                        + r.meta().room() + " played " + r.meta().scenario() + ".");
            }
        }
        List<Room> rooms = reports.stream().map(ComparisonBuilder::room).toList();
        List<ClauseRow> text = new ArrayList<>();
        for (int c = 0; c < first.text().size(); c++) {
            ClauseResult base = first.text().get(c);
            int i = c;
            text.add(new ClauseRow(
                    base.clause(),
                    base.title(),
                    base.draftLabel(),
                    reports.stream().map(r -> r.text().get(i).label()).toList(),
                    reports.stream().map(r -> r.text().get(i).changed()).toList()));
        }
        List<DelegationRow> delegations = new ArrayList<>();
        for (int d = 0; d < first.delegations().size(); d++) {
            DelegationResult base = first.delegations().get(d);
            int i = d;
            delegations.add(new DelegationRow(
                    base.seat(),
                    base.name(),
                    base.realDecision(),
                    reports.stream().map(r -> r.delegations().get(i).decision()).toList(),
                    reports.stream().map(r -> r.delegations().get(i).percent()).toList(),
                    reports.stream()
                            .map(r -> r.delegations().get(i).bot())
                            .map(b -> b == null || b.isEmpty() ? null : b)
                            .collect(java.util.stream.Collectors.toList())));
        }
        var h = first.history();
        return new Comparison(
                first.meta().scenario(),
                first.meta().scenarioTitle(),
                h.reportedSignatories(),
                h.rangeMin(),
                h.rangeMax(),
                rooms,
                text,
                delegations,
                first.meta().parTable());
    }

    private static Room room(DebriefReport r) {
        var h = r.history();
        var b = r.binding();
        double meanScore = r.delegations().stream()
                .mapToDouble(DelegationResult::score)
                .average()
                .orElse(0);
        double meanPercent = r.delegations().stream()
                .mapToDouble(DelegationResult::percent)
                .average()
                .orElse(0);
        int adopted = r.rounds().stream().mapToInt(RoundResult::adopted).sum();
        int broken = (int) r.commitments().stream()
                .filter(c -> c.status().equals("BROKEN"))
                .count();
        return new Room(
                r.meta().room(),
                r.meta().label(),
                h.signatories(),
                h.attending(),
                h.withinRange(),
                b.count(),
                b.threshold(),
                b.reached(),
                meanScore,
                meanPercent,
                adopted,
                broken);
    }
}
