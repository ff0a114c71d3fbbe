package org.summitsim.client.console.command;

import java.util.ArrayList;
import java.util.List;

/**
 * A typed line split into words, remembering where each word starts so that free text
 * (a statement, a rationale) can be taken verbatim from the original line.
 */
public final class Invocation {

    private final String line;
    private final List<String> words = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private int offset;

    public Invocation(String line) {
        this.line = line;
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(line.substring(start, i));
                starts.add(start);
            }
        }
    }

    /** Skips the command's own words, so {@link #arg(int)} 0 is its first argument. */
    Invocation shift(int commandWords) {
        offset = commandWords;
        return this;
    }

    public List<String> words() {
        return List.copyOf(words);
    }

    public String line() {
        return line;
    }

    public int count() {
        return words.size() - offset;
    }

    public String arg(int i) {
        int at = offset + i;
        return at < words.size() ? words.get(at) : null;
    }

    /** The argument, or a usage error that names it. */
    public String require(int i, String what) {
        String a = arg(i);
        if (a == null) {
            throw new ConsoleError("Say which " + what + ".", null);
        }
        return a;
    }

    /** Everything from argument {@code i} to the end of the line, as typed ("" if none). */
    public String rest(int i) {
        int at = offset + i;
        return at < words.size() ? line.substring(starts.get(at)).strip() : "";
    }
}
