package org.summitsim.core.bots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.StateName;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.PlayerView.AmendmentView;
import org.summitsim.core.view.PlayerView.DealView;

/**
 * The shape every built-in strategy shares: speak at the opening, then each round vote on open
 * amendments, perhaps propose, answer deals, and finally decide. Strategies override the
 * choices; this class keeps the bookkeeping (what it already said, which promises it made) so
 * a bot passes once it has nothing new to do.
 */
abstract class Negotiator implements Bot {

    protected final BotSeat seat;
    /** Chance of keeping a promise that has become costly: 1 always keeps, 0 keeps only when free. */
    protected final double trust;
    /** What it already said or did in the current stage. */
    private final Set<String> done = new HashSet<>();

    private final Memory memory = new Memory();
    private Stage stage;
    /** Its answers to players' messages; none for a bot made without one (a test's, say). */
    private Conversation conversation;
    /** Its own approaches to the people at the table; only a bot that converses takes them. */
    private final Initiative initiative = new Initiative();

    Negotiator(BotSeat seat, double trust) {
        this.seat = seat;
        this.trust = trust;
    }

    /** The seats played by people, or null while unknown (then anyone may be). */
    private Set<String> people;

    /** Whether {@code seat} may be played by a person (words are for people; bots read deals). */
    protected boolean person(String seat) {
        return people == null || people.contains(seat);
    }

    @Override
    public void seatedPeople(Set<String> seats) {
        people = seats == null ? null : Set.copyOf(seats);
    }

    /** Lets this bot read and answer the messages players send it. */
    void converse(Conversation c) {
        conversation = c;
    }

    @Override
    public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
        // Before any early return, so a message sent during a pause is answered after it. With no
        // person to listen to, the news is not even read: reading filters it, which costs.
        if (conversation != null && (people == null || !people.isEmpty())) {
            conversation.hear(news, this::person);
        }
        if (!view.stage().equals(stage)) {
            stage = view.stage();
            done.clear();
        }
        if (view.paused() || view.legalActions().isEmpty()) {
            return List.of();
        }
        Mind mind = new Mind(view, memory);
        List<Command> out = new ArrayList<>();
        switch (view.stage().phase()) {
            case OPENING -> {
                opening(mind, out);
                offerDeals(mind, out);
            }
            case ROUND -> round(mind, out);
            case FINAL -> decide(mind, out);
            default -> {}
        }
        if (conversation != null) {
            conversation.answer(mind, judgement, out);
            if (people != null && !people.isEmpty()) {
                initiative.approach(mind, people, tradesWithPeople(), () -> decision(mind), out);
            }
        }
        answerDeals(mind, out);
        keepAcceptedThisTurn(mind, out);
        if (conversation != null && !conversation.invited().isEmpty()) {
            out.removeIf(c ->
                    c instanceof Command.CastVote v && conversation.invited().contains(v.amendment()));
            conversation.turnPassed();
        }
        out.removeIf(c -> c instanceof Command.OfferDeal o && conflicts(mind, o.give()));
        out.removeIf(c -> c instanceof Command.OfferDeal o && askedAlready(mind, o));
        holdVotesOffered(mind, out);
        if (out.isEmpty() && mind.canAct("ready")) {
            out.add(new Command.Ready());
        }
        out.replaceAll(Negotiator::sentences);
        return out;
    }

    /** Names go into its words in sentence form ("the Netherlands"): one that begins a sentence is capitalised. */
    private static Command sentences(Command c) {
        if (c instanceof Command.Say s) {
            return new Command.Say(StateName.sentences(s.text()));
        } else if (c instanceof Command.Whisper w) {
            return new Command.Whisper(w.to(), StateName.sentences(w.text()));
        } else if (c instanceof Command.CaucusSay s) {
            return new Command.CaucusSay(s.caucus(), StateName.sentences(s.text()));
        } else if (c instanceof Command.Propose p) {
            return new Command.Propose(p.clause(), p.option(), StateName.sentences(p.rationale()));
        } else if (c instanceof Command.MakePledge p) {
            return new Command.MakePledge(p.decision(), p.conditions(), StateName.sentences(p.text()), p.ifCoalition());
        } else if (c instanceof Command.OfferDeal o) {
            return new Command.OfferDeal(o.to(), o.give(), o.want(), StateName.sentences(o.text()));
        } else if (c instanceof Command.Decide d) {
            return new Command.Decide(d.decision(), StateName.sentences(d.statement()));
        }
        return c;
    }

    /**
     * Whether {@code o} puts to a person the very terms it put to them before, still waiting for
     * an answer or declined: a person's no is an answer, and the same offer again is pestering (a
     * play-test's student had China's offer back a minute after declining it). Between bots a
     * renewed offer is part of the bargaining, and stays.
     */
    private boolean askedAlready(Mind mind, Command.OfferDeal o) {
        return people != null
                && people.contains(o.to())
                && offersToPeople(mind)
                        .anyMatch(d -> d.to().equals(o.to())
                                && (d.status().equals("declined") || d.status().equals("offered"))
                                && d.give().equals(o.give())
                                && d.want().equals(o.want()));
    }

    /** The strategy's own answers, for the conversation to judge a trade or a pledge question as it would. */
    private final Conversation.Judgement judgement = new Conversation.Judgement() {
        @Override
        public boolean acceptable(Mind mind, DealView deal) {
            return !initiative.distrusts(deal.partnerOf(mind.me()))
                    && !conflicts(mind, deal.promiseBy(mind.me()))
                    && Negotiator.this.acceptable(mind, deal);
        }

        @Override
        public Decision intended(Mind mind) {
            return decision(mind);
        }

        @Override
        public boolean makesDeals() {
            return Negotiator.this.makesDeals();
        }

        @Override
        public Ballot ballot(Mind mind, AmendmentView a) {
            return Negotiator.this.ballot(mind, a); // what it says it will vote is what it votes
        }
    };

    /** What this bot worked out on earlier turns (see {@link Memory}). */
    protected Memory memory() {
        return memory;
    }

    /** True the first time this key is seen in this stage: so a bot says each thing once. */
    protected boolean once(String key) {
        return done.add(key);
    }

    protected void opening(Mind mind, List<Command> out) {
        if (once("opening")) {
            out.add(new Command.Say(Phrases.opening(mind)));
        }
    }

    protected void round(Mind mind, List<Command> out) {
        for (AmendmentView a : mind.open()) {
            if (!mind.hasStance(a)) {
                Ballot b = ballot(mind, a);
                out.add(
                        b == Ballot.SUPPORT && cosponsors()
                                ? new Command.Cosponsor(a.id())
                                : new Command.CastVote(a.id(), b));
            }
        }
        propose(mind, out);
        offerDeals(mind, out);
    }

    /**
     * Whether promising {@code p} would contradict a promise it made already: support for one
     * wording of a clause is a promise to defend it, so it cannot also back another wording there.
     */
    private boolean conflicts(Mind mind, Promise p) {
        if (castAgainst(mind, p) != null) {
            return true;
        }
        if (p instanceof Promise.Vote v) {
            // A ballot its earlier promises already fix otherwise (a wording it promised to support, or to defend).
            AmendmentView a = UtilityBot.amendment(mind, v.amendment());
            return a != null
                    && promisedBallot(promisedBy(mind), mind, a)
                            .filter(b -> b != v.ballot())
                            .isPresent();
        }
        if (p instanceof Promise.Decide d) {
            return promisedOtherwise(mind, d) != null;
        }
        if (!(p instanceof Promise.Support s)) {
            return false;
        }
        for (Promise mine : promised(mind)) {
            if (mine instanceof Promise.Support m
                    && m.clause().equals(s.clause())
                    && !m.option().equals(s.option())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The amendment on which this seat's stance (its vote, or its sponsorship) already breaks a
     * promised vote {@code p}, or null: votes do not change, so such a promise could only be
     * broken, and the rules refuse it.
     */
    static AmendmentView castAgainst(Mind mind, Promise p) {
        if (!(p instanceof Promise.Vote v)) {
            return null;
        }
        AmendmentView a = UtilityBot.amendment(mind, v.amendment());
        Ballot cast = a == null ? null : stance(a, mind.me());
        return cast != null && cast != v.ballot() ? a : null;
    }

    private static Ballot stance(AmendmentView a, String seat) {
        return a.proposer().equals(seat) || a.cosponsors().contains(seat)
                ? Ballot.SUPPORT
                : a.votes().get(seat);
    }

    /**
     * Votes chosen this turn follow the deals accepted in the same turn: the acceptance reaches the
     * rules with the votes, and a vote cast otherwise would break the promise as it is made.
     */
    private void keepAcceptedThisTurn(Mind mind, List<Command> out) {
        List<Promise> accepted = new ArrayList<>();
        for (Command c : out) {
            if (c instanceof Command.AcceptDeal a) {
                mind.view().deals().stream()
                        .filter(d -> d.id().equals(a.deal()))
                        .findFirst()
                        .ifPresent(d -> accepted.add(d.promiseBy(mind.me())));
            }
        }
        if (accepted.isEmpty()) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            String id = out.get(i) instanceof Command.CastVote v
                    ? v.amendment()
                    : out.get(i) instanceof Command.Cosponsor c ? c.amendment() : null;
            AmendmentView a = id == null ? null : UtilityBot.amendment(mind, id);
            Ballot now = out.get(i) instanceof Command.CastVote v ? v.ballot() : Ballot.SUPPORT;
            Ballot promised =
                    a == null ? null : promisedBallot(accepted, mind, a).orElse(null);
            if (promised != null && promised != now) {
                out.set(
                        i,
                        promised == Ballot.SUPPORT && cosponsors()
                                ? new Command.Cosponsor(id)
                                : new Command.CastVote(id, promised));
            }
        }
    }

    /**
     * The decision this seat already promised, on the same terms, other than the one {@code asked}
     * (in an accepted deal, or a pledge of its own); null when there is none. A second deal for
     * another decision could only be kept by breaking the first.
     */
    static Decision promisedOtherwise(Mind mind, Promise.Decide asked) {
        for (Promise mine : promisedBy(mind)) {
            if (mine instanceof Promise.Decide d
                    && d.decision() != asked.decision()
                    && d.conditions().equals(asked.conditions())) {
                return d.decision();
            }
        }
        for (PlayerView.PledgeView p : mind.view().pledges()) {
            if (p.seat().equals(mind.me())
                    && p.decision() != asked.decision()
                    && p.conditions().equals(asked.conditions())) {
                return p.decision();
            }
        }
        return null;
    }

    /** How to vote on an open amendment: a promise made in a deal first, else the strategy's judgement. */
    protected Ballot ballot(Mind mind, AmendmentView a) {
        Optional<Ballot> promised = promisedBallot(mind, a);
        Ballot own = judge(mind, a);
        if (own == Ballot.ABSTAIN && askedAPersonToSupport(mind, a)) {
            // What it asked a person to vote for, it votes for itself: a play-test's Korea offered a
            // student a deal for a wording a point better for it, then abstained on it.
            own = Ballot.SUPPORT;
        }
        if (promised.isPresent() && promised.get() != own) {
            double cost =
                    Math.abs(mind.gain(a.clause(), a.option())) - mind.prefs().trust() / 2.0;
            // Drawn once per amendment, so that a bot asked how it will vote says what it then does.
            boolean keep = cost < 1
                    || keeps.computeIfAbsent(a.id(), id -> seat.random().nextDouble() < trust);
            return keep ? promised.get() : own;
        }
        return promised.orElse(own);
    }

    protected abstract Ballot judge(Mind mind, AmendmentView a);

    /** Whether this bot has offered a person a deal (not declined) for support of {@code a}'s wording. */
    private boolean askedAPersonToSupport(Mind mind, AmendmentView a) {
        // No person at the table (every headless match): nothing to look through on each ballot.
        return people != null
                && !people.isEmpty()
                && offersToPeople(mind)
                        .anyMatch(d -> !d.status().equals("declined")
                                && d.want() instanceof Promise.Support s
                                && s.clause().equals(a.clause())
                                && s.option().equals(a.option()));
    }

    /** The deals this bot offered to seats people play (people known: not null). */
    private java.util.stream.Stream<DealView> offersToPeople(Mind mind) {
        return mind.view().deals().stream().filter(d -> d.from().equals(mind.me()) && people.contains(d.to()));
    }

    /** Per amendment: whether it keeps a promise that goes against its own judgement there. */
    private final Map<String, Boolean> keeps = new HashMap<>();

    /**
     * A vote other than for waits a turn when this seat offers a person its support for that very
     * wording in the same turn: the person would read "we support it" beside a vote that did not,
     * and a vote cast before the deal is one the deal can never reach. (Not for as long as the
     * offer is open: a person who never answers would hold the vote open to the end of the round.)
     */
    private void holdVotesOffered(Mind mind, List<Command> out) {
        List<Promise.Support> offered = new ArrayList<>();
        for (Command c : out) {
            if (c instanceof Command.OfferDeal o && person(o.to()) && o.give() instanceof Promise.Support s) {
                offered.add(s);
            }
        }
        if (offered.isEmpty()) {
            return;
        }
        out.removeIf(c -> c instanceof Command.CastVote v
                && v.ballot() != Ballot.SUPPORT
                && offered.stream().anyMatch(s -> {
                    AmendmentView a = UtilityBot.amendment(mind, v.amendment());
                    return a != null
                            && a.clause().equals(s.clause())
                            && a.option().equals(s.option());
                }));
    }

    /** Whether it co-sponsors what it supports (sharing the credit) rather than only voting for it. */
    protected boolean cosponsors() {
        return true;
    }

    protected void propose(Mind mind, List<Command> out) {}

    protected void offerDeals(Mind mind, List<Command> out) {}

    /** Accepts or declines each deal offered to this seat; the default declines. */
    protected void answerDeals(Mind mind, List<Command> out) {
        for (DealView d : mind.view().deals()) {
            if (d.to().equals(mind.me()) && d.status().equals("offered") && once("deal " + d.id())) {
                if (initiative.distrusts(d.from())) {
                    out.add(new Command.DeclineDeal(d.id()));
                } else if (conflicts(mind, d.want())) {
                    out.add(new Command.DeclineDeal(d.id()));
                    if (person(d.from())) {
                        out.add(new Command.Whisper(d.from(), DealPhrases.conflict(mind, d.want())));
                    }
                } else if (makesDeals() && acceptable(mind, d)) {
                    out.add(new Command.AcceptDeal(d.id()));
                } else {
                    out.add(new Command.DeclineDeal(d.id()));
                    // A refusal with a reason gives a human partner something to work with; a
                    // better offer for the vote it asked must still find the vote uncast.
                    if (person(d.from())) {
                        AmendmentView asked =
                                d.want() instanceof Promise.Vote v ? UtilityBot.amendment(mind, v.amendment()) : null;
                        if (conversation != null && asked != null && !mind.hasStance(asked)) {
                            conversation.invite(asked.id());
                        }
                        out.add(new Command.Whisper(
                                d.from(),
                                makesDeals() ? DealPhrases.refusal(mind, d) : DealPhrases.noDeals(mind, d.want())));
                    }
                }
            }
        }
    }

    protected boolean acceptable(Mind mind, DealView d) {
        return false;
    }

    /** Whether it makes deals at all: one that does not says so when it refuses, not that the price was wrong. */
    protected boolean makesDeals() {
        return true;
    }

    /** Whether it offers people trades unasked (a strategy that makes no deals does not). */
    protected boolean tradesWithPeople() {
        return false;
    }

    protected void decide(Mind mind, List<Command> out) {
        if (!mind.canAct("decide")) {
            return;
        }
        Decision own = decision(mind);
        out.add(new Command.Decide(own, Phrases.decision(mind, own)));
    }

    /**
     * What it will decide, and what it says it will: its own choice, or the decision it promised
     * (by a pledge or a deal whose condition holds now). Breaking pays only if it gains more than
     * the trust it costs at home; even then a trustworthy delegation mostly keeps its word.
     */
    final Decision decision(Mind mind) {
        Decision own = choose(mind);
        Optional<Decision> promised = promisedDecision(mind);
        if (promised.isPresent() && promised.get() != own) {
            // The projection counts the trust the breach would cost already.
            double gain = mind.projected(own) - mind.projected(promised.get());
            if (gain < 1 || keepsItsWord()) {
                return promised.get();
            }
        }
        return own;
    }

    /** Whether it keeps a promised decision that has become costly; drawn once, so what it says is what it does. */
    private boolean keepsItsWord() {
        if (keepsDecision == null) {
            keepsDecision = seat.random().nextDouble() < trust;
        }
        return keepsDecision;
    }

    private Boolean keepsDecision;

    protected Decision choose(Mind mind) {
        return mind.bestDecision();
    }

    /** The ballot this seat promised on amendment {@code a} in an accepted deal, if any. */
    protected Optional<Ballot> promisedBallot(Mind mind, AmendmentView a) {
        return promisedBallot(promised(mind), mind, a);
    }

    /** The ballot {@code promises} (a seat's, in the order made) commit it to on amendment {@code a}, if any. */
    static Optional<Ballot> promisedBallot(List<Promise> promises, Mind mind, AmendmentView a) {
        for (Promise mine : promises) {
            if (mine instanceof Promise.Vote v && v.amendment().equals(a.id())) {
                return Optional.of(v.ballot());
            }
            if (mine instanceof Promise.Support p && p.clause().equals(a.clause())) {
                if (p.option().equals(a.option())) {
                    return Optional.of(Ballot.SUPPORT);
                }
                // It promised this wording and it stands: it defends it against a replacement.
                if (p.option().equals(mind.current(a.clause()))) {
                    return Optional.of(Ballot.OPPOSE);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether this seat's accepted deals already bind it to {@code promise}: the same support, or
     * the ballot a promised vote or a promised wording already commits it to. Promising it again
     * costs nothing more, and it is not this seat's to sell twice.
     */
    static boolean owes(Mind mind, Promise promise) {
        List<Promise> mine = promisedBy(mind);
        if (promise instanceof Promise.Support s) {
            return mine.contains(s);
        }
        if (promise instanceof Promise.Vote v) {
            for (AmendmentView a : mind.view().amendments()) {
                if (a.id().equals(v.amendment())) {
                    return promisedBallot(mine, mind, a)
                            .filter(b -> b == v.ballot())
                            .isPresent();
                }
            }
        }
        return false;
    }

    /** What {@code mind}'s seat promised in its accepted deals, in the order offered. */
    static List<Promise> promisedBy(Mind mind) {
        List<Promise> out = new ArrayList<>();
        for (DealView d : mind.view().deals()) {
            if (d.status().equals("accepted")) {
                Promise mine = d.involves(mind.me()) ? d.promiseBy(mind.me()) : null;
                if (mine != null) {
                    out.add(mine);
                }
            }
        }
        return out;
    }

    /**
     * What this seat promised in its accepted deals, in the order offered: asked for every open
     * amendment on every turn, and changed only with the deals.
     */
    private List<Promise> promised(Mind mind) {
        List<DealView> deals = mind.view().deals();
        return memory.recall(PROMISED, () -> promisedBy(mind), deals);
    }

    private static final Memory.Key<List<Promise>> PROMISED = new Memory.Key<>("promised by me");

    /** The decision this seat promised (by pledge or accepted deal) whose condition holds now. */
    protected Optional<Decision> promisedDecision(Mind mind) {
        for (PlayerView.PledgeView p : mind.view().pledges()) {
            if (p.seat().equals(mind.me())
                    && holds(mind, p.conditions())
                    && (!p.ifCoalition() || mind.coalitionReached())) {
                return Optional.of(p.decision());
            }
        }
        for (DealView d : mind.view().deals()) {
            if (d.status().equals("accepted")) {
                Promise mine = d.promiseBy(mind.me());
                // A push promised in a deal is a push together: due only once the coalition is.
                if (d.involves(mind.me())
                        && mine instanceof Promise.Decide pd
                        && holds(mind, pd.conditions())
                        && (pd.decision() != Decision.PUSH_BINDING || mind.coalitionReached())) {
                    return Optional.of(pd.decision());
                }
            }
        }
        return Optional.empty();
    }

    static boolean holds(Mind mind, List<org.summitsim.core.scenario.TextCondition> conditions) {
        return conditions.stream().allMatch(c -> c.options().contains(mind.current(c.clause())));
    }
}
