package org.summitsim.core.rules;

import java.util.Locale;

/** A vote on an amendment. */
public enum Ballot {
    SUPPORT,
    OPPOSE,
    ABSTAIN;

    public static Ballot parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "support", "yes", "for" -> SUPPORT;
            case "oppose", "no", "against" -> OPPOSE;
            case "abstain" -> ABSTAIN;
            default -> throw new IllegalArgumentException("not a ballot: " + text);
        };
    }
}
