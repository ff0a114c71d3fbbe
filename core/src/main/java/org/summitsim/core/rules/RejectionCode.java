package org.summitsim.core.rules;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Every reason the rules can refuse a command. Each constant is explained in docs/RULES.md
 * ("Why a command can be refused"), in this order; a test keeps the two lists equal. On the wire
 * a code is its name in lower case ({@link #wire()}), which clients rely on: rename none.
 */
public enum RejectionCode {
    INVALID,
    FORBIDDEN,
    UNKNOWN_SEAT,
    MISSING_STAGE,
    STALE,
    PAUSED,
    MATCH_OVER,
    WRONG_PHASE,
    UNKNOWN_DELEGATION,
    SELF_TARGET,
    EMPTY_TEXT,
    TEXT_TOO_LONG,
    UNKNOWN_CAUCUS,
    ALREADY_MEMBER,
    TOO_MANY_MEMBERS,
    UNKNOWN_CLAUSE,
    UNKNOWN_OPTION,
    NO_CHANGE,
    AMENDMENT_OPEN_ON_CLAUSE,
    OWN_AMENDMENT_OPEN,
    WORDING_VOTED_THIS_ROUND,
    UNKNOWN_AMENDMENT,
    AMENDMENT_CLOSED,
    NOT_PROPOSER,
    ALREADY_SPONSOR,
    ALREADY_VOTED,
    UNKNOWN_DEAL,
    NOT_ADDRESSEE,
    DEAL_CLOSED,
    ALREADY_READY,
    ALREADY_DECIDED,
    ALREADY_STARTED,
    ALREADY_PAUSED,
    NOT_PAUSED,
    UNKNOWN_INJECT,
    ALREADY_RELEASED,
    MUTED,
    UNKNOWN_STATEMENT,
    ALREADY_HIDDEN,
    ALREADY_MUTED,
    NOT_MUTED;

    // Locale.ROOT: in a Turkish locale "INVALID" would lower-case to a dotless ı.
    private final String wire = name().toLowerCase(Locale.ROOT);

    /** The code as programs see it: "stale", "unknown_seat". */
    @JsonValue
    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire;
    }
}
