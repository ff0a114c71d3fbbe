package org.summitsim.core.rules;

import java.util.Locale;

/**
 * The ids a match gives amendments, caucuses, deals and pledges ("A1", "C1", "D1", "P1"). People
 * type them in any case, so commands accept "a1" for "A1".
 */
public final class MatchIds {

    private MatchIds() {}

    /** {@code id} as the match writes it (upper case; null stays null). */
    public static String canonical(String id) {
        return id == null ? null : id.strip().toUpperCase(Locale.ROOT);
    }
}
