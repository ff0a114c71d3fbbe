package org.summitsim.core.scoring;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.rules.BackgroundDecision;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.BackgroundState;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.FinalAdoption;

/**
 * The public forecast of a match at one moment: what every seat is expected to decide (see
 * {@link Projection}) and the tally that follows for the current text. Every seat's projection
 * changes one seat's decision in it, so the background states are decided once here and only
 * those that follow that seat are decided again. Valid until the text, the pledges or the
 * adopted amendments change; a {@link ForecastCache} keeps one until then.
 */
public final class Forecast {

    private final MatchState state;
    /** Where each seat's text part is kept, for the forecasts that follow this one. */
    private final ForecastCache cache;

    private final Map<String, String> text;
    private final Map<String, Decision> expected;
    private final Map<String, BackgroundDecision> background;
    /** Attending background states whose decision depends on a seat's (they follow it or push with it), by that seat. */
    private final Map<String, List<BackgroundState>> followers = new HashMap<>();

    private final int signatories;
    private final int attending;
    private final int binding;
    private final Map<String, Projected> projections = new HashMap<>();
    private final Map<String, Outlook> outlooks = new HashMap<>();

    Forecast(MatchState state, ForecastCache cache) {
        this.state = state;
        this.cache = cache;
        this.text = new LinkedHashMap<>(state.text());
        this.expected = Collections.unmodifiableMap(Projection.expectedDecisions(state));
        Tally base = Tally.of(state.scenario(), text, expected);
        this.background = base.background();
        this.signatories = base.signatoryCount();
        this.attending = base.attendingStates();
        this.binding = base.bindingCount();
        for (BackgroundState b : state.scenario().backgroundStates()) {
            if (b.attended()
                    && b.rule() != null
                    && b.rule().leader() != null
                    && expected.containsKey(b.rule().leader())) {
                followers
                        .computeIfAbsent(b.rule().leader(), k -> new ArrayList<>())
                        .add(b);
            }
        }
    }

    /** The forecast of the match as it stands, computed afresh. */
    public static Forecast of(MatchState state) {
        return new ForecastCache(state).forecast();
    }

    /** Drops the seats' outlooks, which count promises a vote or a deal may have changed (projections check theirs). */
    void forgetOutlooks() {
        outlooks.clear();
    }

    /**
     * The seat's projected score for each decision it could take; worked out once per seat, and
     * again only when a vote or a deal has changed which of its promises it kept or broke.
     */
    public Map<Decision, Score> projection(String seat) {
        Projected p = projections.get(seat);
        Object stamp = cache.trustKey(seat);
        if (p != null && p.stamp.equals(stamp)) {
            return p.scores;
        }
        Tally[] tallies = p != null ? p.tallies : tallies(seat);
        double[] shares = shares(seat, tallies);
        if (p == null || !java.util.Arrays.equals(shares, p.shares)) {
            p = new Projected(tallies, shares, scores(seat, tallies, shares), stamp);
        } else {
            p = new Projected(tallies, shares, p.scores, stamp);
        }
        projections.put(seat, p);
        return p.scores;
    }

    /** A seat's projection with what it rests on: the tally of each decision, and the trust share each would leave. */
    private record Projected(Tally[] tallies, double[] shares, Map<Decision, Score> scores, Object stamp) {}

    private Tally[] tallies(String seat) {
        Tally[] out = new Tally[Decision.values().length];
        for (Decision own : Decision.values()) {
            out[own.ordinal()] = tally(seat, own);
        }
        return out;
    }

    /** The trust share each decision would leave the seat (see {@link #trust}); all 1 without commitments. */
    private double[] shares(String seat, Tally[] tallies) {
        return Commitments.trustSharesNow(state, text, seat, tallies, cache.acceptedDeals(seat));
    }

    private Map<Decision, Score> scores(String seat, Tally[] tallies, double[] shares) {
        Delegation me = state.delegation(seat).orElseThrow();
        double credits = Scorer.credits(state, seat);
        Scorer.Range range = Scorer.range(state.tables(), me);
        Scorer.TextParts textParts = cache.textParts(seat);
        Map<Decision, Score> out = new EnumMap<>(Decision.class);
        for (Decision own : Decision.values()) {
            out.put(own, Scorer.score(me, textParts, tallies[own.ordinal()], shares[own.ordinal()], credits, range));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * How far the seat's projection could move with the seats that have no pledge holding now
     * (a coalition pledge holds once the coalition it counts on is reached):
     * each decision's total if all of them signed, all abstained or all pushed, against the
     * forecast. Worked out only when asked (players read it; bots do not).
     */
    public Outlook outlook(String seat) {
        return outlooks.computeIfAbsent(seat, this::foresee);
    }

    private Outlook foresee(String seat) {
        Map<String, Decision> pledged = Projection.pledgedNow(state);
        List<String> undeclared = new ArrayList<>();
        for (String s : expected.keySet()) {
            // A push is forecast only of a coalition pledge the coalition reaches: declared too.
            if (!s.equals(seat) && !pledged.containsKey(s) && expected.get(s) != Decision.PUSH_BINDING) {
                undeclared.add(s);
            }
        }
        Delegation me = state.delegation(seat).orElseThrow();
        double credits = Scorer.credits(state, seat);
        Scorer.Range range = Scorer.range(state.tables(), me);
        Scorer.TextParts textParts = cache.textParts(seat);
        Map<Decision, Outlook.Band> bands = new EnumMap<>(Decision.class);
        for (Decision own : Decision.values()) {
            double low = projection(seat).get(own).total();
            double high = low;
            for (Decision all : undeclared.isEmpty() ? List.<Decision>of() : List.of(Decision.values())) {
                Map<String, Decision> seats = new LinkedHashMap<>(expected);
                undeclared.forEach(s -> seats.put(s, all));
                seats.put(seat, own);
                Tally t = Tally.of(state.scenario(), text, seats);
                double total = Scorer.score(me, textParts, t, trust(seat, t), credits, range)
                        .total();
                low = Math.min(low, total);
                high = Math.max(high, total);
            }
            bands.put(own, new Outlook.Band(low, high));
        }
        return new Outlook(undeclared, bands, pushes(seat));
    }

    private Outlook.Pushes pushes(String seat) {
        Map<String, Decision> together = new LinkedHashMap<>(expected);
        java.util.Set<String> pushers = Projection.pushPledged(state);
        pushers.forEach(s -> together.put(s, Decision.PUSH_BINDING));
        int pledged = Tally.of(state.scenario(), text, together).bindingCount();
        java.util.List<Outlook.Pushes.By> by = new java.util.ArrayList<>();
        for (String s : pushers) {
            // What this pledge brings: the states that would not push if it did not (its groups).
            Map<String, Decision> without = new LinkedHashMap<>(together);
            without.put(s, Decision.ABSTAIN);
            by.add(new Outlook.Pushes.By(
                    s, pledged - Tally.of(state.scenario(), text, without).bindingCount()));
        }
        together.put(seat, Decision.PUSH_BINDING);
        int withYou = Tally.of(state.scenario(), text, together).bindingCount();
        return new Outlook.Pushes(pledged, withYou, state.scenario().binding().threshold(), by);
    }

    /**
     * The seat's trust share if the match ended so: promises it broke already, and a pledge or a
     * deal its decision in {@code t} would break, cost as they will in the score.
     */
    private double trust(String seat, Tally t) {
        return Commitments.trustShareNow(state, text, t.decisions(), seat);
    }

    /** The tally if {@code seat} decided {@code own} and every other seat as expected: the same as {@link Tally#of}. */
    Tally tally(String seat, Decision own) {
        Decision was = expected.get(seat);
        Map<String, Decision> seats = own == was ? expected : new WithDecision(expected, seat, own);
        int sign = signatories + count(own, Decision.SIGN, 1) - count(was, Decision.SIGN, 1);
        int push = binding + count(own, Decision.PUSH_BINDING, 1) - count(was, Decision.PUSH_BINDING, 1);
        Map<String, BackgroundDecision> bg = background;
        List<BackgroundState> following = followers.getOrDefault(seat, List.of());
        if (own != was && !following.isEmpty()) {
            bg = new LinkedHashMap<>(background);
            for (BackgroundState b : following) {
                Decision before = background.get(b.id()).decision();
                Decision now =
                        Tally.decide(b.rule(), text, seats, state.scenario().defaultDecision());
                sign += count(now, Decision.SIGN, b.count()) - count(before, Decision.SIGN, b.count());
                push += count(now, Decision.PUSH_BINDING, b.count()) - count(before, Decision.PUSH_BINDING, b.count());
                bg.put(b.id(), new BackgroundDecision(b.name(), b.count(), now));
            }
        }
        return new Tally(
                seats,
                bg,
                sign,
                attending,
                push,
                push >= state.scenario().binding().threshold(),
                state.scenario().binding().failedPushCost(),
                state.scenario().binding().signingHedges(),
                FinalAdoption.adopts(state.scenario(), sign, attending));
    }

    /** {@code base} with one seat's decision replaced, without copying the map for every tally. */
    private static final class WithDecision extends AbstractMap<String, Decision> {
        private final Map<String, Decision> base;
        private final String seat;
        private final Decision own;
        private Set<Map.Entry<String, Decision>> entries;

        WithDecision(Map<String, Decision> base, String seat, Decision own) {
            this.base = base;
            this.seat = seat;
            this.own = own;
        }

        @Override
        public Decision get(Object key) {
            return seat.equals(key) ? own : base.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return base.containsKey(key);
        }

        @Override
        public int size() {
            return base.size();
        }

        @Override
        public Set<Map.Entry<String, Decision>> entrySet() {
            if (entries == null) {
                Map<String, Decision> copy = new LinkedHashMap<>(base);
                copy.put(seat, own);
                entries = Collections.unmodifiableMap(copy).entrySet();
            }
            return entries;
        }
    }

    private static int count(Decision d, Decision wanted, int n) {
        return d == wanted ? n : 0;
    }
}
