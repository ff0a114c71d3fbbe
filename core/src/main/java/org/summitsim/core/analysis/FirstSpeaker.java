package org.summitsim.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.view.PlayerView;

/**
 * Lets one seat speak first in every round, as the fastest typist in a class would: the other
 * seats' bots pass until that seat has had its first turn of the round, and then get the events
 * they missed. Without it, headless turns go in seat order and a blocker late in the order
 * would find most clauses already taken.
 */
final class FirstSpeaker {

    private int opened = -1;

    /** Called by the first speaker once it has acted in {@code round}. */
    void opened(int round) {
        opened = round;
    }

    /**
     * {@code bot} made to wait for the first speaker at the start of each round; it hears all else
     * as in the honest match (an {@link ExploitBot} with no commands of its own).
     */
    Bot waiting(Bot bot) {
        return new ExploitBot(bot) {
            private final List<Match.Sequenced> missed = new ArrayList<>();

            @Override
            public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
                missed.addAll(news);
                if (view.stage().phase() == Phase.ROUND && opened < view.stage().round()) {
                    return List.of();
                }
                List<Match.Sequenced> all = List.copyOf(missed);
                missed.clear();
                return base.act(view, all);
            }
        };
    }
}
