package org.summitsim.core.bots;

import java.util.List;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.view.PlayerView.AmendmentView;

/** The baseline: never proposes, talks or deals; votes and decides by its own score. */
final class SilentBot extends Negotiator {

    SilentBot(BotSeat seat) {
        super(seat, 1.0);
    }

    @Override
    protected void opening(Mind mind, List<Command> out) {}

    @Override
    protected void answerDeals(Mind mind, List<Command> out) {}

    @Override
    protected Ballot judge(Mind mind, AmendmentView a) {
        return byGain(mind.gain(a.clause(), a.option()), 1.0);
    }

    /** Support a gain, oppose a loss, abstain within {@code tolerance} of zero. */
    static Ballot byGain(double gain, double tolerance) {
        return gain > tolerance ? Ballot.SUPPORT : gain < -tolerance ? Ballot.OPPOSE : Ballot.ABSTAIN;
    }

    @Override
    protected boolean cosponsors() {
        return false;
    }
}
