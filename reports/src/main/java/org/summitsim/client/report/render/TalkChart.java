package org.summitsim.client.report.render;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitsim.client.report.debrief.DebriefReport.PairCount;
import org.summitsim.client.report.debrief.DebriefReport.Talk;

/**
 * Who wrote to whom in private, as a grid of counts (rows send, columns receive), with each
 * delegation's floor statements and caucus messages alongside. Counts only: a report never
 * quotes private talk.
 */
final class TalkChart {

    private static final int LABEL = 150, CELL = 26, TOP = 150;

    private TalkChart() {}

    static String render(Talk talk, Map<String, String> names) {
        List<String> seats = talk.seats();
        int n = seats.size();
        Map<String, Integer> counts = new HashMap<>();
        int max = 1;
        for (PairCount p : talk.messages()) {
            counts.put(p.from() + "\n" + p.to(), p.count());
            max = Math.max(max, p.count());
        }
        int maxFloor = Math.max(
                1,
                talk.floor().values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int maxCaucus = Math.max(
                1,
                talk.caucusMessages().values().stream()
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(1));
        int extra = LABEL + n * CELL + 16;
        // Room on the right for the last rotated column headers, which lean that way.
        int width = Math.max(720, extra + 2 * CELL + 140);
        Svg svg = new Svg(
                width, TOP + n * CELL + 30, "Private messages between delegations, with floor and caucus counts");
        for (int c = 0; c < n; c++) {
            header(svg, LABEL + c * CELL + CELL / 2.0, names.getOrDefault(seats.get(c), seats.get(c)));
        }
        header(svg, extra + CELL / 2.0, "Floor statements");
        header(svg, extra + CELL * 1.5, "Caucus messages");
        for (int r = 0; r < n; r++) {
            String from = seats.get(r);
            double y = TOP + r * CELL;
            svg.text(LABEL - 8, y + 17, Html.cut(names.getOrDefault(from, from), 20), "end", null);
            for (int c = 0; c < n; c++) {
                double x = LABEL + c * CELL;
                if (r == c) {
                    svg.rect(x, y, CELL - 2, CELL - 2, "#eee", null);
                    continue;
                }
                int k = counts.getOrDefault(from + "\n" + seats.get(c), 0);
                cell(svg, x, y, k, max, "#1565c0");
            }
            cell(svg, extra, y, talk.floor().getOrDefault(from, 0), maxFloor, "#ef6c00");
            cell(svg, extra + CELL, y, talk.caucusMessages().getOrDefault(from, 0), maxCaucus, "#00897b");
        }
        svg.text(LABEL, TOP + n * CELL + 20, "Rows wrote to columns. Darker means more messages.", "start", "axis");
        return svg.render("chart talk");
    }

    private static void header(Svg svg, double x, String label) {
        svg.raw(String.format(
                Locale.ROOT,
                "<text transform=\"translate(%.1f %d) rotate(-65)\" text-anchor=\"start\">%s</text>",
                x + 4,
                TOP - 6,
                Html.esc(Html.cut(label, 17))));
    }

    private static void cell(Svg svg, double x, double y, int count, int max, String color) {
        if (count == 0) {
            svg.rect(x, y, CELL - 2, CELL - 2, "#fafafa", "stroke=\"#e4e4e4\"");
            return;
        }
        double strength = 0.25 + 0.75 * count / max;
        svg.rect(x, y, CELL - 2, CELL - 2, color, String.format(Locale.ROOT, "fill-opacity=\"%.2f\"", strength));
        svg.text(x + (CELL - 2) / 2.0, y + 17, String.valueOf(count), "middle", strength > 0.6 ? "on-dark" : "count");
    }
}
