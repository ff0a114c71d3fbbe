package org.summitsim.protocol;

/** Sizes of names and ids the server accepts (docs/PROTOCOL.md, "Limits"). */
public final class Limits {
    public static final int NAME = 40;
    public static final int REQUEST_ID = 64;
    public static final int TOKEN = 128;
    public static final int CODE = 32;
    public static final int SEAT = 64;
    /**
     * Characters of an uploaded scenario file: over three times the largest shipped one, and few
     * enough that its parts (8,000 characters each from Summit's client) fit in the rate limit's burst.
     */
    public static final int SCENARIO_CHARS = 300_000;

    public static final int EVENTS_PER_PAGE = 1000;
    /** How deep objects and lists may nest in a client message; the deepest real one is 4. */
    public static final int JSON_DEPTH = 16;
    /** The longest string value: a whole frame. */
    public static final int JSON_STRING = 64 * 1024;
    /** The most digits of a number: more than any long or double needs. */
    public static final int JSON_NUMBER = 32;
    /** The longest field name. */
    public static final int JSON_NAME = 64;

    private Limits() {}

    /** Null when {@code text} is null or fits; else the {@code text_too_long} error. */
    public static void check(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new ProtocolError(
                    ErrorCodes.TEXT_TOO_LONG,
                    "The " + field + " has " + text.length() + " characters; the limit is " + max + ".");
        }
    }

    public static String require(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new ProtocolError(
                    ErrorCodes.BAD_FIELD,
                    "The field \"" + field + "\" is " + (text == null ? "missing." : "empty; it needs a value."));
        }
        check(field, text, max);
        return text;
    }
}
