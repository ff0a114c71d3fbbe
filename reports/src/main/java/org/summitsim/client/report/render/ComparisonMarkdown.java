package org.summitsim.client.report.render;

import static org.summitsim.client.report.render.Md.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.summitsim.client.report.compare.Comparison;
import org.summitsim.client.report.compare.Comparison.ClauseRow;
import org.summitsim.client.report.compare.Comparison.DelegationRow;
import org.summitsim.client.report.compare.Comparison.Room;
import org.summitsim.client.report.debrief.Labels;

/** Parallel rooms side by side in Markdown: one column per room. */
public final class ComparisonMarkdown {

    private ComparisonMarkdown() {}

    public static String render(Comparison c) {
        List<String> head = new ArrayList<>(List.of(""));
        c.rooms().forEach(r -> head.add(cell(r.label())));
        StringBuilder b = new StringBuilder("# ")
                .append(Md.text(c.scenarioTitle()))
                .append(": ")
                .append(c.rooms().size())
                .append(" rooms compared\n\n");
        if (c.reportedSignatories() != null) {
            b.append("**Reported for the real summit:** ")
                    .append(Md.text(c.reportedSignatories()))
                    .append("\n\n");
        }
        b.append("## Outcomes\n\n")
                .append(Md.table(
                        head,
                        List.of(
                                row(
                                        "Signatories",
                                        c,
                                        r -> r.signatories() + " of " + r.attending()
                                                + (r.withinRange() == null
                                                        ? ""
                                                        : r.withinRange()
                                                                ? " (within the reported range)"
                                                                : " (outside the reported range)")),
                                row(
                                        "Binding law",
                                        c,
                                        r -> Html.count(r.bindingCount(), "state") + " pushed, " + r.bindingThreshold()
                                                + " needed: " + (r.bindingReached() ? "reached" : "not reached")),
                                row(
                                        "Mean score",
                                        c,
                                        r -> Html.num(r.meanScore()) + " pts, " + Labels.outOf100(r.meanPercent())
                                                + " out of 100"),
                                row("Amendments adopted", c, r -> String.valueOf(r.amendmentsAdopted())),
                                row("Commitments broken", c, r -> String.valueOf(r.commitmentsBroken())))));
        List<String> textHead = new ArrayList<>(head);
        textHead.add(1, "Chair's draft");
        List<List<String>> text = new ArrayList<>();
        for (ClauseRow row : c.text()) {
            List<String> cells = new ArrayList<>(List.of("**" + cell(row.title()) + "**", cell(row.draftLabel())));
            for (int i = 0; i < row.labels().size(); i++) {
                cells.add(
                        row.changed().get(i)
                                ? "**" + cell(row.labels().get(i)) + "**"
                                : cell(row.labels().get(i)));
            }
            text.add(cells);
        }
        b.append("## Final texts\n\nBold: changed from the chair's draft.\n\n").append(Md.table(textHead, text));
        List<String> decHead = new ArrayList<>(head);
        decHead.add(1, "In reality");
        List<List<String>> dec = new ArrayList<>();
        for (DelegationRow row : c.delegations()) {
            List<String> cells = new ArrayList<>(List.of(cell(row.name()), Labels.decision(row.realDecision())));
            for (int i = 0; i < row.decisions().size(); i++) {
                String bot = row.bots().get(i);
                cells.add(Labels.decision(row.decisions().get(i)) + " ("
                        + Labels.outOf100(row.percents().get(i)) + " out of 100"
                        + (bot == null ? "" : "; bot: " + bot) + ")");
            }
            dec.add(cells);
        }
        return b.append("## Each delegation in each room\n\nEach room: the decision, then the score out of 100, and"
                        + " which bot played the seat where no student did (each room draws its bots' styles). ")
                .append(Labels.outOf100Explained(c.parTable()))
                .append("\n\n")
                .append(Md.table(decHead, dec))
                .toString();
    }

    private static List<String> row(String label, Comparison c, Function<Room, String> cell) {
        List<String> out = new ArrayList<>(List.of("**" + label + "**"));
        c.rooms().forEach(r -> out.add(cell.apply(r)));
        return out;
    }
}
