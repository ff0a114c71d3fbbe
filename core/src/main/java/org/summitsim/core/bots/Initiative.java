package org.summitsim.core.bots;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.PlayerView.AmendmentView;
import org.summitsim.core.view.PlayerView.DealView;

/**
 * A negotiating bot's approaches to the people at the table, unasked (answers are
 * {@link Conversation}'s job):
 * <ul>
 * <li>each round, a trade offer to a person whose vote it wants: support for its open amendment
 *     (or its most wanted wording) in return for support of a wording that person backed, a vote
 *     for the person's open amendment, or its signature;</li>
 * <li>before the decision, a reminder to a partner of what that partner pledged;</li>
 * <li>when a person breaks a promise made to it, words that say so, and no more deals with that
 *     person.</li>
 * </ul>
 * So that a person at a table of twenty bots is courted, not flooded, a bot approaches a person
 * in a round only if the person is one of its partners or it is one of the two bots whose turn it
 * is (a rotation over the bot seats, by round, that every bot works out the same way). Bots never
 * approach bots: a match of bots alone plays exactly as it would without this class.
 */
final class Initiative {

    /** Bots taking the initiative with one person in a round, besides its partners. */
    static final int PER_ROUND = 2;
    /** The most a wording it gives support to may cost it, in points of its score. */
    private static final double TOLERANCE = 1.0;

    private final Set<String> done = new HashSet<>();
    private final Set<String> distrusted = new HashSet<>();
    /** Per accepted deal, the amendments the person had a stance on when this bot first saw the deal: a promise does not reach them. */
    private final java.util.Map<String, Set<String>> before = new java.util.HashMap<>();

    /** Whether {@code seat} broke a promise to this bot: it gets no deal from it any more. */
    boolean distrusts(String seat) {
        return distrusted.contains(seat);
    }

    /**
     * {@code trades}: whether this bot offers trades at all (reminders and reproaches it makes
     * anyway); {@code intended}: what this bot will decide, as it says when it reminds a partner of a pledge.
     */
    void approach(
            Mind mind,
            Set<String> people,
            boolean trades,
            java.util.function.Supplier<Decision> intended,
            List<Command> out) {
        for (String person : people) {
            if (person.equals(mind.me()) || mind.view().delegations().stream().noneMatch(c -> c.id().equals(person))) {
                continue;
            }
            noticeBrokenPromises(mind, person, out);
            if (distrusted.contains(person)) {
                continue;
            }
            String round = "offer " + person + " " + mind.view().stage().round();
            if (trades
                    && mind.phase() == Phase.ROUND
                    && !done.contains(round)
                    && mind.canAct("offer")
                    && myTurn(mind, people, person)) {
                Command offer = offer(mind, person, TOLERANCE, out);
                if (offer != null) {
                    done.add(round);
                    out.add(offer);
                }
            }
            boolean decided = mind.view().delegations().stream().anyMatch(c -> c.id().equals(person) && c.decided());
            // "Before you decide…" is no use to one who has decided already.
            if (mind.phase() == Phase.FINAL && !decided && mind.canAct("dm") && done.add("remind " + person)) {
                String reminder = reminder(mind, person, intended.get());
                if (reminder != null) {
                    out.add(new Command.Whisper(person, reminder));
                }
            }
        }
    }

    /** Its partners always; otherwise the rotation: the bot seats in seat order, from an offset set by person and round. */
    static boolean myTurn(Mind mind, Set<String> people, String person) {
        if (mind.prefs().partners().contains(person)) {
            return true;
        }
        List<String> bots = new ArrayList<>();
        for (PlayerView.Card c : mind.view().delegations()) {
            if (!people.contains(c.id())) {
                bots.add(c.id());
            }
        }
        int at = bots.indexOf(mind.me());
        if (at < 0) {
            return false;
        }
        int start = Math.floorMod(person.hashCode() * 31 + mind.view().stage().round(), bots.size());
        return Math.floorMod(at - start, bots.size()) < PER_ROUND;
    }

    /**
     * The trade it puts to {@code person}, or null when it wants nothing the person could give;
     * {@code out} holds what it does this turn already (its votes among them).
     */
    private static Command offer(Mind mind, String person, double tolerance, List<Command> out) {
        Promise want = want(mind, person);
        if (want == null) {
            return null;
        }
        Promise give = give(mind, person, want, tolerance, out);
        if (give == null) {
            return null;
        }
        return new Command.OfferDeal(person, give, want, DealPhrases.approach(mind, give, want));
    }

    /**
     * A vote for its open amendment the person has not voted on, else support for its most wanted
     * wording; never what the person already refused it in a deal (asking again is pestering).
     */
    static Promise want(Mind mind, String person) {
        for (AmendmentView a : mind.open()) {
            Promise vote = new Promise.Vote(a.id(), Ballot.SUPPORT);
            if (a.proposer().equals(mind.me())
                    && !a.hasStance(person)
                    && mind.gain(a.clause(), a.option()) > 0
                    && !mind.promisedMe(person, a.clause(), a.option())
                    && !refused(mind, person, vote)) {
                return vote;
            }
        }
        String top = mind.topClause();
        if (top != null
                && !mind.ideal(top).equals(mind.current(top))
                && mind.gain(top, mind.ideal(top)) >= 1
                && !mind.promisedMe(person, top, mind.ideal(top))
                && !refused(mind, person, new Promise.Support(top, mind.ideal(top)))
                && !closedForGood(mind, top, mind.ideal(top))
                && !backsNow(mind, person, top, mind.ideal(top))) {
            return new Promise.Support(top, mind.ideal(top));
        }
        return null;
    }

    /**
     * Whether {@code person} stands behind {@code option} on {@code clause} already: it tabled or
     * co-sponsored an open amendment for it, or voted for one. Asking for its support would be
     * asking it to pay for what it does anyway (a play-test's student was asked by three bots to
     * support her own amendment).
     */
    private static boolean backsNow(Mind mind, String person, String clause, String option) {
        for (AmendmentView a : mind.open()) {
            if (a.clause().equals(clause)
                    && a.option().equals(option)
                    && (a.proposer().equals(person)
                            || a.cosponsors().contains(person)
                            || a.votes().get(person) == Ballot.SUPPORT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no one can table {@code option} on {@code clause} again: it was put to a vote in the
     * last round, where a wording voted on waits for a next round there is not. Support for it
     * would be a promise that can never come due, and no trade at all.
     */
    private static boolean closedForGood(Mind mind, String clause, String option) {
        var v = mind.view();
        int round = v.stage().round();
        return round >= v.rounds()
                && v.amendments().stream()
                        .anyMatch(a -> a.round() == round
                                && a.clause().equals(clause)
                                && a.option().equals(option)
                                && (a.status().equals("adopted") || a.status().equals("rejected")));
    }

    /** Whether {@code person} declined a deal of this bot's that asked it for {@code want}. */
    private static boolean refused(Mind mind, String person, Promise want) {
        return mind.view().deals().stream()
                .anyMatch(d -> d.from().equals(mind.me())
                        && d.to().equals(person)
                        && d.status().equals("declined")
                        && want.equals(d.want()));
    }

    /**
     * What it gives in return, cheapest for itself first: a vote for the person's open amendment,
     * support for a wording the person backed (proposed, co-sponsored, voted for or pledged on),
     * or its signature on condition that the clause it cares about most reads as it wants.
     */
    static Promise give(Mind mind, String person, Promise want, double tolerance, List<Command> out) {
        for (AmendmentView a : mind.open()) {
            // Not a vote it casts this turn (one that stands is no longer its to trade), nor one an
            // earlier deal already owes: the person would pay for what it gets anyway.
            if (a.proposer().equals(person)
                    && !mind.hasStance(a)
                    && !votesNow(out, a.id())
                    && !Negotiator.owes(mind, new Promise.Vote(a.id(), Ballot.SUPPORT))
                    && mind.gain(a.clause(), a.option()) >= -tolerance) {
                return new Promise.Vote(a.id(), Ballot.SUPPORT);
            }
        }
        String wantedClause = want instanceof Promise.Support s ? s.clause() : null;
        if (want instanceof Promise.Vote v) {
            wantedClause = mind.open().stream()
                    .filter(a -> a.id().equals(v.amendment()))
                    .map(AmendmentView::clause)
                    .findFirst()
                    .orElse(null);
        }
        Promise.Support best = null;
        double bestGain = -tolerance;
        for (List<String> w : backed(mind, person)) {
            String clause = w.get(0);
            String option = w.get(1);
            if (clause.equals(wantedClause)
                    || option.equals(mind.current(clause))
                    || Negotiator.owes(mind, new Promise.Support(clause, option))
                    || votedFor(mind, clause, option)) {
                continue;
            }
            double g = mind.gain(clause, option);
            if (g >= bestGain) {
                best = new Promise.Support(clause, option);
                bestGain = g;
            }
        }
        if (best != null) {
            return best;
        }
        if (mind.bestDecision() == Decision.SIGN && mind.topClause() != null) {
            String top = mind.topClause();
            List<String> fine = new ArrayList<>();
            for (ClauseOption o : mind.clause(top).options()) {
                if (mind.gain(top, o.id()) >= 0) {
                    fine.add(o.id());
                }
            }
            return new Promise.Decide(
                    Decision.SIGN,
                    fine.size() == mind.clause(top).options().size()
                            ? List.of()
                            : List.of(new TextCondition(top, fine)));
        }
        return null;
    }

    /**
     * Whether this seat has voted for (or co-sponsored) an open amendment that tables {@code option}
     * on {@code clause}: support for that wording is what it gives already (a play-test's India
     * offered a student support for a wording it had co-sponsored).
     */
    private static boolean votedFor(Mind mind, String clause, String option) {
        return mind.open().stream()
                .anyMatch(a -> a.clause().equals(clause)
                        && a.option().equals(option)
                        && (a.votes().get(mind.me()) == Ballot.SUPPORT
                                || a.cosponsors().contains(mind.me())));
    }

    /** Whether {@code out} casts this seat's vote on (or co-sponsors) amendment {@code id}. */
    private static boolean votesNow(List<Command> out, String id) {
        for (Command c : out) {
            if (c instanceof Command.CastVote v && v.amendment().equals(id)
                    || c instanceof Command.Cosponsor s && s.amendment().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The wordings {@code person} has backed in public, in the order they did. */
    private static List<List<String>> backed(Mind mind, String person) {
        Set<List<String>> out = new java.util.LinkedHashSet<>();
        for (AmendmentView a : mind.view().amendments()) {
            if (a.proposer().equals(person)
                    || a.cosponsors().contains(person)
                    || a.votes().get(person) == Ballot.SUPPORT) {
                out.add(List.of(a.clause(), a.option()));
            }
        }
        for (PlayerView.PledgeView p : mind.view().pledges()) {
            if (p.seat().equals(person)) {
                for (TextCondition c : p.conditions()) {
                    for (String o : c.options()) {
                        out.add(List.of(c.clause(), o));
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** To a partner, before it decides: what it pledged, if the pledge holds now. */
    private static String reminder(Mind mind, String person, Decision intended) {
        if (!mind.prefs().partners().contains(person)) {
            return null;
        }
        for (PlayerView.PledgeView p : mind.view().pledges()) {
            if (p.seat().equals(person) && Negotiator.holds(mind, p.conditions()) && !p.ifCoalition()) {
                return Phrases.reminder(mind, p.decision(), intended);
            }
        }
        return null;
    }

    /** Says so, once per deal, when {@code person} voted against what it promised this bot. */
    private void noticeBrokenPromises(Mind mind, String person, List<Command> out) {
        for (DealView d : mind.view().deals()) {
            if (!d.status().equals("accepted") || !d.involves(person) || !d.involves(mind.me())) {
                continue;
            }
            Promise theirs = d.promiseBy(person);
            Set<String> earlier = before.computeIfAbsent(d.id(), k -> stancesOf(mind, person));
            AmendmentView against = brokenBy(mind, person, theirs, earlier);
            if (against != null && done.add("broken " + d.id())) {
                distrusted.add(person);
                if (mind.canAct("dm")) {
                    out.add(new Command.Whisper(
                            person,
                            DealPhrases.broken(mind, against, against.votes().get(person))));
                }
            }
        }
    }

    private static Set<String> stancesOf(Mind mind, String person) {
        Set<String> out = new HashSet<>();
        for (AmendmentView a : mind.view().amendments()) {
            if (a.hasStance(person)) {
                out.add(a.id());
            }
        }
        return out;
    }

    /** The amendment on which {@code person} took another stance than it promised, if any. */
    private static AmendmentView brokenBy(Mind mind, String person, Promise promise, Set<String> earlier) {
        for (AmendmentView a : mind.view().amendments()) {
            Ballot stance = a.votes().get(person);
            if (stance == null) {
                continue;
            }
            // A promised vote is on one amendment, whenever it was cast (as the rules judge it);
            // a promise to support a wording does not reach votes cast before this bot saw the deal.
            if (promise instanceof Promise.Vote v && v.amendment().equals(a.id()) && stance != v.ballot()) {
                return a;
            }
            if (promise instanceof Promise.Support s
                    && s.clause().equals(a.clause())
                    && s.option().equals(a.option())
                    && stance != Ballot.SUPPORT
                    && !earlier.contains(a.id())) {
                return a;
            }
        }
        return null;
    }
}
