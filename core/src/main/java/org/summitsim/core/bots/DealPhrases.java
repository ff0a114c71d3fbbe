package org.summitsim.core.bots;

import java.util.List;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.view.PlayerView.AmendmentView;
import org.summitsim.core.view.PlayerView.DealView;

/**
 * What bots say about deals: the note on an offer, why one was declined, a promise in words, and
 * what a broken promise costs the one who broke it.
 */
final class DealPhrases {

    private DealPhrases() {}

    static String dealNote(Mind mind, String theirs, String mine) {
        return "We can support " + Phrases.quote(theirs) + " if you support " + Phrases.quote(mine)
                + ". Shall we agree?";
    }

    /** Why a deal was declined, in terms of what it would cost. */
    static String refusal(Mind mind, DealView d) {
        if (d.want() instanceof Promise.Support s) {
            return "We cannot promise to support " + Phrases.wording(mind, s.clause(), s.option())
                    + ": it costs us more than your offer gives.";
        }
        if (d.want() instanceof Promise.Vote v) {
            var a = UtilityBot.amendment(mind, v.amendment());
            if (a != null && mind.hasStance(a)) {
                // No offer buys a vote already cast: saying "make a better one" would send the player hunting.
                return "We have already voted on amendment " + a.id() + ", and a vote cannot be changed.";
            }
        }
        return "We cannot accept deal " + d.id() + " as it stands; make us a better offer." + need(mind, d);
    }

    /**
     * What would make an offer better, so a refusal does not leave the player guessing: the wording
     * it would gain most from that the text does not read yet ("" when the text is all it wants).
     */
    private static String need(Mind mind, DealView d) {
        List<String> wanted = new Answers(mind, 0).wanted();
        if (wanted.isEmpty()) {
            return "";
        }
        String best = wanted.get(0);
        String wording = Phrases.wording(mind, best, mind.ideal(best));
        if (d.give() instanceof Promise.Support s
                && s.clause().equals(best)
                && s.option().equals(mind.ideal(best))) {
            // The offer already gives what it needs most: the price is what it asks in return.
            return " Your support for " + wording + " is what we need most, but what you ask in return costs us more.";
        }
        return " What we need most is " + wording + ": your support for it would go a long way.";
    }

    /**
     * Why a delegation that makes no deals refuses one: not the price, but that its votes are not
     * for trade; and what it does about the wording asked of it anyway, so a refusal of a wording
     * it wants does not read as opposition to it.
     */
    static String noDeals(Mind mind, Promise asked) {
        String no = "We make no deals: our government's instructions decide our votes, not trades.";
        if (!(asked instanceof Promise.Support s)) {
            return no;
        }
        String wording = Phrases.wording(mind, s.clause(), s.option());
        if (s.option().equals(mind.ideal(s.clause()))) {
            return no + " But " + wording + " is the wording we want, so we will "
                    + (s.option().equals(mind.current(s.clause()))
                            ? "vote against any amendment that changes it."
                            : "vote for it anyway.");
        }
        if (mind.gain(s.clause(), s.option()) > 0) {
            return no + " We will vote for " + wording + " anyway, as it is better for us than the text now.";
        }
        return no + " And " + wording + " is not what our instructions ask for.";
    }

    /** Why it cannot promise {@code asked}: it promised another wording of the same clause already. */
    static String conflict(Mind mind, Promise want) {
        var cast = Negotiator.castAgainst(mind, want);
        if (cast != null) {
            return "We cannot promise that: we have already voted on amendment " + cast.id() + " ("
                    + Phrases.wording(mind, cast.clause(), cast.option()) + "), and a vote cannot be changed.";
        }
        if (want instanceof Promise.Vote v) {
            var a = UtilityBot.amendment(mind, v.amendment());
            return "We cannot promise to " + v.ballot().verb() + " amendment " + v.amendment() + " ("
                    + Phrases.wording(mind, a.clause(), a.option())
                    + "): an earlier promise of ours already decides our vote there, and we keep our word.";
        }
        if (want instanceof Promise.Decide d) {
            Decision other = Negotiator.promisedOtherwise(mind, d);
            return "We cannot promise to " + promised(mind, d, false) + ": we have already promised to "
                    + promised(mind, new Promise.Decide(other, d.conditions()), false) + ", and we keep our word.";
        }
        Promise.Support asked = (Promise.Support) want;
        String promised = null;
        for (Promise p : Negotiator.promisedBy(mind)) {
            if (p instanceof Promise.Support s && s.clause().equals(asked.clause())) {
                promised = s.option();
            }
        }
        return "We cannot promise to support " + Phrases.wording(mind, asked.clause(), asked.option())
                + ": we have already promised to support " + Phrases.quote(mind.optionLabel(asked.clause(), promised))
                + " there, and we keep our word.";
    }

    /** The note on a bot's own approach to a person: what it asks, and what it gives for it. */
    static String approach(Mind mind, Promise give, Promise want) {
        return "We would value your " + promised(mind, want, true) + ". In return, " + mind.name(mind.me()) + " will "
                + promised(mind, give, false) + ". Shall we agree?";
    }

    /** A promise in words: "support for ..." when asked of the other side, "support ..." when given. */
    private static String promised(Mind mind, Promise p, boolean asked) {
        if (p instanceof Promise.Vote v) {
            var a = mind.view().amendments().stream()
                    .filter(x -> x.id().equals(v.amendment()))
                    .findFirst()
                    .orElse(null);
            String what = a == null
                    ? "amendment " + v.amendment()
                    : "amendment " + a.id() + " (" + Phrases.wording(mind, a.clause(), a.option()) + ")";
            return "vote for " + what;
        }
        if (p instanceof Promise.Support s) {
            String what = Phrases.wording(mind, s.clause(), s.option());
            return asked ? "support for " + what : "support " + what;
        }
        Promise.Decide d = (Promise.Decide) p;
        String verb = switch (d.decision()) {
            case SIGN -> "sign the declaration";
            case ABSTAIN -> "not sign";
            case PUSH_BINDING -> "push for negotiations on binding law";
        };
        if (d.conditions().isEmpty()) {
            return verb;
        }
        TextCondition c = d.conditions().get(0);
        return verb + " if " + Phrases.quote(mind.clause(c.clause()).title()) + " reads "
                + Phrases.either(mind, c.clause(), c.options());
    }

    /** To a person who voted against what it promised this delegation. */
    static String broken(Mind mind, AmendmentView a, Ballot stance) {
        return "You promised us your vote for " + Phrases.wording(mind, a.clause(), a.option()) + ", and you "
                + (stance == Ballot.OPPOSE ? "voted against it" : "did not vote for it") + ". "
                + mind.name(mind.me()) + " will remember that: we make no more deals with you in this summit.";
    }
}
