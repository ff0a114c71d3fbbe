package org.summitsim.core.scenario;

import java.util.Locale;

/** A delegation's final choice on the declaration. */
public enum Decision {
    SIGN,
    ABSTAIN,
    /** Decline the non-binding text and demand negotiations on binding law. */
    PUSH_BINDING;

    /** Accepts the forms people type: sign, abstain, push, push_binding, push-binding. */
    public static Decision parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.equals("PUSH")) {
            return PUSH_BINDING;
        }
        return Decision.valueOf(t);
    }

    /** The decision as something to do, after "to": "sign", "abstain", "push for binding law". */
    public String inWords() {
        return switch (this) {
            case SIGN -> "sign";
            case ABSTAIN -> "abstain";
            case PUSH_BINDING -> "push for binding law";
        };
    }
}
