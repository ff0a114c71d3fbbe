package org.summitsim.core.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error as a teacher can act on it: where ("line L, column C") and what, in words.
 * The parser only sees the character it stumbled on; this looks at the text around it to name the
 * usual culprits of hand-edited files: an extra comma before a closing bracket (reported where the
 * comma is), curly quotes pasted from a word processor, and comments, which JSON does not have.
 */
final class SyntaxProblem {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.)'");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']*)'");
    private static final Pattern CLOSE = Pattern.compile(
            "Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at .*line: (\\d+), column: (\\d+)");

    private SyntaxProblem() {}

    static Problem of(JacksonException e, String text) {
        JsonLocation at = e.getLocation();
        String jackson = e.getOriginalMessage().lines().findFirst().orElse("");
        Matcher m = UNEXPECTED.matcher(jackson);
        if (m.find() && at != null && (m.group(1).equals("}") || m.group(1).equals("]"))) {
            int comma = commaBefore(text, (int) at.getCharOffset(), m.group(1).charAt(0));
            if (comma >= 0) {
                return new Problem(
                        where(text, comma),
                        "the JSON is malformed: there is an extra comma before the" + " closing '" + m.group(1)
                                + "'; remove the comma");
            }
        }
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new Problem(where, "the JSON is malformed: " + plain(jackson));
    }

    /** Rewords the parser errors hand-edited files usually hit; anything else keeps Jackson's words. */
    static String plain(String jackson) {
        Matcher m;
        if ((m = DUPLICATE.matcher(jackson)).find()) {
            return "the field \"" + m.group(1) + "\" appears twice in the same object; keep only one";
        }
        if ((m = UNEXPECTED.matcher(jackson)).find()) {
            return unexpected(m.group(1).charAt(0));
        }
        if (jackson.startsWith("Trailing token")) {
            return "there is more after the end of the scenario object; remove it";
        }
        if (jackson.contains("end-of-input")) {
            return "the file ends too early; a closing } or ] is probably missing";
        }
        if ((m = CLOSE.matcher(jackson)).find()) {
            return "a closing '" + m.group(2) + "' is missing: the "
                    + (m.group(3).equals("Object") ? "object" : "list")
                    + " that starts at line " + m.group(4) + ", column " + m.group(5) + " is not closed before this '"
                    + m.group(1) + "'";
        }
        if (jackson.contains("CTRL-CHAR, code 10") || jackson.contains("CTRL-CHAR, code 13")) {
            return "a text runs on past the end of its line: a closing double quote (\") is probably missing";
        }
        if ((m = TOKEN.matcher(jackson)).find()) {
            return "'" + m.group(1) + "' is not valid JSON here; text must be in double quotes";
        }
        return jackson.trim();
    }

    private static String unexpected(char c) {
        if ("\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb".indexOf(c) >= 0) {
            return "the curly quote " + c + " cannot start or end a text; JSON needs straight double quotes (\"),"
                    + " as a plain-text editor types them";
        }
        if (c == '/' || c == '#') {
            return "'" + c + "' starts a comment, and JSON has no comments; put notes in a \"notes\" field"
                    + " (see docs/SCENARIOS.md)";
        }
        if (c == '\'') {
            return "text must be in double quotes (\"), not single quotes (')";
        }
        if (c == ',') {
            return "unexpected ','; is there an extra comma, or an extra '}' or ']' before it that closed an object"
                    + " or list too early?";
        }
        return "unexpected '" + c + "'; is a comma missing, or is there an extra comma just before it?";
    }

    /**
     * The offset of a comma just before the bracket {@code bracket} the parser stopped at (only white
     * space between), or -1. The parser's offset is that of the bracket, or of the character after it.
     */
    private static int commaBefore(String text, int offset, char bracket) {
        int close = Math.min(offset, text.length() - 1);
        if (close >= 0 && text.charAt(close) != bracket && close > 0 && text.charAt(close - 1) == bracket) {
            close--;
        }
        for (int i = close - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ',') {
                return i;
            }
            if (!Character.isWhitespace(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static String where(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }
}
