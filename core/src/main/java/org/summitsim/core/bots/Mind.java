// Long on purpose: one read-only model of a bot's view: many small questions over the same cached facts.
package org.summitsim.core.bots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scoring.Scorer;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.PlayerView.AmendmentView;
import org.summitsim.core.view.PlayerView.ClauseView;

/**
 * What a bot can work out from its own view: the value of wordings to itself, the decision it
 * expects to take, and how likely others are to support a wording judging by their public votes
 * and pledges. Uses nothing a human at the seat could not see.
 */
public final class Mind {

    private final PlayerView view;
    private final String me;
    private final Preferences prefs;
    private final Decision expected;
    private final Map<String, ClauseView> clauses;
    private final Memory memory;
    /** The clause whose notes were last asked for, and those notes (they hold for the whole view). */
    private String notesClause;

    private Memory.ClauseNotes notesNow;
    /** The amendments on each clause, in order; grouped when first asked. */
    private Map<String, List<AmendmentView>> amendmentsByClause;
    /** seat to clause to the options its latest pledge on that clause names. */
    private Map<String, Map<String, List<String>>> pledged;

    private final int maxObjections;
    /** clause to the options the rules would accept a proposal of now. */
    private Map<String, java.util.Set<String>> proposable;
    /** seat to the wordings ("clause", "option") that seat promised this one to support. */
    private Map<String, java.util.Set<List<String>>> promisedSupport;
    /** What each wording is worth to this seat. */
    private final Valuation valuation;
    /** clause to option to {@link #gain}, and clause to {@link #ideal}, while the text and expected decision stand. */
    private final Map<String, ClauseGains> gains;

    private final Map<String, String> ideals;

    private static final Memory.Key<Valuation> VALUATION = new Memory.Key<>("valuation");
    private static final Memory.Key<Integer> MAX_OBJECTIONS = new Memory.Key<>("max objections");
    private static final Memory.Key<Decision> EXPECTED = new Memory.Key<>("expected");
    private static final Memory.Key<Map<String, ClauseView>> CLAUSES = new Memory.Key<>("clauses");
    private static final Memory.Key<Map<String, ClauseGains>> GAINS = new Memory.Key<>("gains");
    private static final Memory.Key<Map<String, String>> IDEALS = new Memory.Key<>("ideals");
    private static final Memory.Key<Map<String, Map<String, List<String>>>> PLEDGED = new Memory.Key<>("pledged");
    private static final Memory.Key<Map<String, java.util.Set<List<String>>>> PROMISED = new Memory.Key<>("promised");
    private static final Memory.Key<Map<String, java.util.Set<String>>> PROPOSABLE = new Memory.Key<>("proposable");
    private static final Memory.Key<List<PlayerView.PledgeView>> PARTNERS_PLEDGES =
            new Memory.Key<>("partners' pledges to sign");

    public Mind(PlayerView view) {
        this(view, new Memory());
    }

    Mind(PlayerView view, Memory memory) {
        this.view = view;
        this.memory = memory;
        this.me = view.seat();
        this.prefs = view.preferences().get(me);
        this.expected =
                memory.recall(EXPECTED, () -> bestOf(view.projection(), view.defaultDecision()), view.projection());
        this.clauses = memory.recall(
                CLAUSES,
                () -> {
                    Map<String, ClauseView> byId = new HashMap<>();
                    for (ClauseView c : view.text()) {
                        byId.put(c.id(), c);
                    }
                    return byId;
                },
                view.text());
        this.maxObjections = memory.recall(
                MAX_OBJECTIONS,
                () -> view.adoptionRule().startsWith("consensus") ? parseFirstInt(view.adoptionRule()) : 0,
                view.adoptionRule());
        this.valuation = memory.recall(VALUATION, () -> Valuation.of(prefs, view.text())); // fixed in a match
        this.gains = memory.recall(GAINS, HashMap::new, view.text(), expected);
        this.ideals = memory.recall(IDEALS, HashMap::new, view.text(), expected);
    }

    /** The decision with the highest projected total; the earlier decision among equals. */
    private static Decision bestOf(Map<Decision, Score> projection, Decision otherwise) {
        Decision best = null;
        double bestTotal = 0;
        for (Map.Entry<Decision, Score> e : projection.entrySet()) {
            double total = e.getValue().total();
            int order = best == null ? 1 : Double.compare(total, bestTotal);
            if (order > 0 || (order == 0 && e.getKey().ordinal() < best.ordinal())) {
                best = e.getKey();
                bestTotal = total;
            }
        }
        return best == null ? otherwise : best;
    }

    /** What a clause option is worth to this seat at decision {@code d} (see {@link Scorer#optionValue}). */
    public double optionValue(String clause, String option, Decision d) {
        double[] v = valuation.values(clause, option);
        return v == null ? Scorer.optionValue(prefs, clause, option, d) : v[d.ordinal()];
    }

    /**
     * What this seat worked out about one clause: kept while the amendments on that clause are
     * the same objects (a vote on another clause leaves it alone), the pledges are the same and
     * the support promised to this seat in deals is unchanged.
     */
    private Memory.ClauseNotes notes(String clause) {
        if (clause.equals(notesClause)) {
            return notesNow; // asked for option after option of one clause
        }
        if (amendmentsByClause == null) {
            amendmentsByClause = new HashMap<>();
            for (AmendmentView a : view.amendments()) {
                amendmentsByClause
                        .computeIfAbsent(a.clause(), k -> new ArrayList<>())
                        .add(a);
            }
        }
        List<AmendmentView> on = amendmentsByClause.getOrDefault(clause, List.of());
        notesNow = memory.clause(clause, on, view.pledges(), promisedSupport(), () -> stancesOn(on));
        notesClause = clause;
        return notesNow;
    }

    private static Map<String, Stance> stancesOn(List<AmendmentView> amendments) {
        Map<String, Stance> bySeat = new HashMap<>();
        for (AmendmentView a : amendments) {
            Stance support = new Stance(a.option(), true);
            bySeat.put(a.proposer(), support);
            for (String c : a.cosponsors()) {
                bySeat.put(c, support);
            }
            a.votes().forEach((seat, b) -> {
                if (b != Ballot.ABSTAIN) {
                    bySeat.put(seat, new Stance(a.option(), b == Ballot.SUPPORT));
                }
            });
        }
        return bySeat;
    }

    private Map<String, Map<String, List<String>>> pledged() {
        if (pledged == null) {
            pledged = memory.recall(
                    PLEDGED,
                    () -> {
                        Map<String, Map<String, List<String>>> bySeat = new HashMap<>();
                        for (PlayerView.PledgeView p : view.pledges()) {
                            for (var c : p.conditions()) {
                                bySeat.computeIfAbsent(p.seat(), k -> new HashMap<>())
                                        .put(c.clause(), c.options());
                            }
                        }
                        return bySeat;
                    },
                    view.pledges());
        }
        return pledged;
    }

    private Map<String, java.util.Set<List<String>>> promisedSupport() {
        if (promisedSupport == null) {
            promisedSupport = memory.recall(
                    PROMISED,
                    () -> {
                        Map<String, java.util.Set<List<String>>> bySeat = new HashMap<>();
                        for (PlayerView.DealView d : view.deals()) {
                            if (d.status().equals("accepted") && d.involves(me)) {
                                String other = d.partnerOf(me);
                                var theirs = d.promiseBy(other);
                                if (theirs instanceof org.summitsim.core.rules.Promise.Support p) {
                                    bySeat.computeIfAbsent(other, k -> new java.util.HashSet<>())
                                            .add(List.of(p.clause(), p.option()));
                                }
                            }
                        }
                        return bySeat;
                    },
                    view.deals());
        }
        return promisedSupport;
    }

    private Map<String, java.util.Set<String>> proposable() {
        if (proposable == null) {
            // A match hands out the same list of proposals while they stand (a vote changes the
            // legal actions, not them), so they are sorted by clause once per change.
            List<org.summitsim.core.view.LegalAction> proposals = actions().withCommand("propose");
            proposable = memory.recall(
                    PROPOSABLE,
                    () -> {
                        Map<String, java.util.Set<String>> byClause = new HashMap<>();
                        for (var a : proposals) {
                            byClause.computeIfAbsent(a.args().get("clause"), k -> new java.util.HashSet<>())
                                    .add(a.args().get("option"));
                        }
                        byClause.replaceAll((clause, options) -> java.util.Collections.unmodifiableSet(options));
                        return byClause;
                    },
                    proposals);
        }
        return proposable;
    }

    private org.summitsim.core.view.LegalActionList actions() {
        return org.summitsim.core.view.LegalActionList.of(view.legalActions());
    }

    /** A seat's vote on (or sponsorship of) one wording: for it, or against it. */
    record Stance(String option, boolean support) {}

    public PlayerView view() {
        return view;
    }

    public String me() {
        return me;
    }

    public Preferences prefs() {
        return prefs;
    }

    public Phase phase() {
        return view.stage().phase();
    }

    public String current(String clause) {
        return clause(clause).current();
    }

    /** The clause whose wording matters most to this seat (the widest spread of values). */
    public String topClause() {
        return valuation.topClause();
    }

    /** How much the wording of {@code clause} matters to this seat: best minus worst option value. */
    public int spread(String clause) {
        return valuation.spread(clause);
    }

    public ClauseView clause(String id) {
        ClauseView c = clauses.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no clause " + id);
        }
        return c;
    }

    /**
     * What this seat would like to end with: a push for binding law when a successful push is
     * worth more to it than signing the best text it could hope for; otherwise signing.
     */
    public Decision aim() {
        int push = prefs.decisionValue(Decision.PUSH_BINDING) + prefs.binding();
        int sign = prefs.decisionValue(Decision.SIGN) + prefs.endorsement();
        return prefs.binding() > 0 && push > sign ? Decision.PUSH_BINDING : Decision.SIGN;
    }

    /** The decision with the best projected score for the text as it stands. */
    public Decision bestDecision() {
        return expected;
    }

    /**
     * The decision that would score most if {@code clause} read {@code option} instead of what it
     * reads now, all else as projected: an answer to "would you sign if …?", not a promise.
     */
    public Decision bestDecisionIf(String clause, String option) {
        String now = current(clause);
        Decision best = null;
        double bestTotal = 0;
        for (Decision d : Decision.values()) {
            double total = projected(d) + optionValue(clause, option, d) - optionValue(clause, now, d);
            if (best == null || total > bestTotal) {
                best = d;
                bestTotal = total;
            }
        }
        return best;
    }

    public double projected(Decision d) {
        Score s = view.projection().get(d);
        return s == null ? 0 : s.total();
    }

    /**
     * Whether the pledges made so far, coalition pledges included, would take the binding-law
     * coalition over its threshold: then a push earns this seat its binding weight, not the
     * failed-push cost.
     */
    public boolean coalitionReached() {
        Score push = view.projection().get(Decision.PUSH_BINDING);
        return push != null && Math.abs(push.breakdown().getOrDefault("binding", 0.0) - prefs.binding()) < 1e-9;
    }

    /** How much this seat gains if {@code clause} changes to {@code option}, at its expected decision. */
    public double gain(String clause, String option) {
        ClauseGains known = gains.computeIfAbsent(clause, this::gainsOn);
        for (int i = 0; i < known.options.length; i++) {
            if (known.options[i].equals(option)) {
                return known.gains[i];
            }
        }
        Decision d = bestDecision();
        return optionValue(clause, option, d)
                - optionValue(clause, current(clause), d)
                + partnersSigning(clause, option, d);
    }

    /** The gain of each option of one clause, in the clause's order: asked for hundreds of times a turn. */
    private record ClauseGains(String[] options, double[] gains) {}

    private ClauseGains gainsOn(String clause) {
        Decision d = bestDecision();
        double now = optionValue(clause, current(clause), d);
        List<ClauseOption> options = clause(clause).options();
        String[] ids = new String[options.size()];
        double[] gains = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = options.get(i).id();
            gains[i] = optionValue(clause, ids[i], d) - now + partnersSigning(clause, ids[i], d);
        }
        return new ClauseGains(ids, gains);
    }

    /**
     * What a wording is worth to this seat through its partners' signatures: a partner that
     * pledged to sign if the text reads certain wordings is taken at its word, signing when they
     * all stand and not otherwise, and signing beside a partner is worth this seat's standing
     * (shared among its partners at the table, as the score counts it). So a delegation that says
     * what it needs in order to sign wins its partners' votes for it.
     */
    private double partnersSigning(String clause, String option, Decision mine) {
        List<PlayerView.PledgeView> pledges = partnersPledges();
        if (pledges.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (PlayerView.PledgeView p : pledges) {
            boolean now = conditionsHold(p, null, null);
            boolean then = conditionsHold(p, clause, option);
            if (now != then) {
                Decision before = now ? Decision.SIGN : Decision.ABSTAIN;
                Decision after = then ? Decision.SIGN : Decision.ABSTAIN;
                changed += (after == mine ? 1 : 0) - (before == mine ? 1 : 0);
            }
        }
        return changed == 0 ? 0 : prefs.standing() * (double) changed / partnersAtTable();
    }

    /** Whether a pledge's conditions all stand, with {@code clause} reading {@code option} (null: the text as it is). */
    private boolean conditionsHold(PlayerView.PledgeView p, String clause, String option) {
        for (var c : p.conditions()) {
            if (!c.options().contains(c.clause().equals(clause) ? option : current(c.clause()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The partners' pledges to sign that {@code option} would undo: their conditions stand now and
     * would not with it. So a bot can say why it opposes a wording it likes.
     */
    public List<PlayerView.PledgeView> partnersLost(String clause, String option) {
        return partnersTurning(clause, option, true);
    }

    /** The partners' pledges to sign that {@code option} would bring within reach: their conditions fail now and would hold. */
    public List<PlayerView.PledgeView> partnersWon(String clause, String option) {
        return partnersTurning(clause, option, false);
    }

    /** The partners' pledges whose conditions hold now ({@code holdNow}) and would not with {@code option}, or the reverse. */
    private List<PlayerView.PledgeView> partnersTurning(String clause, String option, boolean holdNow) {
        List<PlayerView.PledgeView> out = new ArrayList<>();
        for (PlayerView.PledgeView p : partnersPledges()) {
            if (conditionsHold(p, null, null) == holdNow && conditionsHold(p, clause, option) != holdNow) {
                out.add(p);
            }
        }
        return out;
    }

    /** Each partner's latest pledge, when it is a pledge to sign on conditions; changes only with the pledges. */
    private List<PlayerView.PledgeView> partnersPledges() {
        if (prefs.standing() == 0 || prefs.partners().isEmpty()) {
            return List.of();
        }
        return memory.recall(
                PARTNERS_PLEDGES,
                () -> {
                    Map<String, PlayerView.PledgeView> latest = new HashMap<>();
                    for (PlayerView.PledgeView p : view.pledges()) {
                        if (!p.ifCoalition() && prefs.partners().contains(p.seat())) {
                            latest.put(p.seat(), p);
                        }
                    }
                    List<PlayerView.PledgeView> out = new ArrayList<>();
                    for (String partner : prefs.partners()) {
                        PlayerView.PledgeView p = latest.get(partner);
                        if (p != null
                                && p.decision() == Decision.SIGN
                                && !p.conditions().isEmpty()) {
                            out.add(p);
                        }
                    }
                    return out;
                },
                view.pledges());
    }

    /** How many of this seat's partners have a seat at the table (the score shares standing among them). */
    private int partnersAtTable() {
        int n = 0;
        for (PlayerView.Card c : view.delegations()) {
            n += prefs.partners().contains(c.id()) ? 1 : 0;
        }
        return Math.max(1, n);
    }

    /** The wordings of {@code clause} that cost this seat nothing to sign (worth as much signed as abstaining), in order. */
    public List<String> signable(String clause) {
        List<String> out = new ArrayList<>();
        for (ClauseOption o : clause(clause).options()) {
            if (optionValue(clause, o.id(), Decision.SIGN) >= optionValue(clause, o.id(), Decision.ABSTAIN)) {
                out.add(o.id());
            }
        }
        return out;
    }

    /** The clause option this seat values most, given its expected decision. */
    public String ideal(String clause) {
        return ideals.computeIfAbsent(clause, this::bestOption);
    }

    private String bestOption(String clause) {
        Decision d = bestDecision();
        String best = null;
        double bestValue = 0;
        for (ClauseOption o : clause(clause).options()) {
            double v = optionValue(clause, o.id(), d);
            if (best == null || Double.compare(v, bestValue) > 0) { // the first of equals, as max() keeps
                best = o.id();
                bestValue = v;
            }
        }
        if (best == null) {
            throw new java.util.NoSuchElementException("clause " + clause + " has no options");
        }
        return best;
    }

    /** Sum of clause values of the current text, against the best and worst possible. */
    public double textShare() {
        double now = 0;
        double best = 0;
        double worst = 0;
        for (ClauseView c : view.text()) {
            now += prefs.value(c.id(), c.current());
            best += c.options().stream()
                    .mapToInt(o -> prefs.value(c.id(), o.id()))
                    .max()
                    .orElse(0);
            worst += c.options().stream()
                    .mapToInt(o -> prefs.value(c.id(), o.id()))
                    .min()
                    .orElse(0);
        }
        return best == worst ? 1 : (now - worst) / (best - worst);
    }

    /**
     * The chance another seat supports changing {@code clause} to {@code option}: high if it has
     * voted for or pledged on that wording, low if it voted against it, even otherwise.
     */
    public double supportChance(String seat, String clause, String option) {
        double p = 0.5;
        Stance last = notes(clause).stances().get(seat);
        if (last != null) {
            p = last.support() == last.option().equals(option) ? 0.85 : 0.15;
        }
        if (promisedSupport().getOrDefault(seat, java.util.Set.of()).contains(List.of(clause, option))) {
            return 0.95;
        }
        List<String> options = pledged().getOrDefault(seat, Map.of()).get(clause);
        if (options != null) {
            p = options.contains(option) ? 0.9 : 0.1;
        }
        return p;
    }

    /** Whether {@code seat} promised this seat, in an accepted deal, to support this wording. */
    boolean promisedMe(String seat, String clause, String option) {
        return promisedSupport().getOrDefault(seat, java.util.Set.of()).contains(List.of(clause, option));
    }

    /** A rough chance that an amendment to this wording is adopted, from the seats' support chances. */
    public double adoptionChance(String clause, String option) {
        return notes(clause).chances().computeIfAbsent(option, k -> estimateAdoption(clause, option));
    }

    private double estimateAdoption(String clause, String option) {
        double supports = 1;
        double objections = 0;
        for (PlayerView.Card c : view.delegations()) {
            if (!c.id().equals(me)) {
                double p = supportChance(c.id(), clause, option);
                supports += p;
                objections += (1 - p) * 0.5;
            }
        }
        double margin = supports - objections;
        if (view.adoptionRule().startsWith("consensus")) {
            margin = Math.min(margin, maxObjections + 0.5 - objections);
        }
        return 1 / (1 + Math.exp(-2 * margin));
    }

    /** The first number in the rule's description: the objections a consensus rule allows. */
    private static int parseFirstInt(String s) {
        int i = 0;
        while (i < s.length() && !Character.isDigit(s.charAt(i))) {
            i++;
        }
        int n = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            n = n * 10 + (s.charAt(i++) - '0');
        }
        return n;
    }

    public List<AmendmentView> open() {
        List<AmendmentView> out = new ArrayList<>();
        for (AmendmentView a : view.amendments()) {
            if (a.status().equals("open")) {
                out.add(a);
            }
        }
        return out;
    }

    public boolean hasStance(AmendmentView a) {
        return a.hasStance(me);
    }

    /** True when the rules would accept proposing this wording now. */
    public boolean canPropose(String clause, String option) {
        return proposableOn(clause).contains(option);
    }

    /** The options of {@code clause} the rules would accept a proposal of now; empty if none. */
    public java.util.Set<String> proposableOn(String clause) {
        return proposable().getOrDefault(clause, java.util.Set.of());
    }

    public boolean canAct(String command) {
        return actions().allows(command);
    }

    /**
     * Whether this wording was put to the vote and rejected, and nothing since could turn that vote:
     * the room would meet it again as it did, so tabling it again wastes a round (and costs its
     * author). A vote can turn when the text changed since (an amendment was adopted later) and the
     * rejection was close: one seat voting otherwise would have carried it. Over 20 seeded matches
     * each of hague-2023 and seoul-2024, a wording tabled again after a rejection by two objections
     * or more too many passed once in 414 tries, close ones about one in three. Amendments are
     * listed in the order they were tabled.
     */
    public boolean rejectedAsTextStands(String clause, String option) {
        AmendmentView rejected = null;
        for (AmendmentView a : view.amendments()) {
            if (a.clause().equals(clause)
                    && a.option().equals(option)
                    && a.status().equals("rejected")) {
                rejected = a;
            } else if (rejected != null && a.status().equals("adopted") && narrowlyRejected(rejected)) {
                rejected = null;
            }
        }
        return rejected != null;
    }

    /** Whether one seat voting otherwise (an objector abstaining, or one who abstained supporting) would have carried it. */
    private boolean narrowlyRejected(AmendmentView a) {
        java.util.Set<String> supporters = supporters(a);
        int objections = objections(a);
        return carries(supporters.size(), objections - 1) || carries(supporters.size() + 1, objections);
    }

    /** The seats that backed an amendment: its proposer, its co-sponsors and those who voted for it. */
    private static java.util.Set<String> supporters(AmendmentView a) {
        java.util.Set<String> supporters = new java.util.HashSet<>(a.cosponsors());
        supporters.add(a.proposer());
        a.votes().forEach((seat, ballot) -> {
            if (ballot == Ballot.SUPPORT) {
                supporters.add(seat);
            }
        });
        return supporters;
    }

    private static int objections(AmendmentView a) {
        return (int) a.votes().values().stream().filter(b -> b == Ballot.OPPOSE).count();
    }

    /** Whether a vote with these supporters (the proposer and co-sponsors among them) and objections adopts. */
    private boolean carries(int supporters, int objections) {
        return view.adoptionRule().startsWith("consensus")
                ? objections <= maxObjections && supporters > objections
                : supporters >= parseFirstInt(view.adoptionRule()) / 100.0 * (supporters + objections);
    }

    /**
     * Whether the last rejected amendment to this wording would pass now that seats promised this
     * one, in accepted deals, to support the wording: each promiser that opposed it turns an
     * objection into a support, each that abstained adds one. Lobbying won the votes that
     * decide, so the wording is worth tabling again although the text has not changed.
     */
    public boolean wonOver(String clause, String option) {
        AmendmentView last = null;
        for (AmendmentView a : view.amendments()) {
            if (a.clause().equals(clause)
                    && a.option().equals(option)
                    && a.status().equals("rejected")) {
                last = a;
            }
        }
        if (last == null) {
            return false;
        }
        java.util.Set<String> promisers = new java.util.HashSet<>();
        for (PlayerView.DealView d : view.deals()) {
            if (!d.status().equals("accepted")) {
                continue;
            }
            Promise theirs = d.involves(me) ? d.promiseBy(d.partnerOf(me)) : null;
            if (theirs instanceof Promise.Support s
                    && s.clause().equals(clause)
                    && s.option().equals(option)) {
                promisers.add(d.partnerOf(me));
            }
        }
        if (promisers.isEmpty()) {
            return false;
        }
        java.util.Set<String> supporters = supporters(last);
        int objections = objections(last);
        supporters.add(me); // it tables the wording again itself
        for (String p : promisers) {
            if (last.votes().get(p) == Ballot.OPPOSE) {
                objections--;
            }
            supporters.add(p);
        }
        return carries(supporters.size(), objections);
    }

    /** Counts amendments this seat proposed in the current round. */
    public long proposedThisRound() {
        int round = view.stage().round();
        long n = 0;
        for (AmendmentView a : view.amendments()) {
            if (a.round() == round && a.proposer().equals(me)) {
                n++;
            }
        }
        return n;
    }

    /** A delegation's name as a sentence uses it ("the United States"); see {@link org.summitsim.core.scenario.StateName}. */
    public String name(String seat) {
        for (PlayerView.Card c : view.delegations()) {
            if (c.id().equals(seat)) {
                return org.summitsim.core.scenario.StateName.inSentence(c.name());
            }
        }
        return seat;
    }

    public String optionLabel(String clause, String option) {
        for (ClauseOption o : clause(clause).options()) {
            if (o.id().equals(option)) {
                return o.label() == null ? o.id() : o.label().replace(" (draft)", "");
            }
        }
        return option;
    }
}
