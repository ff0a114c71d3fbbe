package org.summitsim.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scoring.Scorer;
import org.summitsim.core.view.PlayerView;

/**
 * The blocking exploit: on its first turn of every round (taken before anyone else's, see
 * {@link FirstSpeaker}) the seat proposes, on every clause with no amendment open, the wording
 * least likely to pass; then it plays its base strategy.
 * Refusals of its own proposals are not passed on to the base bot.
 */
final class BlockerBot extends ExploitBot {

    private final Scenario scenario;
    private final FirstSpeaker first;
    private int round = -1;

    BlockerBot(Scenario scenario, Bot base, FirstSpeaker first) {
        super(base);
        this.scenario = scenario;
        this.first = first;
    }

    @Override
    public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
        List<Command> out = new ArrayList<>();
        if (view.stage().phase() == Phase.ROUND && view.stage().round() != round) {
            round = view.stage().round();
            for (PlayerView.ClauseView c : view.text()) {
                boolean open = view.amendments().stream()
                        .anyMatch(a -> a.clause().equals(c.id()) && a.status().equals("open"));
                String doomed = open ? null : doomed(scenario, c.id(), c.current());
                if (doomed != null) {
                    Command p = new Command.Propose(c.id(), doomed, "We cannot accept the current wording.");
                    own.add(p);
                    out.add(p);
                }
            }
            first.opened(round);
        }
        out.addAll(besideScriptProposals(out, base.act(view, news)));
        return out;
    }

    /**
     * The wording of {@code clause} that the fewest playable delegations prefer to {@code current}
     * (as signatories: value less cost and red-line penalty); ties go to the one most prefer the
     * current wording to, then to scenario order. Null when the clause has no other wording.
     */
    static String doomed(Scenario scenario, String clause, String current) {
        Clause c = scenario.clause(clause).orElseThrow();
        String best = null;
        int bestFor = Integer.MAX_VALUE;
        int bestAgainst = -1;
        for (ClauseOption o : c.options()) {
            if (o.id().equals(current)) {
                continue;
            }
            int forIt = 0;
            int against = 0;
            for (Delegation d : scenario.playable()) {
                double diff = Scorer.optionValue(d.preferences(), clause, o.id(), Decision.SIGN)
                        - Scorer.optionValue(d.preferences(), clause, current, Decision.SIGN);
                forIt += diff > 0 ? 1 : 0;
                against += diff < 0 ? 1 : 0;
            }
            if (forIt < bestFor || forIt == bestFor && against > bestAgainst) {
                best = o.id();
                bestFor = forIt;
                bestAgainst = against;
            }
        }
        return best;
    }
}
