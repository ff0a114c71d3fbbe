package org.summitsim.client.report.render;

import static org.summitsim.client.report.render.Html.esc;

import org.summitsim.client.report.debrief.DebriefReport;
import org.summitsim.client.report.debrief.DebriefReport.HistoryComparison;
import org.summitsim.client.report.debrief.DebriefReport.RoundResult;

/** The headline figures of a debrief, as cards to put on the projector first. */
final class Summary {

    private Summary() {}

    static String cards(DebriefReport r) {
        HistoryComparison h = r.history();
        long changed = r.text().stream().filter(c -> c.changed()).count();
        int proposed = r.rounds().stream().mapToInt(RoundResult::proposed).sum();
        int adopted = r.rounds().stream().mapToInt(RoundResult::adopted).sum();
        long kept =
                r.commitments().stream().filter(c -> c.status().equals("KEPT")).count();
        long broken = r.commitments().stream()
                .filter(c -> c.status().equals("BROKEN"))
                .count();
        StringBuilder b = new StringBuilder("<div class=\"cards\">\n");
        if (r.meta().adopted() != null) {
            card(
                    b,
                    "The declaration",
                    r.meta().adopted() ? "adopted" : "not adopted",
                    r.meta().finalAdoption());
        }
        card(
                b,
                "Signatories",
                h.signatories() + " of " + h.attending(),
                h.reportedSignatories() == null
                        ? "states that attended"
                        : "reported for the real summit: " + h.reportedSignatories());
        card(
                b,
                "Binding law",
                Html.count(r.binding().count(), "state"),
                "pushed for it; " + r.binding().threshold() + " needed: "
                        + (r.binding().reached() ? "reached" : "not reached"));
        card(b, "Text", changed + " of " + r.text().size(), "clauses changed from the chair's draft");
        card(b, "Amendments", adopted + " of " + proposed, "proposed amendments adopted");
        card(
                b,
                "Commitments",
                kept + " kept",
                broken + " broken, " + (r.commitments().size() - kept - broken) + " never came due");
        if (h.comparable() > 0) {
            card(
                    b,
                    "Like history",
                    h.matching() + " of " + h.comparable(),
                    "delegations decided as the real state did");
        }
        return b.append("</div>\n").toString();
    }

    private static void card(StringBuilder b, String title, String big, String note) {
        b.append("<div class=\"card\"><span class=\"muted\">")
                .append(esc(title))
                .append("</span><span class=\"big\">")
                .append(esc(big))
                .append("</span><span class=\"muted\">")
                .append(esc(note))
                .append("</span></div>\n");
    }
}
