package org.summitsim.client.report.render;

import static org.summitsim.client.report.render.Html.esc;

import java.util.Locale;

/**
 * A small SVG writer: charts are drawn as inline SVG so the report needs no script, no network
 * and no fonts it does not carry, and prints as sharply as text.
 */
final class Svg {

    private final StringBuilder b = new StringBuilder();
    private final int width;
    private int height;

    Svg(int width, int height, String title) {
        this.width = width;
        this.height = height;
        b.append("<title>").append(esc(title)).append("</title>\n");
    }

    Svg rect(double x, double y, double w, double h, String fill, String extra) {
        b.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"%s/>%n",
                x,
                y,
                Math.max(0, w),
                h,
                fill,
                extra == null ? "" : " " + extra));
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, String extra) {
        b.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n",
                x1,
                y1,
                x2,
                y2,
                stroke,
                extra == null ? "" : " " + extra));
        return this;
    }

    /** {@code anchor}: start, middle or end. */
    Svg text(double x, double y, String text, String anchor, String cls) {
        b.append(String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>%n",
                x,
                y,
                anchor,
                cls == null ? "" : " class=\"" + cls + "\"",
                esc(text)));
        return this;
    }

    Svg raw(String markup) {
        b.append(markup).append('\n');
        return this;
    }

    void height(int h) {
        height = h;
    }

    /** The finished element; it scales to the page width and keeps its proportions. */
    String render(String cssClass) {
        return "<svg class=\"" + cssClass + "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " "
                + height + "\" role=\"img\">\n" + b + "</svg>\n";
    }
}
