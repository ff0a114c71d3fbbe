package org.summitsim.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analysis in brief, for `summit scenario lint`: what a scenario author should look at.
 * Each warning names the role, clause or strategy and the figure behind it.
 */
public final class Warnings {

    /** The mixed field lint plays: every built-in strategy that negotiates, the baseline and history. */
    public static final List<String> FIELD = List.of("utility", "mediator", "hardliner", "silent", "historical");

    public static final int MATCHES = 200;
    public static final long SEED = 2026;

    private Warnings() {}

    public static List<String> of(AnalysisReport r) {
        List<String> out = new ArrayList<>();
        for (var role : r.roles()) {
            if (role.tension() > Targets.TENSION) {
                String best = role.bestDecision().entrySet().stream()
                        .max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                        .orElseThrow()
                        .getKey();
                out.add(String.format(
                                Locale.ROOT,
                                "%s: %s scores best in %.0f %% of matches, so its final decision is no dilemma",
                                role.name(),
                                best,
                                100 * role.tension())
                        + (role.margin() == null
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        " (the best decision beats the next by %.1f points on average)",
                                        role.margin())));
            }
        }
        for (var c : r.field().clauses()) {
            if (c.changedRate() < Targets.CLAUSE_MOVES) {
                out.add(String.format(
                        Locale.ROOT,
                        "clause %s changes from the draft in only %.1f %% of matches",
                        c.id(),
                        100 * c.changedRate()));
            }
        }
        double binding = r.field().bindingRate();
        if (binding == 0 || binding == 1) {
            out.add("binding law is " + (binding == 0 ? "never" : "always") + " reached");
        } else if (r.field().coordinatedMatches() < r.field().bindingMatches()) {
            out.add(String.format(
                    Locale.ROOT,
                    "binding law is reached without coordination in %d of %d matches",
                    r.field().bindingMatches() - r.field().coordinatedMatches(),
                    r.field().bindingMatches()));
        }
        var over = Targets.overHalf(r);
        if (r.strategies().size() > 1 && over.size() == 1) {
            out.add(String.format(
                    Locale.ROOT,
                    "%s is best or tied for %d of %d roles: a dominant strategy",
                    over.get(0).getKey(),
                    over.get(0).getValue(),
                    r.roles().size()));
        } else if (r.strategies().size() > 1 && over.size() > 1) {
            // Several strategies over half are tied with one another somewhere: none dominates yet.
            out.add(Targets.dominance(r));
        }
        var b = r.blocking();
        if (b.clausesDifferingMean() > 1 || b.shownChange().low() > 0) {
            out.add(String.format(
                    Locale.ROOT,
                    "blocking works: a seat proposing doomed wordings first in every round"
                            + " changes %.1f clauses' fate on average, and its own shown score by %+.1f",
                    b.clausesDifferingMean(),
                    b.shownChange().mean()));
        }
        var p = r.poisonPill();
        if (p.applicable() && p.shownChange().mean() >= 0) {
            out.add(String.format(
                    Locale.ROOT,
                    "the poison pill pays: champions steering to %s and pushing gain %+.1f"
                            + " shown points (binding law %.0f %% -> %.0f %%; %+.1f against pushing together without steering)",
                    p.mode().equals("background") ? "wordings that make background groups push" : "their own red lines",
                    p.shownChange().mean(),
                    100 * p.bindingRateHonest(),
                    100 * p.bindingRatePill(),
                    p.shownVsPushOnly().mean()));
        }
        return out;
    }
}
