package org.summitsim.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Rejection;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.PlayerView.AmendmentView;

/**
 * The poison-pill exploit for one champion: it proposes and supports its target wordings,
 * opposes any other wording of those clauses, makes no promise to do anything but push, and
 * decides PUSH_BINDING. Everything else is left to its base strategy.
 */
final class PoisonPillBot extends ExploitBot {

    private final String seat;
    private final Map<String, String> targets;
    /** Clauses whose proposal was refused this round ("clause@round"): not tried again until the next. */
    private final Set<String> refused = new java.util.HashSet<>();

    private int round;

    PoisonPillBot(String seat, Map<String, String> targets, Bot base) {
        super(base);
        this.seat = seat;
        this.targets = targets;
    }

    @Override
    public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
        List<Command> out = new ArrayList<>();
        Phase phase = view.stage().phase();
        round = view.stage().round();
        if (phase == Phase.ROUND) {
            steer(view, out);
        }
        boolean decides = false;
        for (Command c : besideScriptProposals(out, base.act(view, news))) {
            if (c instanceof Command.Decide) {
                decides = true;
                mine(out, new Command.Decide(Decision.PUSH_BINDING, "Only binding law will do."));
            } else if (!touchesTargets(view, c)) {
                out.add(c);
            }
        }
        if (phase == Phase.FINAL && !decides && !view.sealed().containsKey(seat)) {
            mine(out, new Command.Decide(Decision.PUSH_BINDING, "Only binding law will do."));
        }
        return out;
    }

    private void steer(PlayerView view, List<Command> out) {
        for (PlayerView.ClauseView c : view.text()) {
            String target = targets.get(c.id());
            if (target == null) {
                continue;
            }
            AmendmentView open = null;
            boolean settled = false;
            for (AmendmentView a : view.amendments()) {
                if (a.clause().equals(c.id())) {
                    if (a.status().equals("open")) {
                        open = a;
                    } else if (a.round() == view.stage().round()
                            && a.option().equals(target)
                            && !a.status().equals("withdrawn")) {
                        settled = true;
                    }
                }
            }
            if (open == null
                    && !settled
                    && !c.current().equals(target)
                    && !refused.contains(c.id() + "@" + view.stage().round())) {
                mine(out, new Command.Propose(c.id(), target, "This wording is the honest one."));
            } else if (open != null
                    && !open.proposer().equals(seat)
                    && !open.cosponsors().contains(seat)
                    && !open.votes().containsKey(seat)) {
                mine(
                        out,
                        new Command.CastVote(open.id(), open.option().equals(target) ? Ballot.SUPPORT : Ballot.OPPOSE));
            }
        }
    }

    /** Votes, sponsorships and proposals on a target clause, and promises to decide anything but push. */
    private boolean touchesTargets(PlayerView view, Command c) {
        String amendment = c instanceof Command.CastVote v
                ? v.amendment()
                : c instanceof Command.Cosponsor s
                        ? s.amendment()
                        : c instanceof Command.Withdraw w ? w.amendment() : null;
        if (amendment != null) {
            return view.amendments().stream()
                    .anyMatch(a -> a.id().equals(amendment) && targets.containsKey(a.clause()));
        }
        if (c instanceof Command.Propose p) {
            return targets.containsKey(p.clause());
        }
        if (c instanceof Command.MakePledge p) {
            return p.decision() != Decision.PUSH_BINDING;
        }
        if (c instanceof Command.OfferDeal d) {
            return promisesOtherThanPush(d.give());
        }
        if (c instanceof Command.AcceptDeal a) {
            return view.deals().stream().anyMatch(d -> d.id().equals(a.deal()) && promisesOtherThanPush(d.want()));
        }
        return false;
    }

    private static boolean promisesOtherThanPush(Promise p) {
        return p instanceof Promise.Decide d && d.decision() != Decision.PUSH_BINDING;
    }

    private void mine(List<Command> out, Command c) {
        own.add(c);
        out.add(c);
    }

    @Override
    public void rejected(Command command, Rejection rejection) {
        super.rejected(command, rejection);
        if (own.contains(command) && command instanceof Command.Propose p) {
            refused.add(p.clause() + "@" + round);
        }
    }
}
