package org.summitsim.core.rules;

/** Size limits on free text, so one player cannot flood a room's log. */
final class Limits {
    static final int STATEMENT = 2000;
    static final int NAME = 80;
    static final int CAUCUS_MEMBERS = 40;

    private Limits() {}

    /**
     * A rejection for missing, blank or oversized text, or null when the text is fine. A missing
     * text is refused as a blank one (empty_text), with {@code ifMissing}: the sentence that names
     * the field as it is sent.
     */
    static Verdict checkText(String what, String text, int max, String ifMissing) {
        if (text == null) {
            return Verdict.reject(RejectionCode.EMPTY_TEXT, ifMissing);
        }
        return checkText(what, text, max);
    }

    /** A rejection for blank or oversized text, or null when the text is fine. */
    static Verdict checkText(String what, String text, int max) {
        if (text == null || text.isBlank()) {
            return Verdict.reject(RejectionCode.EMPTY_TEXT, "The " + what + " is empty. Write something to send.");
        }
        if (text.length() > max) {
            return Verdict.reject(
                    RejectionCode.TEXT_TOO_LONG,
                    "The " + what + " has " + text.length() + " characters; the limit is " + max
                            + ". Shorten it and send again.");
        }
        return null;
    }
}
