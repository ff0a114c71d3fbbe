package org.summitsim.client.console.render;

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

    private String wrap(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String heading(String s) {
        return wrap("1;4", s);
    }

    public String error(String s) {
        return wrap("31", s);
    }

    public String good(String s) {
        return wrap("32", s);
    }

    public String warn(String s) {
        return wrap("33", s);
    }

    public String talk(String s) {
        return wrap("36", s);
    }

    public String secret(String s) {
        return wrap("35", s);
    }

    public String command(String s) {
        return wrap("1;36", s);
    }
}
