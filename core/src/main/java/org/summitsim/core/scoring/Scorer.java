// Long on purpose: every scoring formula of docs/RULES.md in one place, to check against the document.
package org.summitsim.core.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.rules.Amendment;
import org.summitsim.core.rules.CommitmentCheck;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.RealOutcome;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioTables;

/** Scores delegations from their private preferences; the formulas are in docs/RULES.md. */
public final class Scorer {

    private Scorer() {}

    /** The outcome of a finished match: tally, commitments kept or broken, every seat's score. */
    public static Outcome settle(MatchState state, Map<String, String> text, Map<String, FinalDecision> decisions) {
        return settle(state, text, decisions, Set.of());
    }

    /**
     * As above, when the match ends in the same batch of events that closes some votes:
     * {@code adoptedNow} are the amendments adopted in that batch, not yet applied to the state.
     */
    public static Outcome settle(
            MatchState state, Map<String, String> text, Map<String, FinalDecision> decisions, Set<String> adoptedNow) {
        Scenario scenario = state.scenario();
        Map<String, Decision> seatDecisions = new LinkedHashMap<>();
        decisions.forEach((seat, d) -> seatDecisions.put(seat, d.decision()));
        Tally tally = Tally.of(scenario, text, seatDecisions);
        Set<String> defaulted = new java.util.HashSet<>();
        decisions.forEach((seat, d) -> {
            if (d.defaulted()) {
                defaulted.add(seat);
            }
        });
        List<CommitmentCheck> checks = Commitments.check(state, text, seatDecisions, defaulted);
        Map<String, Score> scores = new LinkedHashMap<>();
        int[] positions = TextParts.positions(scenario, text);
        for (Delegation d : scenario.playable()) {
            TextParts parts = positions == null
                    ? TextParts.of(d.preferences(), text)
                    : TextParts.of(state.tables(), d, positions);
            scores.put(
                    d.id(),
                    score(
                            d,
                            parts,
                            tally,
                            Commitments.trustShare(checks, d.id()),
                            credits(state, d.id(), adoptedNow),
                            range(state.tables(), d)));
        }
        List<String> signatories = new ArrayList<>();
        tally.decisions().forEach((id, d) -> {
            if (d == Decision.SIGN) {
                signatories.add(id);
            }
        });
        return new Outcome(
                new LinkedHashMap<>(text),
                new LinkedHashMap<>(decisions),
                tally.background(),
                signatories,
                tally.signatoryCount(),
                tally.attendingStates(),
                tally.bindingCount(),
                scenario.binding().threshold(),
                tally.bindingReached(),
                checks,
                scores,
                state.tables().get(RealOutcome.class, RealOutcome::of),
                scenario.finalAdoption() == null ? null : tally.adopted());
    }

    /** One delegation's score for a text and a tally of decisions, given the share of commitments it kept. */
    public static Score score(
            Scenario scenario, Delegation delegation, Map<String, String> text, Tally tally, double trustShare) {
        return score(delegation, text, tally, trustShare, 0, range(scenario, delegation));
    }

    /** Most authorship credits that count toward influence. */
    public static final double MAX_CREDITS = 3;

    /** Credits lost for each rejected amendment a seat proposed. */
    public static final double REJECTED_COST = 0.5;

    /** Credits for each adopted amendment a seat co-sponsored (1 for one it proposed). */
    public static final double COSPONSOR_CREDIT = 0.5;

    /**
     * Authorship credits: 1 for each adopted amendment the seat proposed, 0.5 for each it
     * co-sponsored, less {@link #REJECTED_COST} for each it proposed that was rejected; between 0
     * and {@link #MAX_CREDITS}.
     */
    public static double credits(MatchState state, String seat) {
        return credits(state, seat, Set.of());
    }

    /** As above, counting also the amendments in {@code adoptedNow} (adopted but not yet applied). */
    static double credits(MatchState state, String seat, Set<String> adoptedNow) {
        int proposed = 0;
        int cosponsored = 0;
        int rejected = 0;
        for (Amendment a : state.amendments()) {
            if (a.status() == Amendment.Status.ADOPTED || adoptedNow.contains(a.id())) {
                proposed += a.proposer().equals(seat) ? 1 : 0;
                cosponsored += !a.proposer().equals(seat) && a.isSponsor(seat) ? 1 : 0;
            } else if (a.status() == Amendment.Status.REJECTED && a.proposer().equals(seat)) {
                rejected++; // tabling wordings the room turns down costs face
            }
        }
        return credits(proposed, cosponsored, rejected);
    }

    /** The credits of so many adopted amendments proposed and co-sponsored, and proposals rejected. */
    public static double credits(int proposed, int cosponsored, int rejected) {
        double credits = proposed + COSPONSOR_CREDIT * cosponsored - REJECTED_COST * rejected;
        return Math.max(0, Math.min(MAX_CREDITS, credits));
    }

    /** As above, with the delegation's range already known (it depends only on the scenario). */
    public static Score score(
            Delegation delegation,
            Map<String, String> text,
            Tally tally,
            double trustShare,
            double credits,
            Range range) {
        return score(delegation, TextParts.of(delegation.preferences(), text), tally, trustShare, credits, range);
    }

    /**
     * The text's part of a delegation's score: its value, and what signing it would cost in
     * constraints and red lines. The same for each decision, so a projection works it out once.
     */
    public record TextParts(double value, double constraints, double redLines) {
        public static TextParts of(Preferences p, Map<String, String> text) {
            double value = 0;
            double constraints = 0;
            double redLines = 0;
            for (Map.Entry<String, String> e : text.entrySet()) {
                value += p.value(e.getKey(), e.getValue());
                constraints -= p.cost(e.getKey(), e.getValue());
                redLines -= p.isRedLine(e.getKey(), e.getValue()) ? p.redLinePenalty() : 0;
            }
            return new TextParts(value, constraints, redLines);
        }

        /**
         * The text as each clause's option position, in scenario order; null unless it gives
         * every clause of the scenario, and nothing else, a wording the scenario has.
         */
        public static int[] positions(Scenario scenario, Map<String, String> text) {
            List<Clause> clauses = scenario.clauses();
            if (text.size() != clauses.size()) {
                return null;
            }
            int[] positions = new int[clauses.size()];
            for (int c = 0; c < positions.length; c++) {
                Clause clause = clauses.get(c);
                String option = text.get(clause.id());
                int o = 0;
                while (o < clause.options().size()
                        && !clause.options().get(o).id().equals(option)) {
                    o++;
                }
                if (o == clause.options().size()) {
                    return null;
                }
                positions[c] = o;
            }
            return positions;
        }

        /**
         * As above, for the text given as each clause's option position (in scenario order),
         * from a table of the delegation's option values made once per scenario.
         */
        public static TextParts of(ScenarioTables tables, Delegation delegation, int[] text) {
            OptionParts parts = tables.get(
                    new OptionPartsOf(delegation.id()), scenario -> OptionParts.of(scenario, delegation.preferences()));
            double value = 0;
            double constraints = 0;
            double redLines = 0;
            for (int c = 0; c < text.length; c++) {
                value += parts.value[c][text[c]];
                constraints -= parts.cost[c][text[c]];
                redLines -= parts.redLine[c][text[c]];
            }
            return new TextParts(value, constraints, redLines);
        }
    }

    private record OptionPartsOf(String delegation) {}

    /** Each clause option's value, cost and red-line penalty to one delegation, by clause and option position. */
    private record OptionParts(double[][] value, double[][] cost, double[][] redLine) {
        static OptionParts of(Scenario scenario, Preferences p) {
            int n = scenario.clauses().size();
            double[][] value = new double[n][];
            double[][] cost = new double[n][];
            double[][] redLine = new double[n][];
            for (int c = 0; c < n; c++) {
                Clause clause = scenario.clauses().get(c);
                int m = clause.options().size();
                value[c] = new double[m];
                cost[c] = new double[m];
                redLine[c] = new double[m];
                for (int o = 0; o < m; o++) {
                    String option = clause.options().get(o).id();
                    value[c][o] = p.value(clause.id(), option);
                    cost[c][o] = p.cost(clause.id(), option);
                    redLine[c][o] = p.isRedLine(clause.id(), option) ? p.redLinePenalty() : 0;
                }
            }
            return new OptionParts(value, cost, redLine);
        }
    }

    /** As above, with the text's part already worked out. */
    public static Score score(
            Delegation delegation, TextParts textParts, Tally tally, double trustShare, double credits, Range range) {
        Preferences p = delegation.preferences();
        Decision own = tally.decisionOf(delegation.id());
        // A text that failed its final adoption binds no one and is worth nothing to anyone.
        boolean signs = own == Decision.SIGN && tally.adopted();
        double textValue = tally.adopted() ? textParts.value() : 0;
        double constraints = signs ? textParts.constraints() : 0;
        double redLines = signs ? textParts.redLines() : 0;
        double decision = p.decisionValue(own) + (signs ? endorsement(p, textValue, range) : 0);
        double binding = tally.bindingReached()
                ? bindingReached(p.binding(), own, tally.signingHedges())
                : own == Decision.PUSH_BINDING ? -tally.failedPushCost() : 0.0;
        double[] parts = {
            textValue,
            constraints,
            redLines,
            decision,
            p.breadth() * tally.signatoryShare(),
            binding,
            p.standing() * partnerShare(p, own, tally),
            p.trust() * (trustShare - 1.0),
            p.influence() * credits
        };
        double total = sum(parts);
        double share =
                range.best() == range.worst() ? 100 : 100 * (total - range.worst()) / (range.best() - range.worst());
        share = round(Math.max(0, Math.min(100, share)));
        Double rating = org.summitsim.core.scenario.Par.rate(range.par(), total);
        return new Score(
                round(total),
                new Breakdown(parts),
                round(range.best()),
                round(range.worst()),
                rating == null ? share : round(rating),
                share);
    }

    /**
     * What a binding-law track is worth to a delegation: all of its weight to those who pushed
     * for it, and to those who did not only half of a positive weight. A champion who waits for
     * others to take the risk gets the treaty track but not the credit at home for it, so
     * joining the push is a real choice rather than a free ride. A negative weight (a state that
     * does not want the track) counts in full whatever it decided, unless the scenario lets signing
     * hedge: then a signatory bears half, so that whether to sign turns on the coalition's chances.
     */
    static double bindingReached(int weight, Decision own, boolean signingHedges) {
        if (weight > 0) {
            return own == Decision.PUSH_BINDING ? weight : weight / 2.0;
        }
        return signingHedges && own == Decision.SIGN ? weight / 2.0 : weight;
    }

    /**
     * A score's parts by name, in breakdown order, rounded when first read: a match projects
     * every seat's score for each decision after every pledge, and bots read only the totals.
     * Equal to (and serialised as) the plain map of rounded parts.
     */
    private static final class Breakdown extends java.util.AbstractMap<String, Double> {
        private final double[] parts;
        private Map<String, Double> rounded;

        Breakdown(double[] parts) {
            this.parts = parts;
        }

        private Map<String, Double> rounded() {
            Map<String, Double> r = rounded;
            if (r == null) {
                Map<String, Double> m = new LinkedHashMap<>(16);
                for (int i = 0; i < parts.length; i++) {
                    m.put(PARTS.get(i), round(parts[i]));
                }
                // Unmodifiable (a final field inside) so another thread that reads it sees it whole.
                r = java.util.Collections.unmodifiableMap(m);
                rounded = r;
            }
            return r;
        }

        @Override
        public java.util.Set<Map.Entry<String, Double>> entrySet() {
            return rounded().entrySet();
        }

        @Override
        public Double get(Object key) {
            return rounded().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return rounded().containsKey(key);
        }

        @Override
        public int size() {
            return parts.length;
        }
    }

    /**
     * The compensated (Kahan) sum of the parts, computed exactly as {@code DoubleStream.sum()}
     * does, so totals are what they were when a stream added them; a loop, because every seat's
     * projection adds up three scores whenever the text or the pledges change.
     */
    static double sum(double[] parts) {
        double sum = 0;
        double compensation = 0;
        double simple = 0;
        for (double v : parts) {
            double y = v - compensation;
            double t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
            simple += v;
        }
        double total = sum - compensation;
        // As the stream does: an overflow to infinity is reported as such, not as NaN.
        return Double.isNaN(total) && Double.isInfinite(simple) ? simple : total;
    }

    /** The parts of a score, in the order a breakdown lists them. */
    private static final List<String> PARTS = List.of(
            "text", "constraints", "red_lines", "decision", "breadth", "binding", "standing", "trust", "influence");

    static double partnerShare(Preferences p, Decision own, Tally tally) {
        int counted = 0;
        int same = 0;
        for (String partner : p.partners()) {
            Decision d = tally.decisionOf(partner);
            if (d != null) {
                counted++;
                same += d == own ? 1 : 0;
            }
        }
        return counted == 0 ? 0 : (double) same / counted;
    }

    /**
     * What signing adds for a text holding {@code textValue}: endorsement × (2 × share − 1), share
     * being where the text's value lies between the delegation's worst and best texts. Signing a
     * text that gives you most of what you fought for is worth up to +endorsement at home; signing
     * one that gives you little costs up to as much.
     */
    static double endorsement(Preferences p, double textValue, Range range) {
        if (p.endorsement() == 0 || range.textHigh() == range.textLow()) {
            return 0;
        }
        double share = (textValue - range.textLow()) / (range.textHigh() - range.textLow());
        return p.endorsement() * (2 * share - 1);
    }

    /**
     * The best and worst scores a delegation can get in any match of this scenario, and the
     * lowest and highest values its text part can take (for {@link #endorsement}), and its par
     * scale's anchors (null without a par table) for the comparable score.
     */
    public record Range(double best, double worst, double textLow, double textHigh, double[] par) {}

    /**
     * Bounds, exact for the text, decision, constraint and red-line parts (enumerated clause by
     * clause for each decision), and taking the most and least favourable breadth, binding,
     * standing and trust for the rest.
     */
    public static Range range(Scenario scenario, Delegation delegation) {
        return range(ScenarioTables.of(scenario), delegation);
    }

    /** As above, from (or into) the scenario's tables: worked out once per scenario. */
    public static Range range(ScenarioTables tables, Delegation delegation) {
        return tables.get(new RangeOf(delegation.id()), scenario -> rangeOf(scenario, delegation));
    }

    private record RangeOf(String delegation) {}

    private static Range rangeOf(Scenario scenario, Delegation delegation) {
        Preferences p = delegation.preferences();
        double best = Double.NEGATIVE_INFINITY;
        double worst = Double.POSITIVE_INFINITY;
        List<double[][]> values = new ArrayList<>();
        for (Clause c : scenario.clauses()) {
            double[][] byOption = new double[c.options().size()][];
            for (int i = 0; i < byOption.length; i++) {
                byOption[i] = optionValues(p, c.id(), c.options().get(i).id());
            }
            values.add(byOption);
        }
        double textLow = 0;
        double textHigh = 0;
        for (Clause c : scenario.clauses()) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (var o : c.options()) {
                min = Math.min(min, p.value(c.id(), o.id()));
                max = Math.max(max, p.value(c.id(), o.id()));
            }
            textLow += min;
            textHigh += max;
        }
        for (Decision d : Decision.values()) {
            // Signing adds at most +endorsement and at least -endorsement; a failed push costs.
            double hi = p.decisionValue(d) + (d == Decision.SIGN ? p.endorsement() : 0);
            double lo = p.decisionValue(d) - (d == Decision.SIGN ? p.endorsement() : 0);
            for (double[][] byOption : values) {
                double max = Double.NEGATIVE_INFINITY;
                double min = Double.POSITIVE_INFINITY;
                for (double[] v : byOption) {
                    max = Math.max(max, v[d.ordinal()]);
                    min = Math.min(min, v[d.ordinal()]);
                }
                hi += max;
                lo += min;
            }
            best = Math.max(best, hi);
            worst = Math.min(worst, lo);
        }
        best += Math.max(0, p.breadth())
                + Math.max(0, p.binding())
                + Math.max(0, p.standing())
                + MAX_CREDITS * Math.max(0, p.influence());
        // The binding part is at least min(binding, -failedPushCost): either the coalition is
        // reached, or it is not and the delegation may have pushed in vain.
        worst += Math.min(0, p.breadth())
                + Math.min(Math.min(0, p.binding()), -scenario.binding().failedPushCost())
                + Math.min(0, p.standing())
                - p.trust();
        return new Range(
                best,
                worst,
                textLow,
                textHigh,
                scenario.par() == null ? null : scenario.par().scale(delegation.id()));
    }

    /** What one clause option is worth to a delegation that takes decision {@code d}. */
    public static double optionValue(Preferences p, String clause, String option, Decision d) {
        return optionValues(p, clause, option)[d.ordinal()];
    }

    /** {@link #optionValue} for every decision at once, indexed by the decision's ordinal. */
    public static double[] optionValues(Preferences p, String clause, String option) {
        double value = p.value(clause, option);
        double[] out = new double[Decision.values().length];
        for (Decision d : Decision.values()) {
            out[d.ordinal()] = value;
        }
        out[Decision.SIGN.ordinal()] -= p.cost(clause, option) + (p.isRedLine(clause, option) ? p.redLinePenalty() : 0);
        return out;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
