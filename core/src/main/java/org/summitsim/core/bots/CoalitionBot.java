package org.summitsim.core.bots;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.view.PlayerView;

/**
 * Builds a coalition. A delegation that wants binding law (a positive binding weight) pledges
 * in public to push, gathers its bloc and partners in a caucus, and offers each of them a deal:
 * "we push if you push". One that does not want it builds a signing coalition the same way. It
 * negotiates the text as the utility bot does, and decides by its projection like everyone: if
 * the coalition has not come together by the end, it may break its pledge rather than push alone.
 */
final class CoalitionBot extends UtilityBot {

    CoalitionBot(BotSeat seat) {
        super(seat, 0.9);
    }

    @Override
    protected void opening(Mind mind, List<Command> out) {
        if (!once("opening")) {
            return;
        }
        List<String> allies = allies(mind);
        Decision aim = mind.aim();
        out.add(new Command.Say(Phrases.rally(mind, aim, allies)));
        out.add(new Command.MakePledge(
                aim,
                terms(mind, aim),
                Phrases.coalitionPledge(mind, aim),
                aim == Decision.PUSH_BINDING ? Boolean.TRUE : null));
        if (!allies.isEmpty()) {
            // Named with its leader: two coalitions of one kind must not read alike in a report.
            out.add(new Command.CreateCaucus(
                    (aim == Decision.PUSH_BINDING ? "Coalition for binding law" : "Friends of the declaration")
                            + ", led by " + mind.name(mind.me()),
                    allies));
        }
    }

    @Override
    protected void offerDeals(Mind mind, List<Command> out) {
        Decision aim = mind.aim();
        for (String ally : allies(mind)) {
            if (!pledgedTo(mind, ally, aim)
                    && !dealtWith(mind, ally)
                    && !(person(ally) && declined(mind, ally, aim))
                    && once("coalition offer " + ally)) {
                List<TextCondition> terms = terms(mind, aim);
                out.add(new Command.OfferDeal(
                        ally,
                        new Promise.Decide(aim, terms),
                        new Promise.Decide(aim, List.of()),
                        Phrases.coalitionOffer(mind, aim, terms)));
                return; // one offer a turn, as a person would make them
            }
        }
        super.offerDeals(mind, out);
    }

    /**
     * The text a signing coalition's leader can promise to sign: every clause reads a wording
     * that costs it nothing to sign. A promise to sign whatever the text says would bind it to
     * sign away what it came for.
     */
    static List<TextCondition> terms(Mind mind, Decision aim) {
        if (aim != Decision.SIGN) {
            return List.of();
        }
        List<TextCondition> out = new ArrayList<>();
        for (PlayerView.ClauseView c : mind.view().text()) {
            List<String> free = mind.signable(c.id());
            if (!free.isEmpty() && free.size() < c.options().size()) {
                out.add(new TextCondition(c.id(), free));
            }
        }
        return out;
    }

    /** The seats of its own bloc and its partners, in seat order. */
    private static List<String> allies(Mind mind) {
        String bloc = null;
        for (PlayerView.Card c : mind.view().delegations()) {
            if (c.id().equals(mind.me())) {
                bloc = c.bloc();
            }
        }
        List<String> out = new ArrayList<>();
        for (PlayerView.Card c : mind.view().delegations()) {
            boolean sameBloc = bloc != null && bloc.equals(c.bloc());
            if (!c.id().equals(mind.me())
                    && (sameBloc || mind.prefs().partners().contains(c.id()))) {
                out.add(c.id());
            }
        }
        return out;
    }

    private static boolean pledgedTo(Mind mind, String seat, Decision d) {
        for (PlayerView.PledgeView p : mind.view().pledges()) {
            if (p.seat().equals(seat) && p.decision() == d && p.conditions().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code seat} declined this coalition's offer already: a person's no is an answer,
     * and the same offer again each phase only nags (they can offer it themselves).
     */
    private static boolean declined(Mind mind, String seat, Decision aim) {
        for (PlayerView.DealView d : mind.view().deals()) {
            if (d.from().equals(mind.me())
                    && d.to().equals(seat)
                    && d.status().equals("declined")
                    && d.give() instanceof Promise.Decide g
                    && g.decision() == aim) {
                return true;
            }
        }
        return false;
    }

    private static boolean dealtWith(Mind mind, String seat) {
        for (PlayerView.DealView d : mind.view().deals()) {
            if (d.involves(seat) && !d.status().equals("declined")) {
                return true;
            }
        }
        return false;
    }
}
