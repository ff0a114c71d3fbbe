package org.summitsim.client.report.render;

import java.util.List;
import java.util.Locale;

/**
 * CSV cells (RFC 4180). Text that a spreadsheet would run as a formula (starting with =, +, -,
 * @) gets a leading apostrophe: statements are typed by students, and the file is opened by teachers.
 */
public final class Csv {

    private Csv() {
    }

    public static String line(List<String> cells) {
        return String.join(",", cells) + "\r\n";
    }

    public static String text(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    public static String num(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    public static String bool(Boolean b) {
        return b == null ? "" : b.toString();
    }
}
