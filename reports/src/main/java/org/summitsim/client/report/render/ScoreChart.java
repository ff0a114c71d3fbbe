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

    private static final int LABEL = 180, BAR = 400, ROW = 24, TOP = 40, WIDTH = 720;

    /**
     * The widest a character of the value labels (11 px, the report's sans-serif) may be, with room
     * to spare: the chart is made wide enough for the longest label at the end of a full bar, so
     * "100 out of 100 · 40.6 pts" is not cut off at its right edge.
     */
    private static final double CHAR = 7.0;

    private ScoreChart() {}

    static String render(List<DelegationResult> rows) {
        List<DelegationResult> sorted = rows.stream()
                .sorted(Comparator.comparingDouble(DelegationResult::percent).reversed())
                .toList();
        int height = TOP + sorted.size() * ROW + 10;
        int widest = sorted.stream().mapToInt(r -> value(r).length()).max().orElse(0);
        int width = Math.max(WIDTH, (int) Math.ceil(LABEL + BAR + 6 + widest * CHAR + 4));
        Svg svg = new Svg(width, height, "Scores out of 100, best first");
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
            svg.text(LABEL + w + 6, y + 15, value(r), "start", "value");
        }
        return svg.render("chart scores");
    }

    private static String value(DelegationResult r) {
        return Labels.outOf100(r.percent()) + " out of 100 · " + Html.num(r.score()) + " pts"
                + (r.defaulted() ? " (no decision)" : "");
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
