package org.summitsim.core.bots;

import java.util.List;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.PlayerView.AmendmentView;

/**
 * Plays what the real state did: states its public stance, votes by its score, and decides as
 * the state did in reality (the scenario default where the record is unclear).
 */
final class HistoricalBot extends Negotiator {

    HistoricalBot(BotSeat seat) {
        super(seat, 1.0);
    }

    @Override
    protected void opening(Mind mind, List<Command> out) {
        if (once("opening")) {
            mind.view().delegations().stream()
                    .filter(c -> c.id().equals(mind.me()))
                    .findFirst()
                    .map(PlayerView.Card::publicStance)
                    .filter(s -> s != null && !s.isBlank())
                    .ifPresent(s -> out.add(new Command.Say(s)));
        }
    }

    @Override
    protected Ballot judge(Mind mind, AmendmentView a) {
        return SilentBot.byGain(mind.gain(a.clause(), a.option()), 0);
    }

    @Override
    protected Decision choose(Mind mind) {
        var history = seat.history();
        return history == null || history.decision() == null ? mind.view().defaultDecision() : history.decision();
    }

    @Override
    protected void decide(Mind mind, List<Command> out) {
        if (mind.canAct("decide")) {
            Decision d = choose(mind);
            out.add(new Command.Decide(d, Phrases.decision(mind, d)));
        }
    }

    @Override
    protected boolean cosponsors() {
        return false;
    }
}
