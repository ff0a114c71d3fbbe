package org.summitsim.core.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;

/** Public pledges and private deals. Whether they were kept is checked at the end by the scorer. */
final class CommitmentRules {

    private CommitmentRules() {}

    static Verdict decide(MatchState state, String seat, Command command) {
        Verdict wrongPhase =
                Rules.requirePhase(state, EnumSet.of(Phase.OPENING, Phase.ROUND, Phase.FINAL), "make pledges or deals");
        if (wrongPhase != null) {
            return wrongPhase;
        }
        if (command instanceof Command.MakePledge c) {
            return pledge(state, seat, c);
        }
        if (command instanceof Command.OfferDeal c) {
            return offer(state, seat, c);
        }
        String id = command instanceof Command.AcceptDeal a ? a.deal() : ((Command.DeclineDeal) command).deal();
        Deal deal = state.deal(id).orElse(null);
        if (deal == null || !deal.involves(seat)) {
            return Verdict.reject(RejectionCode.UNKNOWN_DEAL, "You have no deal \"" + id + "\".");
        }
        if (!deal.to().equals(seat)) {
            return Verdict.reject(
                    RejectionCode.NOT_ADDRESSEE,
                    "Deal " + id + " is your own offer to " + deal.to() + "; only " + deal.to()
                            + " can accept or decline it.");
        }
        if (deal.status() != Deal.Status.OFFERED) {
            return Verdict.reject(
                    RejectionCode.DEAL_CLOSED,
                    "Deal " + id + " was already " + deal.status().name().toLowerCase(Locale.ROOT)
                            + "; offer a new deal instead.");
        }
        return Verdict.accept(
                command instanceof Command.AcceptDeal
                        ? new Event.DealAccepted(id, deal.from(), deal.to())
                        : new Event.DealDeclined(id, deal.from(), deal.to()));
    }

    private static Verdict pledge(MatchState state, String seat, Command.MakePledge c) {
        if (c.decision() == null) {
            return Verdict.reject(RejectionCode.INVALID, "Say what you pledge to decide: sign, abstain or push.");
        }
        if (c.coalition() && c.decision() != Decision.PUSH_BINDING) {
            return Verdict.reject(
                    RejectionCode.INVALID,
                    "Only a pledge to push for binding law can depend on the coalition being reached.");
        }
        Verdict bad = checkConditions(state, c.conditions());
        if (bad == null && c.text() != null && c.text().length() > Limits.STATEMENT) {
            bad = Limits.checkText("pledge", c.text(), Limits.STATEMENT);
        }
        if (bad != null) {
            return bad;
        }
        String id = state.nextId("P", state.pledgeCount());
        return Verdict.accept(new Event.PledgeMade(
                id, seat, c.decision(), c.conditions(), c.text() == null ? "" : c.text(), c.ifCoalition()));
    }

    private static Verdict offer(MatchState state, String seat, Command.OfferDeal c) {
        if (!state.isSeat(c.to())) {
            return Rules.unknownSeat(state, c.to());
        }
        if (c.to().equals(seat)) {
            return Verdict.reject(
                    RejectionCode.SELF_TARGET, "You cannot make a deal with yourself; offer it to another delegation.");
        }
        if (c.give() == null || c.want() == null) {
            return Verdict.reject(RejectionCode.INVALID, "A deal says what you give and what you want in return.");
        }
        Verdict bad = checkPromise(state, c.give());
        if (bad == null) {
            bad = checkPromise(state, c.want());
        }
        if (bad == null && c.text() != null && c.text().length() > Limits.STATEMENT) {
            bad = Limits.checkText("deal note", c.text(), Limits.STATEMENT);
        }
        if (bad != null) {
            return bad;
        }
        String id = state.nextId("D", state.dealCount());
        return Verdict.accept(
                new Event.DealOffered(id, seat, c.to(), c.give(), c.want(), c.text() == null ? "" : c.text()));
    }

    private static Verdict checkPromise(MatchState state, Promise promise) {
        if (promise instanceof Promise.Vote v) {
            Amendment a = state.amendment(v.amendment()).orElse(null);
            if (a == null || !a.isOpen()) {
                return Verdict.reject(
                        RejectionCode.UNKNOWN_AMENDMENT,
                        "A vote promise needs an open amendment; \"" + v.amendment() + "\" is not open.");
            }
            if (v.ballot() == null) {
                return Verdict.reject(
                        RejectionCode.INVALID,
                        "A vote promise needs its ballot (\"ballot\": SUPPORT, OPPOSE or ABSTAIN).");
            }
            return null;
        }
        if (promise instanceof Promise.Support support) {
            return checkConditions(
                    state,
                    List.of(new TextCondition(
                            support.clause(), support.option() == null ? List.of() : List.of(support.option()))));
        }
        Promise.Decide d = (Promise.Decide) promise;
        if (d.decision() == null) {
            return Verdict.reject(
                    RejectionCode.INVALID,
                    "A decision promise needs its decision (\"decision\": SIGN, ABSTAIN or PUSH_BINDING).");
        }
        return checkConditions(state, d.conditions());
    }

    static Verdict checkConditions(MatchState state, List<TextCondition> conditions) {
        for (TextCondition condition : conditions) {
            Clause clause = state.scenario().clause(condition.clause()).orElse(null);
            if (clause == null) {
                return Verdict.reject(
                        RejectionCode.UNKNOWN_CLAUSE,
                        "There is no clause \"" + condition.clause() + "\". Clauses: "
                                + String.join(", ", state.text().keySet()) + ".");
            }
            if (condition.options().isEmpty()) {
                return Verdict.reject(
                        RejectionCode.UNKNOWN_OPTION,
                        "Name the option(s) clause " + clause.id() + " must read (one or more of "
                                + clause.options().stream().map(o -> o.id()).toList() + ").");
            }
            for (String option : condition.options()) {
                if (clause.option(option).isEmpty()) {
                    return Verdict.reject(
                            RejectionCode.UNKNOWN_OPTION,
                            "Clause " + clause.id() + " has no option \"" + option + "\". Options: "
                                    + String.join(", ", clause.optionIds()) + ".");
                }
            }
        }
        return null;
    }
}
