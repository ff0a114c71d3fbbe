package org.summitsim.client.report.render;

import static org.summitsim.client.report.render.Html.esc;

/**
 * Builds one HTML table. Header labels are escaped here; cells are HTML that the caller has
 * escaped, so a cell may hold a badge or a quote.
 */
final class HtmlTable {

    private final StringBuilder b;

    HtmlTable() {
        b = new StringBuilder("<table>\n");
    }

    /** A table with a CSS class, e.g. "compact" for wide tables of numbers. */
    HtmlTable(String cssClass) {
        b = new StringBuilder("<table class=\"" + cssClass + "\">\n");
    }

    /** Headers starting with '#' are right-aligned numbers; the '#' is not shown. */
    HtmlTable head(String... labels) {
        b.append("<thead><tr>");
        for (String l : labels) {
            boolean num = l.startsWith("#");
            b.append(num ? "<th class=\"num\">" : "<th>")
                    .append(esc(num ? l.substring(1) : l))
                    .append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        return this;
    }

    /** A row; cells starting with '#' are right-aligned numbers; {@code cls} may be null. */
    HtmlTable row(String cls, String... cells) {
        b.append(cls == null ? "<tr>" : "<tr class=\"" + cls + "\">");
        for (String c : cells) {
            boolean num = c.startsWith("#");
            b.append(num ? "<td class=\"num\">" : "<td>")
                    .append(num ? c.substring(1) : c)
                    .append("</td>");
        }
        b.append("</tr>\n");
        return this;
    }

    String render() {
        return b + "</tbody></table>\n";
    }
}
