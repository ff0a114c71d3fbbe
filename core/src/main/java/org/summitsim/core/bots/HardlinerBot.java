package org.summitsim.core.bots;

import java.util.Comparator;
import java.util.List;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.PlayerView.AmendmentView;

/**
 * Moves only toward its ideal: proposes its ideal wording on every clause, opposes anything
 * else, makes no deals, and pushes for binding law (or abstains) when the text is weak.
 */
final class HardlinerBot extends Negotiator {

    HardlinerBot(BotSeat seat) {
        super(seat, 1.0);
    }

    @Override
    protected void opening(Mind mind, List<Command> out) {
        if (once("opening")) {
            String clause = mind.topClause();
            out.add(new Command.Say(Phrases.firmOpening(mind, clause, mind.ideal(clause))));
            // A hardliner who wants a treaty says so at once, so others can count on its push; it
            // pushes with the coalition, not alone: a protest nobody joins costs face and wins nothing.
            if (mind.aim() == Decision.PUSH_BINDING) {
                out.add(new Command.MakePledge(
                        Decision.PUSH_BINDING,
                        List.of(),
                        mind.name(mind.me()) + " will push for negotiations on binding law with every state that"
                                + " pushes with us. A declaration is not enough.",
                        Boolean.TRUE));
            }
        }
    }

    @Override
    protected boolean makesDeals() {
        return false;
    }

    @Override
    protected Ballot judge(Mind mind, AmendmentView a) {
        double gain = mind.gain(a.clause(), a.option());
        return gain > 0 ? Ballot.SUPPORT : gain < 0 ? Ballot.OPPOSE : Ballot.ABSTAIN;
    }

    @Override
    protected void propose(Mind mind, List<Command> out) {
        if (mind.proposedThisRound() >= 3) {
            return;
        }
        // Only a wording that gains it something: a play-test's hardliner took a clause back to its
        // ideal, worth no more to it than the text, and told the student it made no difference.
        mind.view().text().stream()
                .filter(c -> mind.gain(c.id(), mind.ideal(c.id())) > 0
                        && mind.canPropose(c.id(), mind.ideal(c.id()))
                        && !mind.rejectedAsTextStands(c.id(), mind.ideal(c.id())))
                .max(Comparator.comparingDouble((PlayerView.ClauseView c) -> mind.gain(c.id(), mind.ideal(c.id()))))
                .ifPresent(c -> {
                    String ideal = mind.ideal(c.id());
                    if (once("propose " + c.id() + "=" + ideal)) {
                        out.add(new Command.Propose(c.id(), ideal, Phrases.firm(mind, c.id(), ideal)));
                    }
                });
    }

    @Override
    protected Decision choose(Mind mind) {
        boolean together = mind.prefs().binding() > 0 && mind.coalitionReached();
        if (mind.aim() == Decision.PUSH_BINDING && together) {
            return Decision.PUSH_BINDING; // as pledged: a hardliner keeps its word
        }
        if (mind.textShare() < 0.6) {
            return together ? Decision.PUSH_BINDING : Decision.ABSTAIN; // it does not sign a weak text
        }
        return mind.bestDecision();
    }
}
