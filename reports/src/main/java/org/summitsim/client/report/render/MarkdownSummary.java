package org.summitsim.client.report.render;

import static org.summitsim.client.report.render.Md.cell;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.client.report.debrief.DebriefReport;
import org.summitsim.client.report.debrief.DebriefReport.Activity;
import org.summitsim.client.report.debrief.DebriefReport.BackgroundResult;
import org.summitsim.client.report.debrief.DebriefReport.Binding;
import org.summitsim.client.report.debrief.DebriefReport.CaucusSummary;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.client.report.debrief.DebriefReport.HistoryComparison;
import org.summitsim.client.report.debrief.DebriefReport.Pusher;
import org.summitsim.client.report.debrief.Labels;

/** The Markdown sections for the headline figures, history, the coalition and the talk counts. */
final class MarkdownSummary {

    private MarkdownSummary() {}

    static String render(DebriefReport r) {
        HistoryComparison h = r.history();
        long changed = r.text().stream().filter(c -> c.changed()).count();
        int proposed = r.rounds().stream().mapToInt(x -> x.proposed()).sum();
        int adopted = r.rounds().stream().mapToInt(x -> x.adopted()).sum();
        long kept =
                r.commitments().stream().filter(c -> c.status().equals("KEPT")).count();
        long broken = r.commitments().stream()
                .filter(c -> c.status().equals("BROKEN"))
                .count();
        String result = r.meta().finalAdoption();
        return (result == null ? "" : "- **The declaration:** " + Md.text(result) + "\n")
                + "- **Signatories:** " + h.signatories() + " of " + h.attending() + " attending states"
                + (h.reportedSignatories() == null
                        ? ""
                        : " (reported for the real summit: " + Md.text(h.reportedSignatories()) + ")")
                + "\n"
                + "- **Binding law:** " + Html.count(r.binding().count(), "state") + " pushed for it, "
                + r.binding().threshold()
                + " needed: " + (r.binding().reached() ? "reached" : "not reached") + "\n"
                + "- **Text:** " + changed + " of " + r.text().size() + " clauses changed from the chair's draft\n"
                + "- **Amendments:** " + adopted + " of " + proposed + " adopted\n"
                + "- **Commitments:** " + kept + " kept, " + broken + " broken, "
                + (r.commitments().size() - kept - broken) + " never came due\n"
                + (h.comparable() > 0
                        ? "- **Like history:** " + h.matching() + " of " + h.comparable()
                                + " delegations decided as the real state did\n"
                        : "")
                + "\n";
    }

    static String binding(DebriefReport r) {
        Binding b = r.binding();
        StringBuilder s = new StringBuilder();
        if (b.description() != null) {
            s.append(Md.text(b.description())).append("\n\n");
        }
        s.append("**")
                .append(Html.count(b.count(), "state"))
                .append("** pushed for binding law; ")
                .append(b.threshold())
                .append(" were needed: ")
                .append(b.reached() ? "the threshold was reached." : "the threshold was not reached.")
                .append("\n\n");
        for (Pusher p : b.pushers()) {
            s.append("- ")
                    .append(Md.text(p.name()))
                    .append(p.seat() ? " (delegation)" : " (" + p.states() + " background states)")
                    .append('\n');
        }
        return s.append(b.pushers().isEmpty() ? "No delegation or group of states pushed for binding law.\n\n" : "\n")
                .toString();
    }

    static String history(DebriefReport r) {
        HistoryComparison h = r.history();
        StringBuilder s = new StringBuilder();
        if (h.summary() != null) {
            s.append(Md.text(h.summary())).append("\n\n");
        }
        s.append("**Signatories:** ")
                .append(h.signatories())
                .append(" of ")
                .append(h.attending())
                .append(" in class");
        if (h.withinRange() != null) {
            s.append(
                    h.withinRange()
                            ? " (within the reported range, " + Md.text(h.range()) + ")"
                            : " (outside the reported range, " + Md.text(h.range()) + ")");
        }
        s.append('.');
        // The author's words stand on their own after a label: they may be a number, a range or a sentence.
        if (h.reportedSignatories() != null) {
            s.append(" **Reported for the real summit:** ").append(Md.text(h.reportedSignatories()));
        }
        s.append("\n\n");
        if (h.uncertainty() != null) {
            s.append("*").append(Md.text(h.uncertainty())).append("*\n\n");
        }
        List<List<String>> rows = new ArrayList<>();
        for (DelegationResult d : r.delegations()) {
            rows.add(List.of(
                    cell(d.name()),
                    Labels.decision(d.decision()),
                    d.realDecision() == null ? "unknown" : Labels.decision(d.realDecision()),
                    d.matchesHistory() == null ? "—" : d.matchesHistory() ? "same" : "**different**",
                    cell(d.realNote())));
        }
        s.append(Md.table(List.of("Delegation", "In class", "In reality", "Same?", "Source note"), rows));
        if (!h.background().isEmpty()) {
            List<List<String>> groups = new ArrayList<>();
            for (BackgroundResult b : h.background()) {
                groups.add(List.of(
                        cell(b.name()) + (b.standIn() ? " (stand-in)" : ""),
                        "" + b.states(),
                        b.decision() == null ? "did not attend" : Labels.decision(b.decision()),
                        b.standIn()
                                ? "no record: stand-in"
                                        + (b.realDecision() == null
                                                ? ""
                                                : ", assumed " + Labels.decision(b.realDecision()))
                                : Labels.decision(b.realDecision()),
                        cell(b.note())));
            }
            s.append("### States no one played\n\n")
                    .append(Md.table(List.of("Group", "#States", "In class", "In reality", "Note"), groups));
        }
        return s.toString();
    }

    static String talk(DebriefReport r) {
        StringBuilder s = new StringBuilder("Private messages are counted, never quoted.\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (DelegationResult d : r.delegations()) {
            Activity a = d.activity();
            List<String> to = r.talk().messages().stream()
                    .filter(p -> p.from().equals(d.seat()))
                    .map(p -> name(r, p.to()) + " " + p.count())
                    .toList();
            rows.add(List.of(
                    cell(d.name()),
                    "" + a.floorStatements(),
                    "" + a.messagesSent(),
                    to.isEmpty() ? "—" : cell(String.join(", ", to)),
                    "" + a.caucusMessages(),
                    "" + a.amendmentsProposed(),
                    "" + a.amendmentsAdopted(),
                    "" + a.cosponsored(),
                    "" + a.votes(),
                    "" + a.pledges(),
                    "" + a.dealsOffered()));
        }
        s.append(Md.table(
                List.of(
                        "Delegation",
                        "#Floor",
                        "#Private sent",
                        "Wrote to",
                        "#Caucus",
                        "#Proposed",
                        "#Adopted",
                        "#Co-sponsored",
                        "#Votes",
                        "#Pledges",
                        "#Deals offered"),
                rows));
        if (r.talk().privateDetail() && !r.talk().caucuses().isEmpty()) {
            List<List<String>> caucuses = new ArrayList<>();
            for (CaucusSummary c : r.talk().caucuses()) {
                caucuses.add(List.of(
                        cell(c.name()),
                        cell(String.join(
                                ", ", c.members().stream().map(m -> name(r, m)).toList())),
                        "" + c.messages()));
            }
            s.append("### Caucuses\n\n").append(Md.table(List.of("Caucus", "Members", "#Messages"), caucuses));
        } else if (!r.talk().privateDetail()) {
            s.append(
                    "This room kept private channels from the facilitator, so caucuses are not named and deal terms are not shown.\n\n");
        }
        return s.toString();
    }

    private static String name(DebriefReport r, String seat) {
        return r.delegations().stream()
                .filter(d -> d.seat().equals(seat))
                .map(DelegationResult::name)
                .findFirst()
                .orElse(seat);
    }
}
