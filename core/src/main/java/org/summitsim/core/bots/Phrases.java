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

    /** A coalition builder's opening: what it aims at, and whom it asks to join. */
    static String rally(Mind mind, Decision aim, List<String> allies) {
        String who = allies.isEmpty() ? "every delegation" : names(mind, allies);
        return aim == Decision.PUSH_BINDING
                ? mind.name(mind.me()) + " came for rules that bind. A declaration alone will not stop a machine from"
                        + " choosing its targets. We will push for a treaty, and we ask " + who + " to push with us:"
                        + " together we can start negotiations; alone, nobody can."
                : mind.name(mind.me()) + " wants a declaration that many states sign, and soon. We ask " + who
                        + " to sign it with us, so that it carries weight.";
    }

    static String coalitionPledge(Mind mind, Decision aim) {
        return aim == Decision.PUSH_BINDING
                ? mind.name(mind.me()) + " will push for negotiations on binding law, with every state that joins us."
                : mind.name(mind.me()) + " will sign the declaration.";
    }

    static String coalitionOffer(Mind mind, Decision aim) {
        return aim == Decision.PUSH_BINDING
                ? "A push by one state is a protest; a push by many starts a treaty. We push if you push. Agreed?"
                : "Let us sign together: a declaration that our friends sign counts for more. We sign if you sign.";
    }

    /** Names joined as a person would: "A", "A and B", "A, B and C". */
    static String names(Mind mind, List<String> seats) {
        List<String> names = seats.stream().map(mind::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Titles and labels are quoted as written, so proper nouns and acronyms survive. */
    static String quote(String text) {
        return "\"" + text + "\"";
    }
}
