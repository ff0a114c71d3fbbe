package org.summitsim.client.report.render;

import java.util.Locale;

/** Escaping and number formats shared by the HTML and SVG writers. */
public final class Html {

    private Html() {}

    /** Escapes text for element content and quoted attribute values alike. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** One decimal, with a dot whatever the machine's locale, so reports are the same everywhere. */
    public static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** "1 state", "3 states". */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Cuts long labels for charts; the tables next to them carry the full text. */
    public static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s == null ? "" : s;
        }
        return s.substring(0, max - 1).stripTrailing() + "…";
    }
}
