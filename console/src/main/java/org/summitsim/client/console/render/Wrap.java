package org.summitsim.client.console.render;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for paragraphs, with an indent for continuation lines. */
public final class Wrap {

    /** The widest line pages are wrapped to: long lines are hard to read even on a wide terminal. */
    public static final int WIDTH = 88;

    private static volatile int width = WIDTH;

    private Wrap() {}

    /** The terminal's own width, for tables wider than prose; unlimited until a terminal says. */
    private static volatile int columns = Integer.MAX_VALUE;

    /** Narrows pages to a terminal of {@code columns} (never wider than {@link #WIDTH}). */
    public static void width(int columns) {
        width = Math.max(20, Math.min(WIDTH, columns));
        Wrap.columns = Math.max(20, columns);
    }

    /** Back to no terminal: pages at {@link #WIDTH}, tables unlimited (as for a script). */
    public static void reset() {
        width = WIDTH;
        columns = Integer.MAX_VALUE;
    }

    /** How wide a table may be: the terminal's width (pages of prose stop at {@link #width()}). */
    public static int columns() {
        return columns;
    }

    /** The width pages are wrapped to now. */
    public static int width() {
        return width;
    }

    public static String text(String text, String indent) {
        return text(text, indent, width);
    }

    public static String text(String text, String indent, int width) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\n")) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(String.join("\n", lines(paragraph.strip(), indent, width)));
        }
        return out.toString();
    }

    private static List<String> lines(String paragraph, String indent, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : paragraph.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }
}
