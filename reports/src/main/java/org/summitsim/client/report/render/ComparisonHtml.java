package org.summitsim.client.report.render;

import static org.summitsim.client.report.render.Html.esc;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.client.report.compare.Comparison;
import org.summitsim.client.report.compare.Comparison.ClauseRow;
import org.summitsim.client.report.compare.Comparison.DelegationRow;
import org.summitsim.client.report.compare.Comparison.Room;
import org.summitsim.client.report.debrief.Labels;

/** Parallel rooms side by side as one HTML page: one column per room. */
public final class ComparisonHtml {

    private ComparisonHtml() {}

    public static String render(Comparison c) {
        List<String> roomHead = new ArrayList<>(List.of(""));
        c.rooms().forEach(r -> roomHead.add(r.label()));
        StringBuilder body = new StringBuilder();
        body.append(HtmlPage.section(
                "outcomes",
                "Outcomes",
                HtmlPage.figure(
                                SignatoryChart.render(c),
                                "Green: states that signed in each room. Yellow band: what the sources report for the real summit.")
                        + outcomes(c, roomHead)));
        HtmlTable text = new HtmlTable().head(with(roomHead, "Chair's draft", 1));
        for (ClauseRow row : c.text()) {
            List<String> cells =
                    new ArrayList<>(List.of("<strong>" + esc(row.title()) + "</strong>", esc(row.draftLabel())));
            for (int i = 0; i < row.labels().size(); i++) {
                cells.add(
                        row.changed().get(i)
                                ? "<strong>" + esc(row.labels().get(i)) + "</strong>"
                                : "<span class=\"muted\">" + esc(row.labels().get(i)) + "</span>");
            }
            text.row(null, cells.toArray(String[]::new));
        }
        body.append(HtmlPage.section(
                "text", "Final texts", "<p>Bold: changed from the chair's draft.</p>\n" + text.render()));
        HtmlTable dec = new HtmlTable().head(with(roomHead, "In reality", 1));
        for (DelegationRow row : c.delegations()) {
            List<String> cells = new ArrayList<>(List.of(
                    esc(row.name()),
                    row.realDecision() == null
                            ? "<span class=\"muted\">unknown</span>"
                            : HtmlReport.badge(row.realDecision())));
            for (int i = 0; i < row.decisions().size(); i++) {
                String bot = row.bots().get(i);
                cells.add(HtmlReport.badge(row.decisions().get(i)) + " <span class=\"muted\">"
                        + Labels.outOf100(row.percents().get(i)) + " out of 100"
                        + (bot == null ? "" : " · bot: " + esc(bot)) + "</span>");
            }
            dec.row(null, cells.toArray(String[]::new));
        }
        body.append(HtmlPage.section(
                "decisions",
                "Each delegation in each room",
                "<p>Each room: the decision, then the score out of 100, and which bot played the seat where no"
                        + " student did (each room draws its bots' styles). "
                        + esc(Labels.outOf100Explained(c.parTable()))
                        + "</p>\n" + dec.render()));
        return HtmlPage.render(
                "Comparison: " + c.scenarioTitle(),
                c.scenarioTitle(),
                "Comparison of " + c.rooms().size() + " rooms that played the same scenario",
                List.of("outcomes", "Outcomes", "text", "Final texts", "decisions", "Decisions"),
                body.toString(),
                "Made by summit report --compare. Private messages are never quoted.");
    }

    private static String outcomes(Comparison c, List<String> roomHead) {
        HtmlTable t = new HtmlTable().head(roomHead.toArray(String[]::new));
        t.row(
                null,
                cells(
                        "Signatories",
                        c,
                        r -> r.signatories() + " of " + r.attending()
                                + (r.withinRange() == null
                                        ? ""
                                        : r.withinRange()
                                                ? " <span class=\"yes\">within the reported range</span>"
                                                : " <span class=\"no\">outside the reported range</span>")));
        t.row(
                null,
                cells(
                        "Binding law",
                        c,
                        r -> Html.count(r.bindingCount(), "state") + " pushed, " + r.bindingThreshold() + " needed: "
                                + (r.bindingReached() ? "<span class=\"yes\">reached</span>" : "not reached")));
        t.row(
                null,
                cells(
                        "Mean score",
                        c,
                        r -> Html.num(r.meanScore()) + " pts, " + Labels.outOf100(r.meanPercent()) + " out of 100"));
        t.row(null, cells("Amendments adopted", c, r -> String.valueOf(r.amendmentsAdopted())));
        t.row(null, cells("Commitments broken", c, r -> String.valueOf(r.commitmentsBroken())));
        return t.render();
    }

    private static String[] cells(String label, Comparison c, java.util.function.Function<Room, String> cell) {
        List<String> out = new ArrayList<>(List.of("<strong>" + esc(label) + "</strong>"));
        c.rooms().forEach(r -> out.add(cell.apply(r)));
        return out.toArray(String[]::new);
    }

    private static String[] with(List<String> head, String extra, int at) {
        List<String> h = new ArrayList<>(head);
        h.add(at, extra);
        return h.toArray(String[]::new);
    }
}
