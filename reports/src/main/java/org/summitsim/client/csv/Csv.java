package org.summitsim.client.csv;

import java.util.List;
import java.util.Locale;

/**
 * The client's one CSV writer: cells and lines as RFC 4180 has them (cells joined by commas, lines
 * ended by CRLF, a cell holding a comma, a quote, CR or LF put in double quotes with its quotes
 * doubled), for the debrief, the transcripts and the tournament results.
 *
 * <p>Text that a spreadsheet would run as a formula, starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a CR, gets a leading apostrophe, as OWASP recommends for CSV injection:
 * statements are typed by students, strategy names can be file paths, and the files are opened by
 * teachers. The apostrophe is added before quoting, so it stays the first character of the cell.
 *
 * <p>Numbers are not text. A caller writes a numeric cell with {@link #num(double)} or
 * {@link String#valueOf}, never through {@link #text(String)}: a number such as {@code -3.5} then
 * stays {@code -3.5}, which a spreadsheet reads as a number, while a <em>text</em> cell {@code -3.5}
 * (a student's statement, say) becomes {@code '-3.5} like any other text with a formula lead.
 */
public final class Csv {

    private static final String FORMULA_LEADS = "=+-@\t\r";

    private Csv() {}

    /** One line: cells already made with the methods below, joined by commas, ended by CRLF. */
    public static String line(List<String> cells) {
        return String.join(",", cells) + "\r\n";
    }

    /** A text cell: formula leads neutralised, then quoted if it must be; null is the empty cell. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && FORMULA_LEADS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** A numeric cell with two decimals, whatever the locale; negative numbers keep their minus. */
    public static String num(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** true, false, or the empty cell for null. */
    public static String bool(Boolean b) {
        return b == null ? "" : b.toString();
    }
}
