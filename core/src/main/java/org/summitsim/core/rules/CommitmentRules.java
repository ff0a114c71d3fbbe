package org.summitsim.core.rules;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
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
        if (id == null) {
            return missingDeal(state, seat, command instanceof Command.AcceptDeal ? "Accepting" : "Declining");
        }
        Deal deal = state.deal(id).orElse(null);
        if (deal == null || !deal.involves(seat)) {
            return Verdict.reject(RejectionCode.UNKNOWN_DEAL, "You have no deal \"" + id + "\".");
        }
        if (!deal.to().equals(seat)) {
            return Verdict.reject(
                    RejectionCode.NOT_ADDRESSEE,
                    "Deal " + id + " is your own offer to " + name(state, deal.to()) + "; only "
                            + name(state, deal.to()) + " can accept or decline it.");
        }
        if (deal.status() == Deal.Status.LAPSED) {
            return Verdict.reject(
                    RejectionCode.DEAL_CLOSED,
                    "Deal " + id + " has lapsed: "
                            + (deal.promisesAVote()
                                    ? "the vote it promised is over"
                                    : "the rounds are over, so the support it promised could never come due")
                            + ", so it can no longer be kept. Offer a new deal instead.");
        }
        if (deal.status() != Deal.Status.OFFERED) {
            return Verdict.reject(
                    RejectionCode.DEAL_CLOSED,
                    "Deal " + id + " was already " + deal.status().name().toLowerCase(Locale.ROOT)
                            + "; offer a new deal instead.");
        }
        if (command instanceof Command.AcceptDeal) {
            String cast = castOtherwise(state, deal);
            if (cast != null) {
                return Verdict.reject(
                        RejectionCode.ALREADY_VOTED,
                        "Deal " + id + " can no longer be kept: " + cast + ", and votes do not change. Decline it,"
                                + " or offer a new deal.");
            }
            return Verdict.accept(new Event.DealAccepted(id, deal.from(), deal.to()));
        }
        return Verdict.accept(new Event.DealDeclined(id, deal.from(), deal.to()));
    }

    private static Verdict pledge(MatchState state, String seat, Command.MakePledge c) {
        if (c.decision() == null) {
            return Verdict.reject(
                    RejectionCode.INVALID,
                    "A pledge needs its decision (\"decision\": SIGN, ABSTAIN or PUSH_BINDING).");
        }
        if (c.coalition() && c.decision() != Decision.PUSH_BINDING) {
            return Verdict.reject(
                    RejectionCode.INVALID,
                    "Only a pledge to push for binding law (\"decision\": PUSH_BINDING) can depend on the coalition"
                            + " being reached (\"ifCoalition\": true).");
        }
        Verdict bad = checkConditions(state, c.conditions());
        if (bad == null && c.text() != null && c.text().length() > Limits.STATEMENT) {
            bad = Limits.checkText("pledge", c.text(), Limits.STATEMENT);
        }
        if (bad == null) {
            bad = repeatsLatest(state, seat, c);
        }
        if (bad != null) {
            return bad;
        }
        String id = state.nextId("P", state.pledgeCount());
        return Verdict.accept(new Event.PledgeMade(
                id, seat, c.decision(), c.conditions(), c.text() == null ? "" : c.text(), c.ifCoalition()));
    }

    private static Verdict offer(MatchState state, String seat, Command.OfferDeal c) {
        if (c.to() == null) {
            return Rules.missingSeat(
                    "A deal needs its \"to\": the delegation you offer it to", Rules.others(state, seat));
        }
        if (!state.isSeat(c.to())) {
            return Rules.unknownSeat(state, c.to());
        }
        if (c.to().equals(seat)) {
            return Verdict.reject(
                    RejectionCode.SELF_TARGET, "You cannot make a deal with yourself; offer it to another delegation.");
        }
        if (c.give() == null || c.want() == null) {
            return Verdict.reject(RejectionCode.INVALID, missingSide(c));
        }
        Verdict bad = checkPromise(state, c.give());
        if (bad == null) {
            bad = checkPromise(state, c.want());
        }
        if (bad == null) {
            bad = couldOnlyBeBroken(state, c.give(), castOtherwise(state, seat, c.give()));
        }
        if (bad == null) {
            bad = couldOnlyBeBroken(state, c.want(), castOtherwise(state, c.to(), c.want()));
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

    /**
     * A pledge that promises just what the seat's latest pledge promises (the text aside) is
     * refused: it would change nothing others expect, yet count as a second promise when the
     * pledges are checked at the end. Going back to an earlier pledge after another one does
     * change what others expect (the latest pledge that holds), so that is allowed.
     */
    private static Verdict repeatsLatest(MatchState state, String seat, Command.MakePledge c) {
        Pledge latest = state.latestPledge(seat).orElse(null);
        if (latest == null
                || latest.decision() != c.decision()
                || latest.ifCoalition() != c.coalition()
                || !sameConditions(latest.conditions(), c.conditions())) {
            return null;
        }
        return Verdict.reject(
                RejectionCode.NO_CHANGE,
                "Your latest pledge, " + latest.id() + ", already promises exactly this; the same pledge made"
                        + " twice would count twice at the end. Pledge something else, or say it on the floor.");
    }

    /** The same conditions, whatever order the conditions and their options are listed in. */
    private static boolean sameConditions(List<TextCondition> a, List<TextCondition> b) {
        return asSets(a).equals(asSets(b));
    }

    private static Set<Map.Entry<String, Set<String>>> asSets(List<TextCondition> conditions) {
        Set<Map.Entry<String, Set<String>>> out = new HashSet<>();
        for (TextCondition t : conditions) {
            out.add(Map.entry(String.valueOf(t.clause()), Set.copyOf(t.options())));
        }
        return out;
    }

    /**
     * A vote cast since the offer (by either side) that leaves a promise of the deal only to be
     * broken ("Northland already voted against amendment A1"), or null: it can still be accepted.
     */
    static String castOtherwise(MatchState state, Deal deal) {
        String cast = castOtherwise(state, deal.to(), deal.want());
        return cast != null ? cast : castOtherwise(state, deal.from(), deal.give());
    }

    private static String castOtherwise(MatchState state, String seat, Promise promise) {
        if (!(promise instanceof Promise.Vote v)) {
            return null;
        }
        Ballot cast = state.amendment(v.amendment()).map(a -> a.stanceOf(seat)).orElse(null);
        return cast == null || cast == v.ballot() ? null : alreadyCast(state, seat, cast, v.amendment());
    }

    private static String alreadyCast(MatchState state, String seat, Ballot cast, String amendment) {
        return org.summitsim.core.scenario.StateName.inSentence(name(state, seat)) + " already " + cast.past()
                + " amendment " + amendment;
    }

    /**
     * Refuses a promise of a vote on an amendment the seat has already voted on the other way (or
     * sponsored), and votes do not change; null when nothing was {@code cast}. A promise of the vote
     * it cast is kept at once, and allowed. A promise of support reaches only votes cast after the
     * deal, so no earlier vote breaks it: for a vote in favour of an amendment still open, the
     * refusal points to that promise instead (a bot votes within seconds of a proposal; this vote
     * is lost, but the wording can come back in a later round, and once adopted it stays).
     */
    private static Verdict couldOnlyBeBroken(MatchState state, Promise promise, String cast) {
        if (cast == null) {
            return null;
        }
        String instead = "";
        if (promise instanceof Promise.Vote v && v.ballot() == Ballot.SUPPORT) {
            Amendment a =
                    state.amendment(v.amendment()).filter(Amendment::isOpen).orElse(null);
            Clause clause =
                    a == null ? null : state.scenario().clause(a.clause()).orElse(null);
            if (clause != null) {
                instead = ", such as support for its wording (\u201c"
                        + clause.option(a.option()).map(ClauseOption::label).orElse(a.option()) + "\u201d on \u201c"
                        + clause.title() + "\u201d): a promise of support counts at every vote after the deal";
            }
        }
        return Verdict.reject(
                RejectionCode.ALREADY_VOTED,
                "That promise could only be broken: " + cast + ", and votes do not change. Promise something else"
                        + instead + ".");
    }

    private static String name(MatchState state, String seat) {
        return state.delegation(seat).map(Delegation::name).orElse(seat);
    }

    /** {@code what} ("Accepting") a deal was sent without its id: refused as an unknown deal, with the seat's open offers. */
    private static Verdict missingDeal(MatchState state, String seat, String what) {
        List<String> offered = state.deals().stream()
                .filter(d -> d.to().equals(seat) && d.status() == Deal.Status.OFFERED)
                .map(Deal::id)
                .toList();
        return Verdict.reject(
                RejectionCode.UNKNOWN_DEAL,
                what + " a deal needs its \"deal\": the id of a deal offered to you"
                        + (offered.isEmpty()
                                ? "; none is open now."
                                : " (open now: " + String.join(", ", offered) + ")."));
    }

    /** Which side of a deal is missing, by its field: a deal binds both delegations, so it needs both. */
    private static String missingSide(Command.OfferDeal c) {
        String kinds = "a promise of kind vote, support or decide";
        if (c.give() == null && c.want() == null) {
            return "A deal needs \"give\" (what you promise) and \"want\" (what you ask in return), each " + kinds
                    + ".";
        }
        return c.give() == null
                ? "The deal has no \"give\": say what you promise in return, " + kinds + "."
                : "The deal has no \"want\": say what you ask in return, " + kinds + ".";
    }

    private static Verdict checkPromise(MatchState state, Promise promise) {
        if (state.stage().phase() == Phase.FINAL && !(promise instanceof Promise.Decide)) {
            return Verdict.reject(
                    RejectionCode.WRONG_PHASE,
                    "The rounds are over, so nothing will be put to the vote again: a promise of a vote or of"
                            + " support for a wording could never come due. In the final phase a deal promises"
                            + " decisions, such as \"sign\" for \"sign\".");
        }
        if (promise instanceof Promise.Vote v) {
            if (v.amendment() == null) {
                return Verdict.reject(
                        RejectionCode.UNKNOWN_AMENDMENT,
                        "A vote promise needs its \"amendment\": the id of an open amendment, such as A1.");
            }
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
            return checkSupport(state, support);
        }
        Promise.Decide d = (Promise.Decide) promise;
        if (d.decision() == null) {
            return Verdict.reject(
                    RejectionCode.INVALID,
                    "A decision promise needs its decision (\"decision\": SIGN, ABSTAIN or PUSH_BINDING).");
        }
        return checkConditions(state, d.conditions());
    }

    /** A support promise names one clause and exactly one wording of it, in "clause" and "option". */
    private static Verdict checkSupport(MatchState state, Promise.Support support) {
        Clause clause = state.scenario().clause(support.clause()).orElse(null);
        if (clause == null) {
            return unknownClause(state, "A support promise", support.clause());
        }
        if (support.option() == null) {
            return Verdict.reject(
                    RejectionCode.UNKNOWN_OPTION,
                    "A support promise needs its \"option\": the one wording of clause " + clause.id()
                            + " you will support (one of " + String.join(", ", clause.optionIds()) + ").");
        }
        return unknownOption(clause, support.option());
    }

    static Verdict checkConditions(MatchState state, List<TextCondition> conditions) {
        for (TextCondition condition : conditions) {
            Clause clause = state.scenario().clause(condition.clause()).orElse(null);
            if (clause == null) {
                return unknownClause(state, "A condition", condition.clause());
            }
            if (condition.options().isEmpty()) {
                return Verdict.reject(
                        RejectionCode.UNKNOWN_OPTION,
                        "A condition on clause " + clause.id() + " needs its \"options\": the wordings it may read"
                                + " (one or more of " + String.join(", ", clause.optionIds()) + ").");
            }
            for (String option : condition.options()) {
                Verdict bad = unknownOption(clause, option);
                if (bad != null) {
                    return bad;
                }
            }
        }
        return null;
    }

    /** {@code what} ("A condition") names no clause, or one the scenario does not have. */
    static Verdict unknownClause(MatchState state, String what, String id) {
        String clauses = "Clauses: " + String.join(", ", state.text().keySet()) + ".";
        return Verdict.reject(
                RejectionCode.UNKNOWN_CLAUSE,
                id == null
                        ? what + " needs its \"clause\". " + clauses
                        : "There is no clause \"" + id + "\". " + clauses);
    }

    private static Verdict unknownOption(Clause clause, String option) {
        if (clause.option(option).isPresent()) {
            return null;
        }
        return Verdict.reject(
                RejectionCode.UNKNOWN_OPTION,
                "Clause " + clause.id() + " has no option \"" + option + "\". Options: "
                        + String.join(", ", clause.optionIds()) + ".");
    }
}
