package org.summitsim.client.report.debrief;

import java.util.Locale;
import java.util.Map;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scoring.Hindsight;

/**
 * How well a delegation chose at the end, with the text and the others' decisions as they were
 * ({@link Hindsight}): the part of its result that was its own choice, which a teacher can
 * compare across roles and rooms when the results themselves cannot be.
 */
public final class Choice {

    private Choice() {}

    /** The decision that would have scored most; null when the report has no such figures. */
    public static Decision best(DelegationResult d) {
        if (d.ifDecided().isEmpty() || d.decision() == null) {
            return null;
        }
        return Hindsight.best(d.ifDecided(), d.decision());
    }

    /** Points the decision taken fell short of the best one (0 when it was the best). */
    public static double shortBy(DelegationResult d) {
        return d.ifDecided().isEmpty() || d.decision() == null ? 0 : shortBy(d.ifDecided(), d.decision());
    }

    /** Points {@code taken} fell short of the best of {@code ifDecided} (0 when it was the best). */
    public static double shortBy(Map<Decision, Double> ifDecided, Decision taken) {
        return ifDecided.get(Hindsight.best(ifDecided, taken)) - ifDecided.get(taken);
    }

    /** "the best of the three", or "2.3 points below abstaining"; empty without figures. */
    public static String inWords(DelegationResult d) {
        return d.ifDecided().isEmpty() || d.decision() == null ? "" : inWords(d.ifDecided(), d.decision());
    }

    /** "the best of the three", or "2.3 points below abstaining": {@code taken} among {@code ifDecided}. */
    public static String inWords(Map<Decision, Double> ifDecided, Decision taken) {
        Decision best = Hindsight.best(ifDecided, taken);
        double gap = shortBy(ifDecided, taken);
        if (best == taken || gap < 0.05) {
            return "the best of the three";
        }
        return String.format(Locale.ROOT, "%.1f points below ", gap) + gerund(best);
    }

    /** "signing", "abstaining", "pushing for binding law". */
    public static String gerund(Decision d) {
        return switch (d) {
            case SIGN -> "signing";
            case ABSTAIN -> "abstaining";
            case PUSH_BINDING -> "pushing for binding law";
        };
    }

    /** The sentence that says what the table of choices shows. */
    public static final String EXPLAINED = "What each final decision would have scored, with the final text and"
            + " every other delegation's decision as they were. A result depends on the whole room; the choice"
            + " at the end is the delegation's own, so this compares across roles and rooms.";
}
