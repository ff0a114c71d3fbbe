package org.summitsim.client.report.render;

import java.util.Comparator;
import java.util.List;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.client.report.debrief.Labels;
import org.summitsim.core.scenario.Decision;

/**
 * Scores as a share of each delegation's best achievable outcome, best first. Points are not
 * comparable between roles; the share is, which is what a class wants to see.
 */
final class ScoreChart {

    private static final int LABEL = 180, BAR = 400, ROW = 24, TOP = 40;

    private ScoreChart() {}

    static String render(List<DelegationResult> rows) {
        List<DelegationResult> sorted = rows.stream()
                .sorted(Comparator.comparingDouble(DelegationResult::percent).reversed())
                .toList();
        int height = TOP + sorted.size() * ROW + 10;
        Svg svg = new Svg(720, height, "Scores out of 100, best first");
        legend(svg);
        for (int p = 0; p <= 100; p += 25) {
            double x = LABEL + BAR * p / 100.0;
            svg.line(x, TOP - 6, x, height - 8, Colors.GRID, null);
            svg.text(x, TOP - 10, String.valueOf(p), "middle", "axis");
        }
        for (int i = 0; i < sorted.size(); i++) {
            DelegationResult r = sorted.get(i);
            double y = TOP + i * ROW;
            double w = BAR * Math.max(0, Math.min(100, r.percent())) / 100.0;
            svg.text(LABEL - 8, y + 15, Html.cut(r.name(), 24), "end", null);
            svg.rect(LABEL, y + 3, w, 16, Colors.of(r.decision()), r.defaulted() ? "fill-opacity=\"0.5\"" : null);
            svg.text(
                    LABEL + w + 6,
                    y + 15,
                    Labels.outOf100(r.percent()) + " out of 100 · " + Html.num(r.score()) + " pts"
                            + (r.defaulted() ? " (no decision)" : ""),
                    "start",
                    "value");
        }
        return svg.render("chart scores");
    }

    private static void legend(Svg svg) {
        double x = LABEL;
        for (Decision d : Decision.values()) {
            svg.rect(x, 4, 12, 12, Colors.of(d), null);
            String label = Labels.decision(d);
            svg.text(x + 17, 14, label, "start", "legend");
            x += 40 + label.length() * 7;
        }
    }
}
