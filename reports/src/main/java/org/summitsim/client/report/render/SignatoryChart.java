package org.summitsim.client.report.render;

import java.util.List;
import org.summitsim.client.report.compare.Comparison;
import org.summitsim.client.report.compare.Comparison.Room;

/** Signatories per room, with the real summit's reported range as a band behind the bars. */
final class SignatoryChart {

    private static final int LABEL = 180, BAR = 440, ROW = 26, TOP = 26;

    private SignatoryChart() {}

    static String render(Comparison c) {
        List<Room> rooms = c.rooms();
        int max = rooms.stream().mapToInt(Room::attending).max().orElse(1);
        if (c.rangeMax() != null) {
            max = Math.max(max, c.rangeMax());
        }
        double unit = (double) BAR / Math.max(1, max);
        int height = TOP + rooms.size() * ROW + 12;
        Svg svg = new Svg(720, height, "Signatories in each room against the real summit");
        if (c.rangeMin() != null) {
            // An open-ended count ("more than 60") shades to the end of the axis: no upper bound is drawn.
            double end = c.rangeMax() != null ? c.rangeMax() : Math.max(max, c.rangeMin());
            svg.rect(LABEL + unit * c.rangeMin(), TOP - 6, unit * (end - c.rangeMin()), height - TOP, "#fff3c4", null);
            svg.text(LABEL + unit * c.rangeMin(), 12, "reported: " + c.reportedSignatories(), "start", "axis");
        }
        for (int i = 0; i < rooms.size(); i++) {
            Room r = rooms.get(i);
            double y = TOP + i * ROW;
            svg.text(LABEL - 8, y + 15, Html.cut(r.label(), 26), "end", null);
            svg.rect(LABEL, y + 3, unit * r.signatories(), 16, Colors.SUPPORT, null);
            svg.text(
                    LABEL + unit * r.signatories() + 6,
                    y + 15,
                    r.signatories() + " of " + r.attending(),
                    "start",
                    "value");
        }
        return svg.render("chart signatories");
    }
}
