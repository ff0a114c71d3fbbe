package org.summitsim.core.analysis;

import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Deal;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Pledge;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scoring.Hindsight;
import org.summitsim.core.scoring.Scorer;

/**
 * What the analysis keeps of one finished match: the final text, and per playable seat (in
 * scenario order) its shown and raw score, score parts, decision and the decision that would
 * have scored best for it with everything else fixed.
 *
 * @param text     final option id of each clause, in scenario order
 * @param parts    per seat, the score parts in {@link #partNames} order
 * @param decision per seat, the ordinal of the decision taken
 * @param best     per seat, the ordinal of the best decision in hindsight (ties to the one taken)
 * @param choice   per seat, where the decision taken lies between the worst and the best of the three
 *                 in hindsight, 0..100 (100 when all three score alike); NaN without the counterfactuals
 * @param margin   per seat, by how much the best decision in hindsight beat the next best (NaN without the
 *                 counterfactuals)
 * @param churn    amendments tabled and adopted, and adoptions that brought a wording back
 * @param forecastRight seats whose decision the public forecast at the end of play expected
 *                 ({@link org.summitsim.core.scoring.Projection#expectedDecisions})
 * @param forecastSignatories the signatories that forecast gives, background states included
 */
record MatchFacts(
        String[] text,
        double[] shown,
        double[] raw,
        List<String> partNames,
        double[][] parts,
        int[] decision,
        int[] best,
        double[] choice,
        double[] margin,
        boolean binding,
        boolean coordinated,
        int signatories,
        Churn churn,
        int forecastRight,
        int forecastSignatories) {

    /** Facts of a match, with the counterfactual decisions when {@code tension} is set. */
    static MatchFacts of(Replay r, List<String> seats, boolean tension) {
        MatchState state = r.state();
        Outcome outcome = r.outcome();
        List<Clause> clauses = state.scenario().clauses();
        String[] text = new String[clauses.size()];
        for (int c = 0; c < text.length; c++) {
            text[c] = outcome.text().get(clauses.get(c).id());
        }
        int n = seats.size();
        double[] shown = new double[n];
        double[] raw = new double[n];
        double[][] parts = new double[n][];
        int[] decision = new int[n];
        int[] best = new int[n];
        double[] choice = new double[n];
        double[] margin = new double[n];
        List<String> names =
                List.copyOf(outcome.scores().get(seats.get(0)).breakdown().keySet());
        Outcome settled = tension ? Scorer.settle(state, outcome.text(), outcome.decisions()) : null;
        // What the public forecast expected of every seat at the end of play: pledges, blocs, history.
        Map<String, Decision> forecast = org.summitsim.core.scoring.Projection.expectedDecisions(state);
        for (int i = 0; i < n; i++) {
            String seat = seats.get(i);
            Score s = outcome.scores().get(seat);
            shown[i] = ShownScore.of(s);
            raw[i] = s.total();
            parts[i] = new double[names.size()];
            for (int p = 0; p < names.size(); p++) {
                parts[i][p] = s.breakdown().getOrDefault(names.get(p), 0.0);
            }
            decision[i] = outcome.decisions().get(seat).decision().ordinal();
            best[i] = decision[i];
            choice[i] = Double.NaN;
            margin[i] = Double.NaN;
            if (tension) {
                Decision taken = settled.decisions().get(seat).decision();
                Map<Decision, Double> totals = Hindsight.totals(state, settled, seat);
                best[i] = Hindsight.best(totals, taken).ordinal();
                choice[i] = choice(totals, taken);
                margin[i] = margin(totals);
            }
        }
        return new MatchFacts(
                text,
                shown,
                raw,
                names,
                parts,
                decision,
                best,
                choice,
                margin,
                outcome.bindingReached(),
                outcome.bindingReached() && coordinated(state, outcome, seats),
                outcome.signatoryCount(),
                Churn.of(state.scenario(), r.log()),
                forecastRight(forecast, outcome, seats),
                org.summitsim.core.scoring.Tally.of(state.scenario(), outcome.text(), forecast)
                        .signatoryCount());
    }

    private static int forecastRight(Map<String, Decision> forecast, Outcome outcome, List<String> seats) {
        int right = 0;
        for (String seat : seats) {
            right += forecast.get(seat) == outcome.decisions().get(seat).decision() ? 1 : 0;
        }
        return right;
    }

    /** The best of the totals minus the next best. */
    static double margin(Map<Decision, Double> totals) {
        double first = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (double t : totals.values()) {
            if (t > first) {
                second = first;
                first = t;
            } else if (t > second) {
                second = t;
            }
        }
        return first - second;
    }

    /** Where {@code taken} lies between the worst and the best of the three totals, 0..100. */
    static double choice(Map<Decision, Double> totals, Decision taken) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double t : totals.values()) {
            low = Math.min(low, t);
            high = Math.max(high, t);
        }
        return high - low < 1e-9 ? 100 : 100 * (totals.get(taken) - low) / (high - low);
    }

    /**
     * Binding law was coordinated when the coalition was announced: the public pledges, counted
     * as every seat's projection counts them (coalition pledges included, with the background
     * groups that push with a pledger), already reached the threshold before the reveal; or when
     * every seat that pushed either had promised to (a public PUSH_BINDING pledge, or a push
     * promised or asked for in an accepted deal) or joined an announced coalition: the committed
     * pushers and it, with the background groups that push with them, reach the threshold. A
     * threshold reached by pushes nobody announced is an accident, not a coalition.
     */
    static boolean coordinated(MatchState state, Outcome outcome, List<String> seats) {
        if (org.summitsim.core.scoring.Tally.of(
                        state.scenario(),
                        outcome.text(),
                        org.summitsim.core.scoring.Projection.expectedDecisions(state))
                .bindingReached()) {
            return true;
        }
        java.util.Map<String, Decision> committed = new java.util.LinkedHashMap<>();
        List<String> joined = new java.util.ArrayList<>();
        for (String seat : seats) {
            Decision d = outcome.decisions().get(seat).decision();
            boolean uncommitted = d == Decision.PUSH_BINDING && !committedToPush(state, seat);
            committed.put(seat, uncommitted ? Decision.ABSTAIN : d);
            if (uncommitted) {
                joined.add(seat);
            }
        }
        if (!committed.containsValue(Decision.PUSH_BINDING)) {
            return false;
        }
        for (String seat : joined) {
            java.util.Map<String, Decision> with = new java.util.LinkedHashMap<>(committed);
            with.put(seat, Decision.PUSH_BINDING);
            if (!org.summitsim.core.scoring.Tally.of(state.scenario(), outcome.text(), with)
                    .bindingReached()) {
                return false;
            }
        }
        return true;
    }

    private static boolean committedToPush(MatchState state, String seat) {
        for (Pledge p : state.pledges()) {
            if (p.seat().equals(seat) && p.decision() == Decision.PUSH_BINDING) {
                return true;
            }
        }
        for (Deal d : state.deals()) {
            if (d.status() == Deal.Status.ACCEPTED && d.involves(seat) && (pushes(d.give()) || pushes(d.want()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pushes(Promise p) {
        return p instanceof Promise.Decide d && d.decision() == Decision.PUSH_BINDING;
    }
}
