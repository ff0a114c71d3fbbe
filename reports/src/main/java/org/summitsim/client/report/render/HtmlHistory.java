package org.summitsim.client.report.render;

import static org.summitsim.client.report.render.Html.esc;

import org.summitsim.client.report.debrief.DebriefReport;
import org.summitsim.client.report.debrief.DebriefReport.BackgroundResult;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.client.report.debrief.DebriefReport.HistoryComparison;
import org.summitsim.client.report.debrief.Labels;

/** The class's decisions and signatory count next to the real summit's. */
final class HtmlHistory {

    private HtmlHistory() {}

    static String render(DebriefReport r) {
        HistoryComparison h = r.history();
        StringBuilder b = new StringBuilder();
        if (h.summary() != null) {
            b.append("<p>").append(esc(h.summary())).append("</p>\n");
        }
        b.append("<p><strong>Signatories:</strong> ")
                .append(h.signatories())
                .append(" of ")
                .append(h.attending())
                .append(" attending states signed in class");
        if (h.withinRange() != null) {
            b.append(
                    h.withinRange()
                            ? " — <span class=\"yes\">within the reported range (" + esc(h.range()) + ")</span>"
                            : " — <span class=\"no\">outside the reported range (" + esc(h.range()) + ")</span>");
        }
        b.append('.');
        // The author's words stand on their own after a label: they may be a number, a range or a sentence.
        if (h.reportedSignatories() != null) {
            b.append(" <strong>Reported for the real summit:</strong> ").append(esc(h.reportedSignatories()));
        }
        b.append("</p>\n");
        if (h.uncertainty() != null) {
            b.append("<p class=\"muted\">").append(esc(h.uncertainty())).append("</p>\n");
        }
        HtmlTable t = new HtmlTable().head("Delegation", "In class", "In reality", "Same?", "Source note");
        for (DelegationResult d : r.delegations()) {
            t.row(
                    null,
                    esc(d.name()),
                    HtmlReport.badge(d.decision()),
                    d.realDecision() == null
                            ? "<span class=\"muted\">unknown</span>"
                            : HtmlReport.badge(d.realDecision()),
                    same(d.matchesHistory()),
                    "<span class=\"muted\">" + esc(d.realNote()) + "</span>");
        }
        b.append(t.render());
        if (!h.background().isEmpty()) {
            b.append("<h3>States no one played</h3>\n");
            HtmlTable g = new HtmlTable().head("Group", "#States", "In class", "In reality", "Note");
            for (BackgroundResult bg : h.background()) {
                g.row(
                        null,
                        esc(bg.name()) + (bg.standIn() ? " <span class=\"muted\">(stand-in)</span>" : ""),
                        "#" + bg.states(),
                        bg.decision() == null
                                ? "<span class=\"muted\">did not attend</span>"
                                : HtmlReport.badge(bg.decision()),
                        real(bg),
                        "<span class=\"muted\">" + esc(bg.note()) + "</span>");
            }
            b.append(g.render());
        }
        return b.toString();
    }

    /** A real state's recorded decision; for a stand-in group, that there is no record, only an assumption. */
    private static String real(BackgroundResult bg) {
        if (bg.standIn()) {
            return "<span class=\"muted\">no record: stand-in"
                    + (bg.realDecision() == null ? "" : ", assumed " + esc(Labels.decision(bg.realDecision())))
                    + "</span>";
        }
        return bg.realDecision() == null ? "<span class=\"muted\">—</span>" : HtmlReport.badge(bg.realDecision());
    }

    private static String same(Boolean matches) {
        if (matches == null) {
            return "<span class=\"muted\">—</span>";
        }
        return matches ? "<span class=\"yes\">same</span>" : "<span class=\"no\">different</span>";
    }
}
