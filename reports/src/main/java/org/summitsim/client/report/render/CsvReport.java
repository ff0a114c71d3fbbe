package org.summitsim.client.report.render;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.client.csv.Csv;
import org.summitsim.client.report.debrief.Choice;
import org.summitsim.client.report.debrief.DebriefReport;
import org.summitsim.client.report.debrief.DebriefReport.Activity;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.client.report.debrief.Labels;
import org.summitsim.core.scenario.Decision;

/** One row per delegation, for a grade book or a spreadsheet. */
public final class CsvReport {

    private CsvReport() {}

    public static String render(DebriefReport r) {
        return render(List.of(r));
    }

    /**
     * One grade book for several rooms (parallel worlds of a class): the same columns, after a
     * first column {@code room} with each room's label, so rows keep their room when sorted.
     */
    public static String render(List<DebriefReport> reports) {
        boolean rooms = reports.size() > 1;
        List<String> parts = new ArrayList<>();
        reports.forEach(r -> r.delegations()
                .forEach(d -> d.breakdown().keySet().forEach(p -> {
                    if (!parts.contains(p)) {
                        parts.add(p);
                    }
                })));
        List<String> head = new ArrayList<>(rooms ? List.of("room") : List.of());
        head.addAll(List.of("seat", "name", "players", "decision", "defaulted", "score", "percent"));
        parts.forEach(p -> head.add("points_" + p));
        head.addAll(List.of("score_if_sign", "score_if_abstain", "score_if_push", "best_decision", "choice_short_by"));
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
        for (DebriefReport r : reports) {
            String room = rooms ? roomName(r, reports) : null;
            for (DelegationResult d : r.delegations()) {
                b.append(Csv.line(row(room, d, parts)));
            }
        }
        return b.toString();
    }

    /** The room's label, with its id when another room of the book has the same label. */
    private static String roomName(DebriefReport r, List<DebriefReport> reports) {
        String label = r.meta().label();
        boolean shared =
                reports.stream().filter(x -> x.meta().label().equals(label)).count() > 1;
        return shared ? label + " (" + r.meta().room() + ")" : label;
    }

    private static List<String> row(String room, DelegationResult d, List<String> parts) {
        Activity a = d.activity();
        List<String> row = new ArrayList<>(room == null ? List.of() : List.of(Csv.text(room)));
        row.addAll(List.of(
                Csv.text(d.seat()),
                Csv.text(d.name()),
                Csv.text(String.join("; ", d.players())),
                Csv.text(Labels.decision(d.decision())),
                String.valueOf(d.defaulted()),
                Csv.num(d.score()),
                Csv.num(d.percent())));
        parts.forEach(p ->
                row.add(d.breakdown().containsKey(p) ? Csv.num(d.breakdown().get(p)) : ""));
        Decision best = Choice.best(d);
        for (Decision x : Decision.values()) {
            row.add(best == null ? "" : Csv.num(d.ifDecided().get(x)));
        }
        row.add(best == null ? "" : Csv.text(Labels.decision(best)));
        row.add(best == null ? "" : Csv.num(Choice.shortBy(d)));
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
        return row;
    }
}
