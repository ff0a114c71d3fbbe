package org.summitsim.client.report.render;

import java.util.List;
import java.util.Locale;
import org.summitsim.client.report.debrief.DebriefReport.AmendmentResult;
import org.summitsim.client.report.debrief.DebriefReport.RoundResult;
import org.summitsim.client.report.debrief.Labels;

/**
 * The amendments round by round: who proposed what, and how the vote went (one square per
 * delegation: supports, objections, abstentions), so a class sees where the text moved and where
 * it stuck.
 */
final class TimelineChart {

    private static final int ROW = 22, HEAD = 26, LABEL = 370, TALLY = 230, RESULT = 612, WIDTH = 760;

    private TimelineChart() {}

    static String render(List<RoundResult> rounds) {
        int rows = rounds.stream().mapToInt(r -> r.amendments().size()).sum();
        int height = 30 + rounds.size() * HEAD + rows * ROW + 8;
        int votes = rounds.stream()
                .flatMap(r -> r.amendments().stream())
                .mapToInt(a -> a.supports() + a.objections() + a.abstentions())
                .max()
                .orElse(1);
        // One square per vote, as large as fits: 6 delegations get big squares, 24 still fit.
        double unit = Math.min(12, (TALLY - 8.0) / Math.max(1, votes));
        Svg svg = new Svg(WIDTH, height, "Amendments and votes, round by round");
        legend(svg);
        double y = 30;
        for (RoundResult r : rounds) {
            svg.rect(0, y + 2, WIDTH, HEAD - 6, "#f0f0f0", null);
            svg.text(
                    6,
                    y + 17,
                    Labels.stageTitle(r.stage()) + " — " + r.proposed() + " proposed, " + r.adopted() + " adopted, "
                            + r.rejected() + " rejected"
                            + (r.withdrawn() > 0 ? ", " + r.withdrawn() + " withdrawn" : "")
                            + (r.open() > 0 ? ", " + r.open() + " never voted on" : ""),
                    "start",
                    "head");
            y += HEAD;
            for (AmendmentResult a : r.amendments()) {
                row(svg, a, y, unit);
                y += ROW;
            }
        }
        return svg.render("chart timeline");
    }

    private static void row(Svg svg, AmendmentResult a, double y, double unit) {
        svg.text(6, y + 15, a.id(), "start", "id");
        svg.text(44, y + 15, Html.cut(a.name() + ": " + a.clauseTitle() + " → " + a.optionLabel(), 46), "start", null);
        double x = LABEL;
        x = squares(svg, x, y, a.supports(), Colors.SUPPORT, unit);
        x = squares(svg, x, y, a.objections(), Colors.OBJECT, unit);
        squares(svg, x, y, a.abstentions(), Colors.ABSTAIN, unit);
        String result = switch (a.status()) {
            case "ADOPTED" -> "✔ adopted " + a.supports() + "–" + a.objections() + "–" + a.abstentions();
            case "REJECTED" -> "✘ rejected " + a.supports() + "–" + a.objections() + "–" + a.abstentions();
            case "WITHDRAWN" -> "withdrawn";
            default -> "never voted on";
        };
        svg.text(RESULT, y + 15, result, "start", a.status().toLowerCase(Locale.ROOT));
    }

    private static double squares(Svg svg, double x, double y, int n, String fill, double unit) {
        double side = Math.max(3, unit - 2);
        for (int i = 0; i < n; i++) {
            svg.rect(x, y + 11 - side / 2, side, side, fill, null);
            x += unit;
        }
        return n > 0 ? x + 3 : x;
    }

    private static void legend(Svg svg) {
        String[][] items = {
            {Colors.SUPPORT, "support"}, {Colors.OBJECT, "oppose"}, {Colors.ABSTAIN, "abstain / no vote"}
        };
        double x = LABEL;
        for (String[] item : items) {
            svg.rect(x, 6, 10, 10, item[0], null);
            svg.text(x + 15, 15, item[1], "start", "legend");
            x += 30 + item[1].length() * 7;
        }
    }
}
