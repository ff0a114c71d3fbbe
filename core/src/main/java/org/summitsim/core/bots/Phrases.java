package org.summitsim.core.bots;

import java.util.List;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.PlayerView.ClauseView;

/**
 * What bots say: short statements generated from their reasons, so a human negotiating with a
 * bot has something to answer.
 */
final class Phrases {

    private Phrases() {
    }

    /** The opening statement: the two clauses this delegation cares about most, and where it stands. */
    static String opening(Mind mind) {
        // The two widest spreads, the earlier clause first among equals (a stable sort's order).
        ClauseView first = null;
        ClauseView second = null;
        double firstSpread = 0;
        double secondSpread = 0;
        for (ClauseView c : mind.view().text()) {
            double s = mind.spread(c.id());
            if (first == null || Double.compare(-s, -firstSpread) < 0) {
                second = first;
                secondSpread = firstSpread;
                first = c;
                firstSpread = s;
            } else if (second == null || Double.compare(-s, -secondSpread) < 0) {
                second = c;
                secondSpread = s;
            }
        }
        List<ClauseView> top = second == null ? (first == null ? List.of() : List.of(first)) : List.of(first, second);
        StringBuilder s = new StringBuilder(mind.name(mind.me())).append(" thanks the chair. ");
        for (ClauseView c : top) {
            String ideal = mind.ideal(c.id());
            s.append(ideal.equals(c.current())
                    ? "We support the draft on " + quote(c.title()) + ". "
                    : "On " + quote(c.title()) + ", we want the text to say: "
                            + quote(mind.optionLabel(c.id(), ideal)) + ". ");
        }
        return s.toString().trim();
    }

    static String rationale(Mind mind, String clause, String option) {
        return "For " + mind.name(mind.me()) + ", " + quote(mind.optionLabel(clause, option))
                + " is what makes this clause acceptable" + (mind.gain(clause, option) > 4 ? "; it matters a great deal to us." : ".");
    }

    static String dealNote(Mind mind, String theirs, String mine) {
        return "We can support " + quote(theirs) + " if you support " + quote(mine) + ". Shall we agree?";
    }

    /** Why a deal was declined, in terms of what it would cost. */
    static String refusal(Mind mind, org.summitsim.core.view.PlayerView.DealView d) {
        if (d.want() instanceof org.summitsim.core.rules.Promise.Support s) {
            return "We cannot promise to support " + quote(mind.optionLabel(s.clause(), s.option()))
                    + " on " + quote(mind.clause(s.clause()).title()) + ": it costs us more than your offer gives.";
        }
        return "We cannot accept deal " + d.id() + " as it stands; make us a better offer.";
    }

    static String decision(Mind mind, Decision d) {
        return switch (d) {
            case SIGN -> mind.name(mind.me()) + " signs: this text is a step we can stand behind.";
            case ABSTAIN -> mind.name(mind.me()) + " does not sign: the text does not yet meet our concerns.";
            case PUSH_BINDING -> mind.name(mind.me()) + " declines a non-binding text and calls for negotiations on binding law.";
        };
    }

    static String firm(Mind mind, String clause, String option) {
        return mind.name(mind.me()) + " will not accept less than " + quote(mind.optionLabel(clause, option))
                + " on " + quote(mind.clause(clause).title()) + ".";
    }

    static String bridge(Mind mind) {
        return "The chair's aim should be a text every delegation here can sign. "
                + mind.name(mind.me()) + " will support wordings that bring more states on board.";
    }

    /** Titles and labels are quoted as written, so proper nouns and acronyms survive. */
    static String quote(String text) {
        return "\"" + text + "\"";
    }
}
