package org.summitsim.client.report.render;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.client.csv.Csv;
import org.summitsim.client.report.debrief.DebriefReport;
import org.summitsim.client.report.debrief.DebriefReport.Activity;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.client.report.debrief.Labels;

/** One row per delegation, for a grade book or a spreadsheet. */
public final class CsvReport {

    private CsvReport() {}

    public static String render(DebriefReport r) {
        List<String> parts = new ArrayList<>();
        r.delegations()
                .forEach(d -> d.breakdown().keySet().forEach(p -> {
                    if (!parts.contains(p)) {
                        parts.add(p);
                    }
                }));
        List<String> head =
                new ArrayList<>(List.of("seat", "name", "players", "decision", "defaulted", "score", "percent"));
        parts.forEach(p -> head.add("points_" + p));
        head.addAll(List.of(
                "real_decision",
                "matches_history",
                "floor_statements",
                "private_messages_sent",
                "caucus_messages_sent",
                "messages_sent",
                "amendments_proposed",
                "amendments_adopted",
                "commitments_kept",
                "commitments_broken",
                "commitments_void",
                "bot"));
        StringBuilder b = new StringBuilder(Csv.line(head));
        for (DelegationResult d : r.delegations()) {
            Activity a = d.activity();
            List<String> row = new ArrayList<>(List.of(
                    Csv.text(d.seat()),
                    Csv.text(d.name()),
                    Csv.text(String.join("; ", d.players())),
                    Csv.text(Labels.decision(d.decision())),
                    String.valueOf(d.defaulted()),
                    Csv.num(d.score()),
                    Csv.num(d.percent())));
            parts.forEach(p ->
                    row.add(d.breakdown().containsKey(p) ? Csv.num(d.breakdown().get(p)) : ""));
            row.addAll(List.of(
                    d.realDecision() == null ? "" : Csv.text(Labels.decision(d.realDecision())),
                    Csv.bool(d.matchesHistory()),
                    String.valueOf(a.floorStatements()),
                    String.valueOf(a.messagesSent()),
                    String.valueOf(a.caucusMessages()),
                    String.valueOf(a.spoken()),
                    String.valueOf(a.amendmentsProposed()),
                    String.valueOf(a.amendmentsAdopted()),
                    String.valueOf(a.kept()),
                    String.valueOf(a.broken()),
                    String.valueOf(a.voided()),
                    Csv.text(d.bot())));
            b.append(Csv.line(row));
        }
        return b.toString();
    }
}
