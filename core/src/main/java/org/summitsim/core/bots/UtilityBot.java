package org.summitsim.core.bots;

import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.PlayerView.AmendmentView;
import org.summitsim.core.view.PlayerView.DealView;

/**
 * Maximises its own score: proposes the amendments with the best expected gain (gain times the
 * chance they pass), votes by its score, trades votes in deals worth more than they cost, and
 * decides by best response to what it expects others to decide.
 */
class UtilityBot extends Negotiator {

    private static final Memory.Key<java.util.Set<String>> DEALT_WITH = new Memory.Key<>("dealt with");
    private static final Memory.Key<List<Trade>> TRADES = new Memory.Key<>("trades");

    /** Each seat is asked once a match for its vote on each wording: a refusal is an answer. */
    private final java.util.Set<Asked> lobbied = new java.util.HashSet<>();

    private final Lobby lobby = new Lobby(LOBBY_GAIN);
    /** What each seat on the lobby's list would be offered (null: nothing), worked out when first needed. */
    private final Map<String, Trade> prices = new java.util.HashMap<>();

    private List<Lobby.Opposer> pricedFor;

    /** A seat asked for its vote on a wording. */
    private record Asked(String seat, String clause, String option) {}

    UtilityBot(BotSeat seat, double trust) {
        super(seat, trust);
    }

    UtilityBot(BotSeat seat) {
        this(seat, 0.8);
    }

    @Override
    protected void opening(Mind mind, List<Command> out) {
        super.opening(mind, out);
        // A seat that would rather push with a coalition does not promise to sign.
        if (once("pledge") && mind.bestDecision() == Decision.SIGN && mind.aim() == Decision.SIGN) {
            String clause = mind.topClause();
            if (clause != null) {
                // It names the wordings of its top clause it can sign, so its partners know what
                // keeps it at their side (the rest would cost it more to sign than to abstain).
                List<String> signable = mind.signable(clause);
                List<String> options = signable.isEmpty() ? List.of(mind.ideal(clause)) : signable;
                List<TextCondition> conditions =
                        options.size() == mind.clause(clause).options().size()
                                ? List.of()
                                : List.of(new TextCondition(clause, options));
                out.add(new Command.MakePledge(Decision.SIGN, conditions, Phrases.signIf(mind, conditions)));
            }
        }
    }

    @Override
    protected Ballot judge(Mind mind, AmendmentView a) {
        // A point either way is not worth a fight: a utility bot's vote on it can be won.
        return SilentBot.byGain(mind.gain(a.clause(), a.option()), 1.0);
    }

    @Override
    protected void round(Mind mind, List<Command> out) {
        super.round(mind, out);
        joinCoalition(mind, out);
    }

    /**
     * A seat that would rather push with a coalition than sign says so in public, with a pledge
     * that binds only if the coalition comes together: it costs nothing alone, and lets the
     * others count the coalition.
     */
    protected void joinCoalition(Mind mind, List<Command> out) {
        if (mind.aim() == Decision.PUSH_BINDING && !hasPledged(mind, Decision.PUSH_BINDING) && once("pledge push")) {
            out.add(new Command.MakePledge(
                    Decision.PUSH_BINDING,
                    List.of(),
                    mind.name(mind.me()) + " will push for negotiations on binding law if enough states push with us.",
                    Boolean.TRUE));
        }
    }

    static boolean hasPledged(Mind mind, Decision d) {
        for (PlayerView.PledgeView p : mind.view().pledges()) {
            if (p.seat().equals(mind.me()) && p.decision() == d) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void propose(Mind mind, List<Command> out) {
        if (mind.proposedThisRound() >= maxProposals()) {
            return;
        }
        String bestClause = null;
        String bestOption = null;
        double bestValue = minimumGain();
        for (PlayerView.ClauseView c : mind.view().text()) {
            java.util.Set<String> allowed = mind.proposableOn(c.id());
            if (allowed.isEmpty()) {
                continue; // a clause with an open amendment, or already voted on this round
            }
            for (ClauseOption o : c.options()) {
                if (!allowed.contains(o.id())
                        || !worthProposing(mind, c.id(), o.id())
                        || mind.rejectedAsTextStands(c.id(), o.id()) && !mind.wonOver(c.id(), o.id())) {
                    continue;
                }
                double value = appeal(mind, c.id(), o.id());
                if (value > bestValue) {
                    bestValue = value;
                    bestClause = c.id();
                    bestOption = o.id();
                }
            }
        }
        if (bestClause != null && once("propose " + bestClause + "=" + bestOption)) {
            out.add(new Command.Propose(bestClause, bestOption, Phrases.rationale(mind, bestClause, bestOption)));
        }
    }

    /** Only wordings that help this seat; the mediator relaxes this. */
    protected boolean worthProposing(Mind mind, String clause, String option) {
        return mind.gain(clause, option) > 0.5;
    }

    protected int maxProposals() {
        return 2;
    }

    protected double minimumGain() {
        return 1;
    }

    /** How attractive proposing this wording is: the gain, discounted by the chance it fails. */
    protected double appeal(Mind mind, String clause, String option) {
        return (mind.gain(clause, option) + mind.prefs().influence()) * mind.adoptionChance(clause, option);
    }

    /**
     * Offers trades of support: another seat's pledge shows the wording it wants; if supporting
     * that costs little, offer to support it in exchange for support of this seat's top wording.
     */
    @Override
    protected void offerDeals(Mind mind, List<Command> out) {
        java.util.Set<String> dealtWith = memory().recall(
                        DEALT_WITH,
                        () -> {
                            java.util.Set<String> seats = new java.util.HashSet<>();
                            for (DealView d : mind.view().deals()) {
                                if (!d.status().equals("declined")) {
                                    seats.add(d.from());
                                    seats.add(d.to());
                                }
                            }
                            return seats;
                        },
                        mind.view().deals());
        int offers = 0;
        // Trades aimed at the votes this seat is missing: each seat that voted down (or abstained
        // on) a wording it wants is offered support for a wording it backed and this seat can live with. Priced
        // only for the seats still to ask: most were asked on earlier turns.
        List<Lobby.Opposer> opposers = lobby.opposers(mind);
        if (opposers != pricedFor) { // a seat's price holds while the seats to ask do
            prices.clear();
            pricedFor = opposers;
        }
        for (Lobby.Opposer o : opposers) {
            if (offers >= 2) {
                break;
            }
            String clause = o.against().clause();
            String option = o.against().option();
            Asked asked = new Asked(o.seat(), clause, option);
            if (dealtWith.contains(o.seat()) || lobbied.contains(asked)) {
                continue;
            }
            Trade t = prices.containsKey(o.seat())
                    ? prices.get(o.seat())
                    : price(mind, o.seat(), lobby.backed(mind, o.seat()), clause, option);
            prices.put(o.seat(), t);
            if (t != null && lobbied.add(asked) && once("offer " + t.seat())) {
                out.add(offer(mind, t));
                dealtWith.add(t.seat());
                offers++;
            }
        }
        String mine = mind.topClause();
        if (offers > 0 || mine == null || mind.ideal(mine).equals(mind.current(mine))) {
            return;
        }
        for (Trade t : trades(mind, mine)) {
            if (!dealtWith.contains(t.seat()) && once("offer " + t.seat())) {
                out.add(offer(mind, new Trade(t.seat(), t.clause(), t.option(), mine, mind.ideal(mine))));
                return;
            }
        }
    }

    private static Command offer(Mind mind, Trade t) {
        return new Command.OfferDeal(
                t.seat(),
                new Promise.Support(t.clause(), t.option()),
                new Promise.Support(t.wantClause(), t.wantOption()),
                DealPhrases.dealNote(
                        mind,
                        mind.optionLabel(t.clause(), t.option()),
                        mind.optionLabel(t.wantClause(), t.wantOption())));
    }

    /** Support this seat could offer: the wording another seat's pledge asks for, if it costs little. */
    private record Trade(String seat, String clause, String option, String wantClause, String wantOption) {}

    /**
     * The trades worth offering, in pledge order, before leaving out seats this one already has a
     * deal with; they change only with the pledges, the text or the projection.
     */
    private List<Trade> trades(Mind mind, String mine) {
        PlayerView v = mind.view();
        return memory().recall(
                        TRADES,
                        () -> {
                            List<Trade> trades = new java.util.ArrayList<>();
                            for (PlayerView.PledgeView p : v.pledges()) {
                                if (p.seat().equals(mind.me())) {
                                    continue;
                                }
                                for (TextCondition c : p.conditions()) {
                                    if (c.clause().equals(mine)) {
                                        continue;
                                    }
                                    String wanted = null;
                                    double most = 0;
                                    for (String o : c.options()) {
                                        double g = mind.gain(c.clause(), o);
                                        if (wanted == null
                                                || Double.compare(g, most) > 0) { // the first of equals, as max() keeps
                                            wanted = o;
                                            most = g;
                                        }
                                    }
                                    if (wanted != null
                                            && !wanted.equals(mind.current(c.clause()))
                                            && mind.gain(c.clause(), wanted) >= -tradeTolerance()) {
                                        trades.add(new Trade(p.seat(), c.clause(), wanted, null, null));
                                    }
                                }
                            }
                            return trades;
                        },
                        v.pledges(),
                        v.text(),
                        v.projection());
    }

    static final double LOBBY_GAIN = 2;

    /**
     * What this seat could give {@code seat} for its support: the wording {@code seat} backed
     * that costs this seat least (the later of equals).
     */
    private Trade price(Mind mind, String seat, List<Lobby.Backed> backed, String wantClause, String wantOption) {
        Trade best = null;
        double bestGain = -tradeTolerance();
        for (Lobby.Backed w : backed) {
            String clause = w.clause();
            String option = w.option();
            if (clause.equals(wantClause) || option.equals(mind.current(clause))) {
                continue;
            }
            double g = mind.gain(clause, option);
            if (g >= bestGain) {
                best = new Trade(seat, clause, option, wantClause, wantOption);
                bestGain = g;
            }
        }
        return best;
    }

    protected double tradeTolerance() {
        return 1;
    }

    @Override
    protected boolean tradesWithPeople() {
        return true;
    }

    @Override
    protected boolean acceptable(Mind mind, DealView d) {
        double cost = promiseCost(mind, d.want());
        double benefit = promiseBenefit(mind, d.give());
        return benefit >= cost && cost <= 3 + mind.prefs().trust() / 4.0;
    }

    /** What keeping {@code promise} would cost this seat, in score points (negative is a gain). */
    static double promiseCost(Mind mind, Promise promise) {
        if (Negotiator.owes(mind, promise)) {
            return 0; // an earlier deal binds it to this already: promising it again costs nothing more
        }
        if (promise instanceof Promise.Vote v) {
            AmendmentView a = amendment(mind, v.amendment());
            if (a == null) {
                return Double.POSITIVE_INFINITY;
            }
            if (mind.hasStance(a)) {
                // A vote stands once cast: the promise is kept already, or can never be.
                return stance(mind, a) == v.ballot() ? 0 : Double.POSITIVE_INFINITY;
            }
            double gain = mind.gain(a.clause(), a.option());
            return v.ballot() == Ballot.SUPPORT ? -gain : v.ballot() == Ballot.OPPOSE ? gain : Math.abs(gain) / 2;
        }
        if (promise instanceof Promise.Support s) {
            return -mind.gain(s.clause(), s.option());
        }
        Promise.Decide d = (Promise.Decide) promise;
        Decision best = mind.bestDecision();
        return mind.projected(best) - mind.projected(d.decision()) - coalitionGain(mind, d.decision());
    }

    /**
     * What a promise to push is worth beyond today's projection: the projection counts only
     * public pledges, so it charges a push for failing; a deal to push together is a step to the
     * coalition, worth what binding law is worth to this seat if the push succeeds.
     */
    static double coalitionGain(Mind mind, Decision d) {
        // A seat that would rather sign than push even when the push succeeds (its binding
        // weight does not make up for the signature) gains nothing from a step to the coalition.
        if (d != Decision.PUSH_BINDING || mind.prefs().binding() <= 0 || mind.aim() != Decision.PUSH_BINDING) {
            return 0;
        }
        var push = mind.view().projection().get(Decision.PUSH_BINDING);
        double bindingNow = push == null ? 0 : push.breakdown().getOrDefault("binding", 0.0);
        return Math.max(0, mind.prefs().binding() - bindingNow);
    }

    /** What the other side's promise is worth to this seat. */
    static double promiseBenefit(Mind mind, Promise promise) {
        if (promise instanceof Promise.Vote v) {
            AmendmentView a = amendment(mind, v.amendment());
            if (a == null || a.votes().containsKey(otherParty(mind, promise))) {
                return 0; // a vote already cast is no payment: it is in the count whatever the deal
            }
            double gain = mind.gain(a.clause(), a.option());
            return (v.ballot() == Ballot.SUPPORT ? gain : v.ballot() == Ballot.OPPOSE ? -gain : 0) * 0.5;
        }
        if (promise instanceof Promise.Support s) {
            if (s.option().equals(mind.current(s.clause()))) {
                // Support for a wording that stands is a defence: worth what an amendment open
                // against it would cost us (their vote against it), nothing while none is open.
                // Else a promise that never comes due could be sold to every bot in turn.
                double threat = 0;
                for (AmendmentView a : mind.open()) {
                    if (a.clause().equals(s.clause()) && !a.option().equals(s.option())) {
                        threat = Math.max(threat, -mind.gain(a.clause(), a.option()));
                    }
                }
                return threat * 0.5;
            }
            // Their support makes our wording likelier to pass, and co-sponsoring it earns credit.
            return Math.max(0, mind.gain(s.clause(), s.option())) * 0.6
                    + mind.prefs().influence() * 0.5;
        }
        Decision theirs = ((Promise.Decide) promise).decision();
        double partner = mind.prefs().partners().contains(otherParty(mind, promise))
                ? mind.prefs().standing() * 0.3
                : 0;
        return theirs == Decision.SIGN
                ? mind.prefs().breadth() * 0.05 + partner
                : theirs == Decision.PUSH_BINDING ? Math.max(0, mind.prefs().binding()) * 0.3 + partner : partner;
    }

    /** The seat that made {@code promise} to this one in a deal it was offered or accepted. */
    private static String otherParty(Mind mind, Promise promise) {
        for (DealView d : mind.view().deals()) {
            if (d.to().equals(mind.me()) && d.give() == promise) {
                return d.from();
            }
            if (d.from().equals(mind.me()) && d.want() == promise) {
                return d.to();
            }
        }
        return "";
    }

    /** This seat's stance on an amendment it has one on: a sponsor supports it. */
    private static Ballot stance(Mind mind, AmendmentView a) {
        Ballot b = a.votes().get(mind.me());
        return b != null ? b : Ballot.SUPPORT;
    }

    static AmendmentView amendment(Mind mind, String id) {
        for (AmendmentView a : mind.view().amendments()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }
}
