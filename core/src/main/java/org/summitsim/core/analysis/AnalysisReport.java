package org.summitsim.core.analysis;

import java.util.List;
import java.util.Map;

/**
 * Every figure of a game analysis, as written to JSON (docs/BOTS.md lists the fields). Scores
 * are shown scores (see {@link ShownScore}) unless named raw; rates are shares from 0 to 1.
 */
public record AnalysisReport(
        String scenario,
        String title,
        List<String> strategies,
        int matches,
        long seed,
        String shownScore,
        List<Role> roles,
        Field field,
        Blocking blocking,
        PoisonPill poisonPill,
        List<Target> targets) {

    /** A mean with its standard error and 95 % interval. */
    public record Interval(long n, double mean, double se, double low, double high) {
        static Interval of(long n, double mean, double se) {
            return new Interval(n, round(mean), round(se), round(mean - 1.96 * se), round(mean + 1.96 * se));
        }
    }

    /** Mean and 10th and 90th percentiles (nearest rank). */
    public record Distribution(double mean, double p10, double p90) {}

    /**
     * One playable delegation.
     *
     * @param byStrategy  shown score of the seat when each strategy played it
     * @param tied        strategies whose mean is within 1.96 × sqrt(se_best² + se_other²) of the best's
     * @param parts       mean of each score part, by strategy then part
     * @param bestDecision in how many matches each decision would have scored best for the seat
     * @param taken       in how many matches the seat took each decision
     * @param tension     share of matches in which the most often best decision was best (1 = no dilemma)
     * @param choice      by strategy, the mean of where the seat's final decision lay between the worst
     *                    and the best of the three in hindsight (0..100); empty without counterfactuals
     */
    public record Role(
            String id,
            String name,
            Distribution shown,
            double rawMean,
            Map<String, Interval> byStrategy,
            String best,
            List<String> tied,
            Map<String, Map<String, Double>> parts,
            Map<String, Integer> bestDecision,
            Map<String, Integer> taken,
            double tension,
            Map<String, Interval> choice,
            Double margin) {}

    /** How one clause ended. */
    public record ClauseMoves(String id, String title, String draft, double changedRate, Map<String, Integer> finals) {}

    /**
     * "Talking pays on substance": a strategy's mean, over roles, of its lead over {@code silent}
     * in the text, constraints, red_lines and decision parts, with a 95 % interval; and the same
     * for the influence part alone, for comparison.
     */
    public record Substance(String strategy, boolean negotiating, Interval substance, Interval influence) {}

    /**
     * Amendments a match, on average: tabled, adopted, and adoptions that brought back a wording
     * the clause had read before (the text going back and forth).
     */
    public record Amendments(double tabled, double adopted, double restored) {}

    /** Figures of the scenario as a whole. */
    public record Field(
            int distinctTexts,
            Integer distinctTextsIn500,
            Amendments amendments,
            List<ClauseMoves> clauses,
            double bindingRate,
            int bindingMatches,
            int coordinatedMatches,
            Distribution signatories,
            Map<String, Integer> bestOrTied,
            List<Substance> talking,
            Forecast forecast) {}

    /**
     * How well the public forecast at the end of play (what every seat's projection expects of
     * the others) foretold the decisions: the share of the playable seats' decisions it named, the
     * signatories it gave (mean), and how far that was from the signatories there were (mean
     * absolute difference, background states included).
     */
    public record Forecast(double decisionsRight, double signatories, double signatoryError) {}

    /**
     * The blocking exploit: {@code matches} replays of the first matches, each with one seat
     * (rotated) proposing a doomed wording on every clause at the start of every round.
     *
     * @param clausesDiffering clauses whose final wording differs from the same seed without the blocker
     * @param clausesMovedHonest clauses that end different from the draft without the blocker (mean)
     * @param clausesMovedBlocked the same with it
     * @param shownChange the blocker's shown score with blocking minus without
     */
    public record Blocking(
            int matches,
            double clausesDifferingMean,
            int clausesDifferingMax,
            double clausesMovedHonest,
            double clausesMovedBlocked,
            Interval shownChange,
            Interval rawChange) {}

    /**
     * The poison-pill exploit: every champion (positive binding weight) steers toward wordings that
     * make background groups push, or its own red lines, and pushes; compared with the same seeds
     * played honestly, and with a control in which the same champions push together without
     * steering the text ("push only"), which separates the pill from coordinated pushing.
     * Figures are null when not applicable.
     */
    public record PoisonPill(
            boolean applicable,
            String mode,
            List<String> champions,
            Map<String, Map<String, String>> targets,
            int matches,
            Double bindingRateHonest,
            Double bindingRatePill,
            Interval shownHonest,
            Interval shownPill,
            Interval shownChange,
            Interval rawHonest,
            Interval rawPill,
            Interval rawChange,
            Double bindingRatePushOnly,
            Interval shownPushOnly,
            Interval shownVsPushOnly) {}

    /** One target of the game's design, checked: PASS, FAIL or N/A (not measurable in this run). */
    public record Target(String name, String requirement, String status, String figure) {}

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
