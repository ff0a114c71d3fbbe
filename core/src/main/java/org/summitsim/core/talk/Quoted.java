package org.summitsim.core.talk;

/**
 * Words someone said, in quotation marks. Quotes inside them become single ones, as English
 * nests them: “We can support ‘Meaningful human control’ if you vote for A3.”
 */
public final class Quoted {

    private Quoted() {}

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\u201c');
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append(open ? '\u2019' : '\u2018');
                open = !open;
            } else if (c == '\u201c') {
                out.append('\u2018');
            } else if (c == '\u201d') {
                out.append('\u2019');
            } else {
                out.append(c);
            }
        }
        return out.append('\u201d').toString();
    }
}
