package org.summitsim.client.report.render;

import java.util.List;

/** Markdown pieces. Free text is made inert: a student's "<script>" or "|" must not change the page. */
public final class Md {

    private Md() {}

    public static String text(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("`", "\\`")
                .replace("[", "\\[")
                .replace("]", "\\]");
    }

    public static String cell(String s) {
        return text(s).replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }

    /** Headers starting with '#' are right-aligned numbers; the '#' is not shown. */
    public static String table(List<String> head, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        b.append("|");
        head.forEach(h ->
                b.append(' ').append(h.startsWith("#") ? h.substring(1) : h).append(" |"));
        b.append("\n|");
        head.forEach(h -> b.append(h.startsWith("#") ? " ---: |" : " --- |"));
        b.append('\n');
        for (List<String> row : rows) {
            b.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return b.append('\n').toString();
    }
}
