package org.summitsim.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.headless.Lineup;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;

/** Turns the facts of every match, in match order, into the figures of an {@link AnalysisReport}. */
final class Aggregate {

    /** The parts that measure substance: what the text and the decision are worth to the seat. */
    static final List<String> SUBSTANCE =
            List.of("text", "constraints", "red_lines", "decision", "breadth", "binding", "standing");

    /** Strategies that do not negotiate on purpose: the baseline and the reproductions. */
    static final Set<String> NOT_NEGOTIATING = Set.of("silent", "historical", "random");

    private final Scenario scenario;
    private final List<String> strategies;
    private final List<String> seats;
    private final PoisonPlan pill;

    Aggregate(Scenario scenario, List<String> strategies, List<String> seats, PoisonPlan pill) {
        this.scenario = scenario;
        this.strategies = strategies;
        this.seats = seats;
        this.pill = pill;
    }

    AnalysisReport report(
            long seed,
            List<MatchFacts> main,
            List<MatchFacts> blocked,
            List<MatchFacts> pilled,
            List<MatchFacts> pushed) {
        Lineup lineup = new Lineup(strategies);
        int[][] played = new int[main.size()][];
        for (int m = 0; m < main.size(); m++) {
            Map<String, String> a = lineup.forMatch(Lineup.seed(seed, m), seats);
            played[m] =
                    seats.stream().mapToInt(s -> strategies.indexOf(a.get(s))).toArray();
        }
        List<AnalysisReport.Role> roles = new ArrayList<>();
        Sample[][] substance = new Sample[seats.size()][];
        Sample[][] influence = new Sample[seats.size()][];
        for (int i = 0; i < seats.size(); i++) {
            substance[i] = samples();
            influence[i] = samples();
            roles.add(role(i, main, played, substance[i], influence[i]));
        }
        AnalysisReport.Field field = field(main, roles, substance, influence);
        return new AnalysisReport(
                scenario.id(),
                scenario.title(),
                strategies,
                main.size(),
                seed,
                ShownScore.scale(scenario),
                roles,
                field,
                ExploitFigures.blocking(scenario, seats, main, blocked),
                ExploitFigures.poisonPill(pill, seats, main, pilled, pushed),
                List.of());
    }

    private Sample[] samples() {
        Sample[] out = new Sample[strategies.size()];
        for (int s = 0; s < out.length; s++) {
            out[s] = new Sample();
        }
        return out;
    }

    private AnalysisReport.Role role(
            int i, List<MatchFacts> main, int[][] played, Sample[] substance, Sample[] influence) {
        int n = main.size();
        List<String> partNames = main.get(0).partNames();
        double[] shown = new double[n];
        double raw = 0;
        Sample[] byStrategy = samples();
        Sample[][] parts = new Sample[strategies.size()][partNames.size()];
        for (Sample[] row : parts) {
            for (int p = 0; p < row.length; p++) {
                row[p] = new Sample();
            }
        }
        int[] best = new int[Decision.values().length];
        int[] taken = new int[Decision.values().length];
        Sample[] choice = samples();
        Sample margin = new Sample();
        for (int m = 0; m < n; m++) {
            MatchFacts f = main.get(m);
            int s = played[m][i];
            shown[m] = f.shown()[i];
            raw += f.raw()[i];
            byStrategy[s].add(f.shown()[i]);
            double sub = 0;
            for (int p = 0; p < partNames.size(); p++) {
                parts[s][p].add(f.parts()[i][p]);
                sub += SUBSTANCE.contains(partNames.get(p)) ? f.parts()[i][p] : 0;
            }
            substance[s].add(sub);
            int inf = partNames.indexOf("influence");
            influence[s].add(inf < 0 ? 0 : f.parts()[i][inf]);
            best[f.best()[i]]++;
            taken[f.decision()[i]]++;
            if (!Double.isNaN(f.choice()[i])) {
                choice[s].add(f.choice()[i]);
            }
            if (!Double.isNaN(f.margin()[i])) {
                margin.add(f.margin()[i]);
            }
        }
        Map<String, AnalysisReport.Interval> choices = new LinkedHashMap<>();
        for (int s = 0; s < strategies.size(); s++) {
            if (choice[s].n() > 0) {
                choices.put(strategies.get(s), choice[s].interval());
            }
        }
        Map<String, AnalysisReport.Interval> intervals = new LinkedHashMap<>();
        Map<String, Map<String, Double>> partMeans = new LinkedHashMap<>();
        int top = -1;
        for (int s = 0; s < strategies.size(); s++) {
            if (byStrategy[s].n() == 0) {
                continue;
            }
            intervals.put(strategies.get(s), byStrategy[s].interval());
            Map<String, Double> means = new LinkedHashMap<>();
            for (int p = 0; p < partNames.size(); p++) {
                means.put(partNames.get(p), AnalysisReport.round(parts[s][p].mean()));
            }
            partMeans.put(strategies.get(s), means);
            if (top < 0 || byStrategy[s].mean() > byStrategy[top].mean()) {
                top = s;
            }
        }
        List<String> tied = new ArrayList<>();
        for (int s = 0; s < strategies.size(); s++) {
            if (s != top && byStrategy[s].n() > 0 && tied(byStrategy[top], byStrategy[s])) {
                tied.add(strategies.get(s));
            }
        }
        Map<String, Integer> bestDecision = new LinkedHashMap<>();
        Map<String, Integer> takenDecision = new LinkedHashMap<>();
        int most = 0;
        for (Decision d : Decision.values()) {
            bestDecision.put(d.name(), best[d.ordinal()]);
            takenDecision.put(d.name(), taken[d.ordinal()]);
            most = Math.max(most, best[d.ordinal()]);
        }
        double[] sorted = shown.clone();
        Arrays.sort(sorted);
        var delegation = scenario.delegation(seats.get(i)).orElseThrow();
        return new AnalysisReport.Role(
                delegation.id(),
                delegation.name(),
                new AnalysisReport.Distribution(
                        AnalysisReport.round(mean(shown)), percentile(sorted, 10), percentile(sorted, 90)),
                AnalysisReport.round(raw / n),
                intervals,
                strategies.get(top),
                tied,
                partMeans,
                bestDecision,
                takenDecision,
                AnalysisReport.round((double) most / n),
                choices,
                margin.n() == 0 ? null : AnalysisReport.round(margin.mean()));
    }

    /** Two strategies are tied by {@link Ties#tied}: their means differ by at most 1.96 × sqrt(se_a² + se_b²). */
    static boolean tied(Sample a, Sample b) {
        return Ties.tied(a.mean(), a.se(), b.mean(), b.se());
    }

    private AnalysisReport.Field field(
            List<MatchFacts> main, List<AnalysisReport.Role> roles, Sample[][] substance, Sample[][] influence) {
        int n = main.size();
        Set<List<String>> texts = new HashSet<>();
        Integer in500 = null;
        List<Clause> clauses = scenario.clauses();
        int[] changed = new int[clauses.size()];
        List<Map<String, Integer>> finals = new ArrayList<>();
        for (Clause c : clauses) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ClauseOption o : c.options()) {
                counts.put(o.id(), 0);
            }
            finals.add(counts);
        }
        int binding = 0;
        int coordinated = 0;
        double[] signatories = new double[n];
        double forecastRight = 0;
        double forecastSigned = 0;
        double forecastError = 0;
        double tabled = 0;
        double adopted = 0;
        double restored = 0;
        for (int m = 0; m < n; m++) {
            MatchFacts f = main.get(m);
            texts.add(List.of(f.text()));
            tabled += f.churn().tabled();
            adopted += f.churn().adopted();
            restored += f.churn().restored();
            if (m == 499) {
                in500 = texts.size();
            }
            for (int c = 0; c < clauses.size(); c++) {
                changed[c] += f.text()[c].equals(clauses.get(c).draft()) ? 0 : 1;
                finals.get(c).merge(f.text()[c], 1, Integer::sum);
            }
            binding += f.binding() ? 1 : 0;
            coordinated += f.coordinated() ? 1 : 0;
            signatories[m] = f.signatories();
            forecastRight += (double) f.forecastRight() / f.decision().length;
            forecastSigned += f.forecastSignatories();
            forecastError += Math.abs(f.forecastSignatories() - f.signatories());
        }
        List<AnalysisReport.ClauseMoves> moves = new ArrayList<>();
        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            moves.add(new AnalysisReport.ClauseMoves(
                    clause.id(),
                    clause.title(),
                    clause.draft(),
                    AnalysisReport.round((double) changed[c] / n),
                    finals.get(c)));
        }
        Map<String, Integer> bestOrTied = new LinkedHashMap<>();
        for (String s : strategies) {
            bestOrTied.put(s, (int) roles.stream()
                    .filter(r -> r.best().equals(s) || r.tied().contains(s))
                    .count());
        }
        double[] sorted = signatories.clone();
        Arrays.sort(sorted);
        return new AnalysisReport.Field(
                texts.size(),
                in500,
                new AnalysisReport.Amendments(
                        AnalysisReport.round(tabled / n),
                        AnalysisReport.round(adopted / n),
                        AnalysisReport.round(restored / n)),
                moves,
                AnalysisReport.round((double) binding / n),
                binding,
                coordinated,
                new AnalysisReport.Distribution(
                        AnalysisReport.round(mean(signatories)), percentile(sorted, 10), percentile(sorted, 90)),
                bestOrTied,
                talking(substance, influence),
                new AnalysisReport.Forecast(
                        AnalysisReport.round(forecastRight / n),
                        AnalysisReport.round(forecastSigned / n),
                        AnalysisReport.round(forecastError / n)));
    }

    /** Each strategy's lead over silent, averaged over the roles where both played; null without silent. */
    private List<AnalysisReport.Substance> talking(Sample[][] substance, Sample[][] influence) {
        int silent = strategies.indexOf("silent");
        if (silent < 0) {
            return null;
        }
        List<AnalysisReport.Substance> out = new ArrayList<>();
        for (int s = 0; s < strategies.size(); s++) {
            if (s == silent) {
                continue;
            }
            out.add(new AnalysisReport.Substance(
                    strategies.get(s),
                    !NOT_NEGOTIATING.contains(strategies.get(s)),
                    lead(substance, s, silent),
                    lead(influence, s, silent)));
        }
        return out;
    }

    /** Mean over roles of (mean of a − mean of b), with se = sqrt(Σ (se_a² + se_b²)) / roles. */
    private AnalysisReport.Interval lead(Sample[][] byRole, int a, int b) {
        double sum = 0;
        double var = 0;
        int roles = 0;
        for (Sample[] role : byRole) {
            if (role[a].n() > 0 && role[b].n() > 0) {
                roles++;
                sum += role[a].mean() - role[b].mean();
                var += role[a].se() * role[a].se() + role[b].se() * role[b].se();
            }
        }
        return roles == 0
                ? AnalysisReport.Interval.of(0, 0, 0)
                : AnalysisReport.Interval.of(roles, sum / roles, Math.sqrt(var) / roles);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return AnalysisReport.round(sorted[Math.max(0, Math.min(sorted.length, rank) - 1)]);
    }
}
