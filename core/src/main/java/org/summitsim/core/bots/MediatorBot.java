package org.summitsim.core.bots;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.PlayerView.AmendmentView;
import org.summitsim.core.view.PlayerView.DealView;

/**
 * Seeks a text most delegations can sign: proposes the wordings that have drawn the most public
 * support, supports what it can live with and brokers vote trades. It decides by what the text
 * is worth to it, signing when that costs it no more than a point.
 */
final class MediatorBot extends UtilityBot {

    private static final Memory.Key<Map<String, Integer>> SUPPORT = new Memory.Key<>("support");

    MediatorBot(BotSeat seat) {
        super(seat, 0.95);
    }

    @Override
    protected void opening(Mind mind, List<Command> out) {
        if (once("opening")) {
            out.add(new Command.Say(Phrases.bridge(mind)));
        }
    }

    @Override
    protected Ballot judge(Mind mind, AmendmentView a) {
        double gain = mind.gain(a.clause(), a.option());
        return gain > 0 ? Ballot.SUPPORT : gain < -2 ? Ballot.OPPOSE : Ballot.ABSTAIN;
    }

    @Override
    protected int maxProposals() {
        return 1;
    }

    @Override
    protected double minimumGain() {
        return 0.5;
    }

    @Override
    protected boolean worthProposing(Mind mind, String clause, String option) {
        return mind.gain(clause, option) >= 0;
    }

    /** Wordings with public support count for more than the mediator's own gain. */
    @Override
    protected double appeal(Mind mind, String clause, String option) {
        double gain = mind.gain(clause, option);
        if (gain < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double chance = mind.adoptionChance(clause, option);
        return (gain + 2 * publicSupport(mind).getOrDefault(clause + "=" + option, 0)) * chance * chance;
    }

    /** Sponsors and supporting votes per wording ("clause=option"); counted again only when the amendments change. */
    private Map<String, Integer> publicSupport(Mind mind) {
        return memory().recall(SUPPORT, () -> countSupport(mind), mind.view().amendments());
    }

    private static Map<String, Integer> countSupport(Mind mind) {
        Map<String, Integer> support = new HashMap<>();
        for (AmendmentView a : mind.view().amendments()) {
            int n = 1
                    + a.cosponsors().size()
                    + (int) a.votes().values().stream()
                            .filter(b -> b == Ballot.SUPPORT)
                            .count();
            support.merge(a.clause() + "=" + a.option(), n, Integer::sum);
        }
        return support;
    }

    @Override
    protected double tradeTolerance() {
        return 2;
    }

    @Override
    protected boolean acceptable(Mind mind, DealView d) {
        double cost = promiseCost(mind, d.want());
        return cost <= 2 && promiseBenefit(mind, d.give()) >= cost - 1;
    }

    /** A point of its own is worth giving up for the text it brokered: it signs when signing is that close. */
    @Override
    protected Decision choose(Mind mind) {
        Decision best = mind.bestDecision();
        return mind.projected(Decision.SIGN) >= mind.projected(best) - 1 ? Decision.SIGN : best;
    }
}
