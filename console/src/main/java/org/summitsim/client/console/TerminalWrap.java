package org.summitsim.client.console;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * Breaks text (with its colours) into lines that fit the terminal, between words, so the
 * terminal never cuts a word in two. Continuation lines keep the first line's indent, plus two
 * spaces, so a long statement still reads as one.
 */
final class TerminalWrap {

    private TerminalWrap() {}

    static List<AttributedString> lines(String text, int width) {
        List<AttributedString> out = new ArrayList<>();
        // Split at newlines only (no length limit), keeping each line's colours.
        for (AttributedString line : AttributedString.fromAnsi(text).columnSplitLength(Integer.MAX_VALUE)) {
            wrap(line, width, out);
        }
        return out;
    }

    private static void wrap(AttributedString line, int width, List<AttributedString> out) {
        String plain = line.toString();
        int indent = 0;
        while (indent < plain.length() && plain.charAt(indent) == ' ') {
            indent++;
        }
        String pad = " ".repeat(Math.min(indent + 2, Math.max(0, width / 3)));
        AttributedString rest = line;
        boolean first = true;
        while (true) {
            int room = first ? width : width - pad.length();
            if (width <= 0 || rest.columnLength() <= room) {
                out.add(
                        first
                                ? rest
                                : AttributedString.join(new AttributedString(""), new AttributedString(pad), rest));
                return;
            }
            int cut = breakAt(rest.toString(), room);
            AttributedString head = rest.subSequence(0, cut);
            out.add(first ? head : AttributedString.join(new AttributedString(""), new AttributedString(pad), head));
            int next = cut;
            while (next < rest.length() && rest.charAt(next) == ' ') {
                next++;
            }
            rest = rest.subSequence(next, rest.length());
            first = false;
        }
    }

    /** The last space within {@code room} columns, or {@code room} itself for a word longer than a line. */
    private static int breakAt(String s, int room) {
        int limit = Math.min(room, s.length());
        for (int i = limit; i > 0; i--) {
            if (i < s.length() && s.charAt(i) == ' ') {
                return i;
            }
        }
        return limit;
    }
}
