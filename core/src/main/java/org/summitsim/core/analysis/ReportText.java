package org.summitsim.core.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.summitsim.core.bots.Strategies;

/** The readable report of an analysis: tables that fit 100 columns, roles by name. */
public final class ReportText {

    private static final int NAME = 22;
    private static final int PER_TABLE = 6;

    private final AnalysisReport r;
    /** Each strategy's name in the tables: scripts and Java bots by their short names. */
    private final Map<String, String> labels;

    private final StringBuilder out = new StringBuilder();

    private ReportText(AnalysisReport r) {
        this.r = r;
        this.labels = Strategies.labels(r.strategies());
    }

    private String label(String strategy) {
        return labels.getOrDefault(strategy, strategy);
    }

    private String labels(List<String> strategies) {
        return strategies.stream().map(this::label).collect(Collectors.joining(", "));
    }

    /** The whole report; with {@code parts}, also every role's score parts by strategy. */
    public static String render(AnalysisReport r, boolean parts) {
        return render(r, parts, null);
    }

    /** As above; {@code focus}, a strategy of the field, also gets its differences to every other, role by role. */
    public static String render(AnalysisReport r, boolean parts, String focus) {
        ReportText t = new ReportText(r);
        t.header();
        t.roles();
        t.strategies();
        if (focus != null) {
            t.focus(focus);
        }
        t.tension();
        t.choices();
        t.parts(parts);
        t.text();
        t.binding();
        t.exploits();
        t.targets();
        return t.out.toString();
    }

    /**
     * The short form for `summit scenario lint`: per role the shown score, the best strategy and
     * the decision most often best in hindsight.
     */
    public static String brief(AnalysisReport r) {
        ReportText t = new ReportText(r);
        t.line(
                "Balance of %s: %d matches of %s, seed %d",
                r.scenario(), r.matches(), String.join(", ", r.strategies()), r.seed());
        t.line("(shown score; best strategy, + tied with it; decision best in hindsight most often)");
        t.line(
                "%-22s %6s %6s %6s  %-22s %s",
                "role", "mean", "p10", "p90", "best strategy", "decision best most often");
        for (var role : r.roles()) {
            var top = role.bestDecision().entrySet().stream()
                    .max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                    .orElseThrow();
            t.line(
                    "%-22s %6.1f %6.1f %6.1f  %-22s %s %s",
                    name(role.name()),
                    role.shown().mean(),
                    role.shown().p10(),
                    role.shown().p90(),
                    clip(
                            t.label(role.best())
                                    + (role.tied().isEmpty()
                                            ? ""
                                            : " (+" + role.tied().size() + " tied)"),
                            22),
                    top.getKey(),
                    pct(role.tension()));
        }
        return t.out.toString();
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private void title(String t) {
        out.append('\n').append(t).append('\n');
    }

    private static String name(String s) {
        return s.length() <= NAME ? s : s.substring(0, NAME - 1) + "~";
    }

    private void header() {
        line("Game analysis of %s: %s", r.scenario(), r.title());
        line(
                "%d matches, seed %d; strategies rotated over seats: %s",
                r.matches(), r.seed(), String.join(", ", r.strategies()));
        labels.forEach((s, l) -> {
            if (!l.equals(s)) {
                line("  %s in the tables: %s", l, s);
            }
        });
        line(
                ShownScore.PAR.equals(r.shownScore())
                        ? "Shown score, 0-100: against the par table (50 a role's median, 100 its best 5 %%);"
                                + " raw: points."
                        : "Shown score, 0-100: the share of each role's range (no par table: see --calibrate);"
                                + " raw: points.");
    }

    /** A delegation's name as the tables give it, by its id. */
    private String roleName(String id) {
        return r.roles().stream()
                .filter(x -> x.id().equals(id))
                .map(x -> x.name())
                .findFirst()
                .orElse(id);
    }

    private void roles() {
        title("ROLES: shown score over all matches, and the best strategy (= tied with it)");
        line("%-22s %6s %6s %6s %8s  %s", "role", "mean", "p10", "p90", "raw", "best strategy");
        for (var role : r.roles()) {
            String best = label(role.best()) + (role.tied().isEmpty() ? "" : " = " + labels(role.tied()));
            // The list is wrapped under its own column, never cut.
            line(
                    "%-22s %6.1f %6.1f %6.1f %8.1f  %s",
                    name(role.name()),
                    role.shown().mean(),
                    role.shown().p10(),
                    role.shown().p90(),
                    role.rawMean(),
                    wrap(best, 100 - 53, "").replace("\n", "\n" + " ".repeat(53)));
        }
    }

    private void strategies() {
        title("MEAN SHOWN SCORE BY STRATEGY, ± 95 % interval (* best, = tied with the best)");
        byStrategy(
                AnalysisReport.Role::byStrategy,
                (role, s) -> s.equals(role.best()) ? "*" : role.tied().contains(s) ? "=" : " ");
    }

    /**
     * A bot author's question: in which roles does this strategy do better or worse than each of
     * the others, beyond chance. Each cell: the difference of mean shown scores, its 95 % interval,
     * and + (better), - (worse) or = (tied, by {@link Ties}).
     */
    private void focus(String focus) {
        List<String> others =
                r.strategies().stream().filter(x -> !x.equals(focus)).toList();
        title("FOCUS: " + label(focus) + " minus each other strategy, mean shown score by role, ± 95 % (+ better,"
                + " - worse, = tied)");
        table(others, (role, x) -> difference(role, focus, x));
        for (String x : others) {
            int better = 0;
            int worse = 0;
            for (var role : r.roles()) {
                String d = difference(role, focus, x);
                better += d.endsWith("+") ? 1 : 0;
                worse += d.endsWith("-") ? 1 : 0;
            }
            line(
                    "against %-12s better in %d roles, worse in %d, tied in %d",
                    clip(label(x), 12), better, worse, r.roles().size() - better - worse);
        }
    }

    /** " +3.2±4.1+": the focus strategy's mean minus the other's in one role, with its mark. */
    private static String difference(AnalysisReport.Role role, String focus, String other) {
        var a = role.byStrategy().get(focus);
        var b = role.byStrategy().get(other);
        if (a == null || b == null) {
            return "-";
        }
        double d = a.mean() - b.mean();
        String mark = Ties.tied(a.mean(), a.se(), b.mean(), b.se()) ? "=" : d > 0 ? "+" : "-";
        return String.format(
                Locale.ROOT, "%+5.1f±%4.1f%s", d, Ties.Z95 * Math.sqrt(a.se() * a.se() + b.se() * b.se()), mark);
    }

    /** The choice at the end, in hindsight, by role and strategy: the part of a result a seat made itself. */
    private void choices() {
        if (r.roles().stream().anyMatch(x -> x.choice().isEmpty())) {
            return;
        }
        title("THE CHOICE AT THE END: 0 the worst decision in hindsight, 100 the best; mean ± 95 %");
        byStrategy(AnalysisReport.Role::choice, (role, s) -> " ");
    }

    /** A table of roles by strategies: each cell an interval and a mark. */
    private void byStrategy(
            java.util.function.Function<AnalysisReport.Role, Map<String, AnalysisReport.Interval>> figure,
            java.util.function.BiFunction<AnalysisReport.Role, String, String> mark) {
        table(r.strategies(), (role, s) -> {
            var i = figure.apply(role).get(s);
            return i == null
                    ? "-"
                    : String.format(Locale.ROOT, "%5.1f±%4.1f%s", i.mean(), 1.96 * i.se(), mark.apply(role, s));
        });
    }

    /** A table of roles by {@code columns} (strategies), at most {@link #PER_TABLE} columns wide. */
    private void table(List<String> columns, java.util.function.BiFunction<AnalysisReport.Role, String, String> cell) {
        for (int from = 0; from < columns.size(); from += PER_TABLE) {
            List<String> chunk = columns.subList(from, Math.min(columns.size(), from + PER_TABLE));
            StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%-22s", "role"));
            chunk.forEach(s -> h.append(String.format(Locale.ROOT, " %12s", clip(label(s), 12))));
            out.append(h).append('\n');
            for (var role : r.roles()) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-22s", name(role.name())));
                for (String s : chunk) {
                    row.append(String.format(Locale.ROOT, " %12s", cell.apply(role, s)));
                }
                out.append(row).append('\n');
            }
        }
    }

    private void tension() {
        title("TENSION: % of matches in which each decision would have scored best for the seat");
        line("%-22s %7s %8s %7s   %-20s %s", "role", "SIGN", "ABSTAIN", "PUSH", "taken (S/A/P)", "dilemma");
        for (var role : r.roles()) {
            var b = role.bestDecision();
            var t = role.taken();
            line(
                    "%-22s %7s %8s %7s   %-20s %s",
                    name(role.name()),
                    share(b.get("SIGN")),
                    share(b.get("ABSTAIN")),
                    share(b.get("PUSH_BINDING")),
                    t.get("SIGN") + "/" + t.get("ABSTAIN") + "/" + t.get("PUSH_BINDING"),
                    role.tension() <= Targets.TENSION ? "yes" : "no");
        }
    }

    private void parts(boolean perRole) {
        title("SCORE PARTS: mean points by strategy" + (perRole ? ", per role" : ", averaged over roles"));
        List<String> names = r.roles().get(0).parts().values().iterator().next().keySet().stream()
                .toList();
        String lead = perRole ? "%-22s %-11s" : "%s%-11s";
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, lead, perRole ? "role" : "", "strategy"));
        names.forEach(n -> h.append(String.format(Locale.ROOT, " %6s", abbreviation(n))));
        out.append(h).append('\n');
        if (perRole) {
            for (var role : r.roles()) {
                role.parts().forEach((s, p) -> partRow(name(role.name()), s, names, p));
            }
            return;
        }
        for (String s : r.strategies()) {
            Map<String, Double> mean = new java.util.LinkedHashMap<>();
            for (String n : names) {
                mean.put(
                        n,
                        r.roles().stream()
                                .filter(x -> x.parts().containsKey(s))
                                .mapToDouble(x -> x.parts().get(s).get(n))
                                .average()
                                .orElse(0));
            }
            partRow("", s, names, mean);
        }
    }

    /** Part names cut to six letters for the table (the JSON has them whole). */
    static String abbreviation(String part) {
        return switch (part) {
            case "constraints" -> "constr";
            case "red_lines" -> "redlin";
            case "decision" -> "decisn";
            case "breadth" -> "breadt";
            case "binding" -> "bindng";
            case "standing" -> "standg";
            case "influence" -> "influ";
            default -> part.length() <= 6 ? part : part.substring(0, 6);
        };
    }

    private void partRow(String role, String strategy, List<String> names, Map<String, Double> parts) {
        StringBuilder row = new StringBuilder(
                role.isEmpty()
                        ? String.format(Locale.ROOT, "%-11s", clip(label(strategy), 11))
                        : String.format(Locale.ROOT, "%-22s %-11s", role, clip(label(strategy), 11)));
        names.forEach(n -> row.append(String.format(Locale.ROOT, " %6.1f", parts.getOrDefault(n, 0.0))));
        out.append(row).append('\n');
    }

    private void text() {
        var f = r.field();
        title("THE TEXT");
        line(
                "Distinct final texts: %d%s",
                f.distinctTexts(),
                f.distinctTextsIn500() == null ? "" : " (" + f.distinctTextsIn500() + " in the first 500 matches)");
        var a = f.amendments();
        line(
                "Amendments a match: %.1f tabled, %.1f adopted; %.1f of the adoptions brought back a wording",
                a.tabled(), a.adopted(), a.restored());
        line("  the clause had read before (the text going back and forth).");
        line("%-22s %-20s %8s  %s", "clause", "draft", "changed", "final wordings (matches)");
        for (var c : f.clauses()) {
            String finals = c.finals().entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            line("%-22s %-20s %8s  %s", name(c.id()), clip(c.draft(), 20), share(c.changedRate()), clip(finals, 45));
        }
    }

    private void binding() {
        var f = r.field();
        title("BINDING LAW, SIGNATORIES AND STRATEGIES");
        line(
                "Binding law reached in %s of matches (%d of %d); coordinated in %d of them.",
                pct(f.bindingRate()), f.bindingMatches(), r.matches(), f.coordinatedMatches());
        line(
                "Signatories (states): mean %.1f, p10 %.0f, p90 %.0f.",
                f.signatories().mean(), f.signatories().p10(), f.signatories().p90());
        line(
                "%s",
                wrap(
                        String.format(
                                Locale.ROOT,
                                "The public forecast at the end of play (pledges, else the bloc's pledges, else the"
                                        + " real decision) named %s of the delegations' decisions and gave %.1f"
                                        + " signatories, %.1f off on average.",
                                pct(f.forecast().decisionsRight()),
                                f.forecast().signatories(),
                                f.forecast().signatoryError()),
                        100,
                        ""));
        line(
                "%-12s %14s   %-30s %-30s",
                "strategy", "best or tied", "substance vs silent (95 %)", "influence vs silent (95 %)");
        for (String s : r.strategies()) {
            var t = f.talking() == null
                    ? null
                    : f.talking().stream()
                            .filter(x -> x.strategy().equals(s))
                            .findFirst()
                            .orElse(null);
            line(
                    "%-12s %14s   %-30s %-30s",
                    clip(label(s), 12),
                    f.bestOrTied().get(s) + " of " + r.roles().size() + " roles",
                    t == null ? "-" : interval(t.substance()),
                    t == null ? "-" : interval(t.influence()));
        }
        if (f.talking() == null) {
            line("(Add silent to the strategies to measure what talking is worth.)");
        }
    }

    private void exploits() {
        title("KNOWN EXPLOITS (replays of the first matches, same seeds)");
        var b = r.blocking();
        line(
                "Blocking, %d replays, one seat (rotated) proposing a doomed wording on every clause each round:",
                b.matches());
        line(
                "  clauses whose final wording differs from the honest match: mean %.2f, max %d",
                b.clausesDifferingMean(), b.clausesDifferingMax());
        line(
                "  clauses moved from the draft: %.2f honest, %.2f with the blocker",
                b.clausesMovedHonest(), b.clausesMovedBlocked());
        line("  blocker's score change: shown %s, raw %s", interval(b.shownChange()), interval(b.rawChange()));
        var p = r.poisonPill();
        if (!p.applicable()) {
            line(
                    "Poison pill: not applicable (%s).",
                    Targets.noPill(p.champions().stream().map(this::roleName).toList()));
            return;
        }
        Map<String, Integer> steering = new java.util.LinkedHashMap<>();
        p.targets().values().forEach(t -> {
            if (t.isEmpty()) {
                steering.merge("nothing to steer to", 1, Integer::sum);
            }
            t.forEach((clause, option) -> steering.merge(clause + "=" + option, 1, Integer::sum));
        });
        String targets = steering.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        line(
                "Poison pill, %d replays: %d champions steer to %s, then push:",
                p.matches(),
                p.champions().size(),
                p.mode().equals("background") ? "wordings that make background groups push" : "their own red lines");
        line("  targets (champions): %s", clip(targets, 76));
        line(
                "  binding law reached: %s honest, %s with the pill",
                pct(p.bindingRateHonest()), pct(p.bindingRatePill()));
        line(
                "  champions' shown score: %.1f honest, %.1f with the pill, change %s",
                p.shownHonest().mean(), p.shownPill().mean(), interval(p.shownChange()));
        line(
                "  champions' raw score:   %.1f honest, %.1f with the pill, change %s",
                p.rawHonest().mean(), p.rawPill().mean(), interval(p.rawChange()));
        line(
                "  control, champions push together without steering: binding law %s, shown %.1f;",
                pct(p.bindingRatePushOnly()), p.shownPushOnly().mean());
        line("    the pill against it: %s shown", interval(p.shownVsPushOnly()));
    }

    private void targets() {
        title("TARGETS");
        for (var t : r.targets()) {
            // The figure is the evidence: wrapped under its own column, never cut. A failure says
            // what the target asks too ("FAIL binding reachable 41.7 %" said nothing of 5 to 40).
            String figure = t.status().equals("FAIL") ? t.figure() + "; the target: " + t.requirement() : t.figure();
            line(
                    "%-5s %-26s %s",
                    t.status(), t.name(), wrap(figure, 100 - 33, "").replace("\n", "\n" + " ".repeat(33)));
        }
        if (r.targets().stream().anyMatch(t -> t.status().equals("FAIL"))) {
            line("What to change for each: docs/SCENARIOS.md, \"./summit scenario lint\", the warnings from play.");
        }
    }

    private String share(Integer count) {
        return count == null ? "-" : pct((double) count / r.matches());
    }

    private static String share(double rate) {
        return pct(rate);
    }

    static String pct(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }

    static String interval(AnalysisReport.Interval i) {
        return String.format(Locale.ROOT, "%+.1f (%+.1f..%+.1f)", i.mean(), i.low(), i.high());
    }

    /** {@code text} broken into lines of at most {@code width} columns, the later ones indented by {@code indent}. */
    public static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= indent.length()) {
                break;
            }
            out.append(rest, 0, cut).append('\n');
            rest = indent + rest.substring(cut + 1);
        }
        return out.append(rest).toString();
    }

    static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }
}
