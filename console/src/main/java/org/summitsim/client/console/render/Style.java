package org.summitsim.client.console.render;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Colours for the console, or none: plain text when the output is not a terminal, when
 * NO_COLOR is set (https://no-color.org) or TERM is dumb, so logs and pipes stay readable.
 */
public final class Style {

    private final boolean color;

    public Style(boolean color) {
        this.color = color;
    }

    public static Style plain() {
        return new Style(false);
    }

    /** Colour when writing to a terminal and the environment does not ask otherwise. */
    public static Style detect(boolean terminal) {
        String noColor = System.getenv("NO_COLOR");
        boolean off = (noColor != null && !noColor.isEmpty()) || "dumb".equals(System.getenv("TERM"));
        return new Style(terminal && !off);
    }

    public boolean colored() {
        return color;
    }

    /** JLine writes the escape codes, as it does for the line editor's own styles. */
    private String wrap(AttributedStyle style, String s) {
        return color ? new AttributedString(s, style).toAnsi() : s;
    }

    public String bold(String s) {
        return wrap(AttributedStyle.BOLD, s);
    }

    public String dim(String s) {
        return wrap(AttributedStyle.DEFAULT.faint(), s);
    }

    public String heading(String s) {
        return wrap(AttributedStyle.BOLD.underline(), s);
    }

    public String error(String s) {
        return wrap(AttributedStyle.DEFAULT.foreground(AttributedStyle.RED), s);
    }

    public String good(String s) {
        return wrap(AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN), s);
    }

    public String warn(String s) {
        return wrap(AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW), s);
    }

    public String talk(String s) {
        return wrap(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN), s);
    }

    public String secret(String s) {
        return wrap(AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA), s);
    }

    public String command(String s) {
        return wrap(AttributedStyle.BOLD.foreground(AttributedStyle.CYAN), s);
    }
}
