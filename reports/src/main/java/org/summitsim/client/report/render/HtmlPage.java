package org.summitsim.client.report.render;

import static org.summitsim.client.report.render.Html.esc;

import java.util.List;

/** The frame of every HTML report: head with the inline stylesheet, title, contents, footer. */
final class HtmlPage {

    private HtmlPage() {}

    /** {@code toc} pairs: anchor id, then its label. */
    static String render(String title, String heading, String subtitle, List<String> toc, String body, String footer) {
        StringBuilder b = new StringBuilder(body.length() + 8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(esc(title))
                .append("</title>\n<style>\n")
                .append(ReportStyle.CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(esc(heading))
                .append("</h1>\n")
                .append("<p class=\"sub\">")
                .append(esc(subtitle))
                .append("</p>\n</header>\n<nav class=\"toc\">");
        for (int i = 0; i + 1 < toc.size(); i += 2) {
            b.append("<a href=\"#")
                    .append(toc.get(i))
                    .append("\">")
                    .append(esc(toc.get(i + 1)))
                    .append("</a>");
        }
        b.append("</nav>\n")
                .append(body)
                .append("<footer>")
                .append(esc(footer))
                .append("</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    static String section(String id, String title, String content) {
        return "<section id=\"" + id + "\">\n<h2>" + esc(title) + "</h2>\n" + content + "</section>\n";
    }

    static String figure(String svg, String caption) {
        return "<figure>\n" + svg + "<figcaption>" + esc(caption) + "</figcaption>\n</figure>\n";
    }
}
