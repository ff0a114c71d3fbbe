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

    /** The vote as something to do, before an amendment's name: "vote for", "vote against", "abstain on". */
    public String verb() {
        return switch (this) {
            case SUPPORT -> "vote for";
            case OPPOSE -> "vote against";
            case ABSTAIN -> "abstain on";
        };
    }

    /** The vote as something done, before an amendment's name: "voted for", "voted against", "abstained on". */
    public String past() {
        return switch (this) {
            case SUPPORT -> "voted for";
            case OPPOSE -> "voted against";
            case ABSTAIN -> "abstained on";
        };
    }
}
