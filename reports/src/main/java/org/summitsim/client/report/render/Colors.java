package org.summitsim.client.report.render;

import java.util.Locale;
import org.summitsim.core.scenario.Decision;

/** One colour per decision, used alike in charts and badges, and distinct in greyscale print too. */
final class Colors {

    static final String SUPPORT = "#2e7d32";
    static final String OBJECT = "#c62828";
    static final String ABSTAIN = "#b0b0b0";
    static final String INK = "#222";
    static final String GRID = "#ddd";

    private Colors() {}

    static String of(Decision d) {
        if (d == null) {
            return ABSTAIN;
        }
        return switch (d) {
            case SIGN -> "#2e7d32";
            case ABSTAIN -> "#9e9e9e";
            case PUSH_BINDING -> "#5e35b1";
        };
    }

    /** CSS class of a decision badge. */
    static String cls(Decision d) {
        return d == null ? "none" : d.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
