package org.summitsim.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.scenario.Scenario;

/**
 * The numeric targets of the game's design ("the game must be worth playing") that an analysis
 * can measure, each checked as PASS, FAIL or N/A (not measurable in this run, with why).
 */
final class Targets {

    /**
     * Scenarios whose binding-law rate the design leaves free: seoul-2024, where three states and
     * two background groups reach the threshold between them, as in 2024. Every other scenario's
     * rate must lie in {@link #BINDING_LOW}..{@link #BINDING_HIGH}, a scenario author's included.
     */
    static final Set<String> BINDING_FREE = Set.of("seoul-2024");

    static final double BINDING_LOW = 0.05;
    static final double BINDING_HIGH = 0.40;
    /** A decision best in more than this share of matches leaves the seat no dilemma. */
    static final double TENSION = 0.85;

    static final double CLAUSE_MOVES = 0.05;
    static final int DISTINCT_TEXTS = 20;
    static final double COMPARABLE = 10;
    static final double BEST_MEAN = 65;

    private Targets() {}

    static AnalysisReport check(Scenario s, AnalysisReport r) {
        List<AnalysisReport.Target> out = new ArrayList<>();
        var roles = r.roles();
        var f = r.field();

        long tense = roles.stream().filter(x -> x.tension() <= TENSION).count();
        out.add(target(
                "tension",
                "for at least 2/3 of roles no decision is best in more than 85 % of matches",
                3 * tense >= 2L * roles.size(),
                tense + " of " + roles.size() + " roles" + noDilemma(roles)));

        var still = f.clauses().stream()
                .min((a, b) -> Double.compare(a.changedRate(), b.changedRate()))
                .orElseThrow();
        out.add(target(
                "text moves",
                "every clause changes from the draft in at least 5 % of matches",
                still.changedRate() >= CLAUSE_MOVES,
                "least moved: " + still.id() + " " + pct(still.changedRate())));

        if (!s.id().equals("hague-2023")) {
            out.add(na(
                    "distinct texts",
                    "hague-2023: at least 20 distinct final texts in 500 matches",
                    "set for hague-2023's nine clauses only (" + f.distinctTexts() + " distinct texts in " + r.matches()
                            + " matches here)"));
        } else if (f.distinctTextsIn500() == null) {
            out.add(na("distinct texts", "at least 20 distinct final texts in 500 matches", "needs 500 matches"));
        } else {
            out.add(target(
                    "distinct texts",
                    "at least 20 distinct final texts in 500 matches",
                    f.distinctTextsIn500() >= DISTINCT_TEXTS,
                    f.distinctTextsIn500() + " in the first 500"));
        }

        if (!BINDING_FREE.contains(s.id())) {
            out.add(target(
                    "binding reachable",
                    "binding law reached in 5 % to 40 % of matches",
                    f.bindingRate() >= BINDING_LOW && f.bindingRate() <= BINDING_HIGH,
                    pct(f.bindingRate()) + " (" + f.bindingMatches() + " of " + r.matches() + ")"));
        } else {
            out.add(na(
                    "binding reachable",
                    "binding law reached in 5 % to 40 % of matches",
                    "the design sets no band for " + s.id() + " (" + pct(f.bindingRate()) + " here)"));
        }
        out.add(
                f.bindingMatches() == 0
                        ? na(
                                "binding coordinated",
                                "binding law reached only when the pushers pledged or coordinated",
                                "binding never reached")
                        : target(
                                "binding coordinated",
                                "binding law reached only when the pushers pledged or coordinated",
                                f.coordinatedMatches() == f.bindingMatches(),
                                f.coordinatedMatches() + " of " + f.bindingMatches() + " coordinated"));

        var p = r.poisonPill();
        out.add(
                !p.applicable()
                        ? na(
                                "poison pill fails",
                                "champions steering to trigger wordings score worse than honest play",
                                noPill(p.champions().stream().map(s::nameOf).toList()))
                        : target(
                                "poison pill fails",
                                "champions steering to trigger wordings score worse than honest play",
                                p.shownChange().mean() < 0,
                                "champions " + signed(p.shownChange().mean())
                                        + " shown (95 % "
                                        + signed(p.shownChange().low()) + ".."
                                        + signed(p.shownChange().high())
                                        + "); " + signed(p.shownVsPushOnly().mean()) + " against pushing only"));

        if (f.talking() == null) {
            out.add(na(
                    "talking pays on substance",
                    "negotiating strategies beat silent on text and decision parts",
                    "silent not in the mix"));
        } else {
            // A target of the scenario's design, judged on Summit's own negotiators: a bot author's
            // script or class in the field is measured in the tables, not failed as the scenario's flaw.
            var negotiating = f.talking().stream()
                    .filter(t -> t.negotiating() && org.summitsim.core.bots.Strategies.BUILT_IN.contains(t.strategy()))
                    .toList();
            if (negotiating.isEmpty()) {
                out.add(na(
                        "talking pays on substance",
                        "negotiating strategies beat silent on text and decision parts",
                        "no built-in negotiating strategy in the mix"));
            } else {
                var worst = negotiating.stream()
                        .min((a, b) -> Double.compare(
                                a.substance().low(), b.substance().low()))
                        .orElseThrow();
                out.add(target(
                        "talking pays on substance",
                        "negotiating strategies beat silent on text and decision parts, outside the 95 % interval",
                        worst.substance().low() > 0,
                        "weakest: " + worst.strategy() + " "
                                + signed(worst.substance().mean()) + " (95 % "
                                + signed(worst.substance().low()) + ".."
                                + signed(worst.substance().high()) + ")"));
            }
        }

        if (r.strategies().size() < 2) {
            out.add(na(
                    "no dominant strategy",
                    "no strategy best or tied for more than half of the roles",
                    "needs two strategies or more"));
        } else {
            out.add(target(
                    "no dominant strategy",
                    "no strategy best or tied for more than half of the roles",
                    2 * mostBestOrTied(r) <= roles.size(),
                    dominance(r)));
        }

        if (r.strategies().size() != 1 || r.strategies().contains("mixed")) {
            out.add(na(
                    "comparable scores",
                    "one strategy everywhere: every role within 10 points of the mean",
                    "needs a single strategy in every seat; in this field " + withinTen(roles)));
        } else {
            double mean =
                    roles.stream().mapToDouble(x -> x.shown().mean()).average().orElse(0);
            var far = roles.stream()
                    .max((a, b) -> Double.compare(
                            Math.abs(a.shown().mean() - mean),
                            Math.abs(b.shown().mean() - mean)))
                    .orElseThrow();
            out.add(target(
                    "comparable scores",
                    "one strategy everywhere: every role within 10 points of the mean",
                    Math.abs(far.shown().mean() - mean) <= COMPARABLE,
                    String.format(
                            Locale.ROOT,
                            "mean %.1f; farthest %s %.1f",
                            mean,
                            far.name(),
                            far.shown().mean())));
        }

        // The choice at the end, in hindsight (0..100): the part of a result that is the seat's own.
        if (roles.stream().anyMatch(x -> x.choice().isEmpty())) {
            out.add(na(
                    "comparable choices",
                    "one strategy everywhere: every role's mean choice within 10 points of the mean",
                    "needs the counterfactual decisions"));
        } else if (r.strategies().size() != 1 || r.strategies().contains("mixed")) {
            out.add(na(
                    "comparable choices",
                    "one strategy everywhere: every role's mean choice within 10 points of the mean",
                    "needs a single strategy in every seat; in this field "
                            + withinTen(roles, AnalysisReport.Role::choice)));
        } else {
            String only = r.strategies().get(0);
            double mean = roles.stream()
                    .mapToDouble(x -> x.choice().get(only).mean())
                    .average()
                    .orElse(0);
            var far = roles.stream()
                    .max((a, b) -> Double.compare(
                            Math.abs(a.choice().get(only).mean() - mean),
                            Math.abs(b.choice().get(only).mean() - mean)))
                    .orElseThrow();
            out.add(target(
                    "comparable choices",
                    "one strategy everywhere: every role's mean choice within 10 points of the mean",
                    Math.abs(far.choice().get(only).mean() - mean) <= COMPARABLE,
                    String.format(
                            Locale.ROOT,
                            "mean %.1f; farthest %s %.1f",
                            mean,
                            far.name(),
                            far.choice().get(only).mean())));
        }

        var low = roles.stream()
                .min((a, b) -> Double.compare(
                        a.byStrategy().get(a.best()).mean(),
                        b.byStrategy().get(b.best()).mean()))
                .orElseThrow();
        out.add(target(
                "best strategy reaches 65",
                "the best strategy's mean is at least 65 in every role",
                low.byStrategy().get(low.best()).mean() >= BEST_MEAN,
                String.format(
                        Locale.ROOT,
                        "lowest: %s %.1f (%s)",
                        low.name(),
                        low.byStrategy().get(low.best()).mean(),
                        low.best())));

        var b = r.blocking();
        out.add(target(
                "blocking fails",
                "a blocker changes at most one clause's fate (mean over replays)",
                b.clausesDifferingMean() <= 1,
                String.format(
                        Locale.ROOT,
                        "%.2f clauses differ (max %d), blocker %s shown",
                        b.clausesDifferingMean(),
                        b.clausesDifferingMax(),
                        signed(b.shownChange().mean()))));

        return new AnalysisReport(
                r.scenario(),
                r.title(),
                r.strategies(),
                r.matches(),
                r.seed(),
                r.shownScore(),
                r.roles(),
                r.field(),
                r.blocking(),
                r.poisonPill(),
                out);
    }

    /**
     * The strategies best or tied for more than half of the roles, the most roles first (in the
     * order of the mix among equals).
     */
    static List<Map.Entry<String, Integer>> overHalf(AnalysisReport r) {
        return r.field().bestOrTied().entrySet().stream()
                .filter(e -> 2 * e.getValue() > r.roles().size())
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .toList();
    }

    /**
     * The figure of "no dominant strategy", in words: the strategy best or tied for the most
     * roles; when several are each best or tied for more than half of the roles, they are tied
     * with one another at this number of matches, and none is named as dominant.
     */
    static String dominance(AnalysisReport r) {
        int roles = r.roles().size();
        var over = overHalf(r);
        if (over.size() > 1) {
            return byCount(over, roles)
                    + ": they tie with one another in most roles, so no single one stands out (more matches may tell"
                    + " them apart)";
        }
        int top = mostBestOrTied(r);
        var first = r.field().bestOrTied().entrySet().stream()
                .filter(e -> e.getValue() == top)
                .toList();
        return byCount(first, roles);
    }

    /** The most roles any one strategy is best or tied for. */
    private static int mostBestOrTied(AnalysisReport r) {
        return r.field().bestOrTied().values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElseThrow();
    }

    /** "a and b best or tied for 6 of 6 roles each, c for 5": counts in descending order. */
    private static String byCount(List<Map.Entry<String, Integer>> counts, int roles) {
        List<String> groups = new ArrayList<>();
        int i = 0;
        while (i < counts.size()) {
            int n = counts.get(i).getValue();
            List<String> names = new ArrayList<>();
            for (; i < counts.size() && counts.get(i).getValue() == n; i++) {
                names.add(counts.get(i).getKey());
            }
            String each = names.size() > 1 ? " each" : "";
            groups.add(
                    groups.isEmpty()
                            ? and(names) + " best or tied for " + n + " of " + roles + " roles" + each
                            : and(names) + " for " + n + each);
        }
        return String.join(", ", groups);
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> names) {
        return names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * For each strategy of a varied field, the roles whose mean shown score under it lies within
     * {@link #COMPARABLE} points of that strategy's mean over all roles: how nearly the same play
     * gets the same number in every role against this field.
     */
    static String withinTen(List<AnalysisReport.Role> roles) {
        return withinTen(roles, AnalysisReport.Role::byStrategy);
    }

    /** As {@link #withinTen(List)}, for a figure by strategy other than the shown score (the choice). */
    static String withinTen(
            List<AnalysisReport.Role> roles,
            java.util.function.Function<AnalysisReport.Role, Map<String, AnalysisReport.Interval>> figure) {
        List<String> parts = new ArrayList<>();
        for (String strategy : figure.apply(roles.get(0)).keySet()) {
            List<Double> means = roles.stream()
                    .filter(x -> figure.apply(x).containsKey(strategy))
                    .map(x -> figure.apply(x).get(strategy).mean())
                    .toList();
            double mean =
                    means.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            long near =
                    means.stream().filter(m -> Math.abs(m - mean) <= COMPARABLE).count();
            parts.add(strategy + " " + near + "/" + means.size());
        }
        return "roles within 10 points of each strategy's mean: " + String.join(", ", parts);
    }

    /** Why the poison pill cannot be tried, given the champions of binding law by name. */
    static String noPill(List<String> champions) {
        return champions.isEmpty()
                ? "no delegation has a positive binding weight"
                : "nothing to steer to: the champions of binding law (" + String.join(", ", champions)
                        + ") have no red line, and no background group pushes on a wording";
    }

    /** The roles whose decision is no dilemma, by name (the first six). */
    private static String noDilemma(List<AnalysisReport.Role> roles) {
        List<String> fixed = roles.stream()
                .filter(x -> x.tension() > TENSION)
                .map(AnalysisReport.Role::name)
                .toList();
        if (fixed.isEmpty()) {
            return "";
        }
        return "; no dilemma: " + String.join(", ", fixed.subList(0, Math.min(6, fixed.size())))
                + (fixed.size() > 6 ? " and " + (fixed.size() - 6) + " more" : "");
    }

    private static AnalysisReport.Target target(String name, String requirement, boolean pass, String figure) {
        return new AnalysisReport.Target(name, requirement, pass ? "PASS" : "FAIL", figure);
    }

    private static AnalysisReport.Target na(String name, String requirement, String why) {
        return new AnalysisReport.Target(name, requirement, "N/A", why);
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    static String signed(double v) {
        return String.format(Locale.ROOT, "%+.1f", v);
    }
}
