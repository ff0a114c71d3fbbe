package org.summitsim.client.report.render;

import java.util.Locale;
import org.summitsim.client.report.debrief.DebriefReport.Binding;
import org.summitsim.client.report.debrief.DebriefReport.Pusher;

/**
 * The binding-law coalition as one bar of states against the threshold line: the class sees at
 * a glance how far the push fell short, or by how much it cleared the bar.
 */
final class CoalitionChart {

    private static final int LEFT = 20, BAR = 660, TOP = 48;

    private CoalitionChart() {}

    static String render(Binding b) {
        int scale = Math.max(b.threshold(), b.count()) + Math.max(2, b.threshold() / 4);
        double unit = (double) BAR / scale;
        int height = TOP + 40 + 18 * Math.max(1, b.pushers().size()) + 10;
        Svg svg = new Svg(720, height, "Binding-law coalition against its threshold");
        svg.rect(LEFT, TOP, BAR, 26, "#f2f2f2", "stroke=\"#ccc\"");
        double x = LEFT;
        String[] shades = {"#5e35b1", "#7e57c2", "#9575cd", "#673ab7"};
        for (int i = 0; i < b.pushers().size(); i++) {
            Pusher p = b.pushers().get(i);
            svg.rect(x, TOP, unit * p.states(), 26, shades[i % shades.length], "stroke=\"#fff\"");
            x += unit * p.states();
        }
        double t = LEFT + unit * b.threshold();
        svg.line(t, TOP - 8, t, TOP + 34, Colors.OBJECT, "stroke-width=\"2\" stroke-dasharray=\"4 3\"");
        svg.text(t, TOP - 12, "threshold " + b.threshold(), "middle", "threshold");
        svg.text(
                LEFT,
                16,
                String.format(
                        Locale.ROOT,
                        "%s pushed for binding law; %d needed: %s",
                        Html.count(b.count(), "state"),
                        b.threshold(),
                        b.reached() ? "threshold reached" : "threshold not reached"),
                "start",
                "head");
        double y = TOP + 52;
        if (b.pushers().isEmpty()) {
            svg.text(LEFT, y, "No delegation or group of states pushed for binding law.", "start", "axis");
        }
        for (int i = 0; i < b.pushers().size(); i++) {
            Pusher p = b.pushers().get(i);
            svg.rect(LEFT, y - 10, 10, 10, shades[i % shades.length], null);
            svg.text(
                    LEFT + 16,
                    y,
                    p.name() + (p.seat() ? " (delegation)" : " (" + p.states() + " background states)"),
                    "start",
                    null);
            y += 18;
        }
        return svg.render("chart coalition");
    }
}
