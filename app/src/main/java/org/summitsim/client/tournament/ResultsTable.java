package org.summitsim.client.tournament;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The tournament's figures as a plain-text table for the terminal. */
public final class ResultsTable {

    private ResultsTable() {}

    /** The table, delegations named by their seat ids (for a result whose scenario is not at hand). */
    public static String render(TournamentResult r) {
        return render(r, java.util.function.Function.identity());
    }

    /** The table, delegations named by {@code name} (seat id to the delegation's name). */
    public static String render(TournamentResult r, java.util.function.Function<String, String> name) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT, "Tournament on %s: %d matches, seed %d%n%n", r.scenario(), r.matches(), r.seed()));
        s.append(String.format(
                Locale.ROOT,
                "%-14s %8s %10s %8s %10s %8s %8s %8s%n",
                "strategy",
                "seats",
                "of 100",
                "± 95%",
                "advantage",
                "invalid",
                "errors",
                "timeouts"));
        for (String st : r.strategies()) {
            Stats.Summary sc = r.byStrategy().get(st);
            Stats.Summary adv = r.advantage().get(st);
            TournamentResult.Faults f = r.faults().get(st);
            s.append(String.format(
                    Locale.ROOT,
                    "%-14s %8d %10.1f %8.1f %10.3f %8d %8d %8d%n",
                    st,
                    sc.n(),
                    sc.mean(),
                    sc.ci95(),
                    adv.mean(),
                    f.invalid(),
                    f.errors(),
                    f.timeouts()));
        }
        s.append(String.format(
                Locale.ROOT,
                "%nSignatories per match: %.1f ± %.1f   binding law reached in %.0f%% of matches%n",
                r.signatories().mean(),
                r.signatories().ci95(),
                100 * r.bindingRate()));
        s.append(String.format(
                Locale.ROOT,
                "Welfare of the final text: %.0f%% of the best text   Pareto-optimal texts: %.0f%%%n",
                100 * r.welfareShare().mean(),
                100 * r.paretoRate()));
        s.append("\nMean score out of 100 by delegation (best strategy marked *):\n");
        TreeSet<String> seats = new TreeSet<>();
        r.byDelegation().values().forEach(m -> seats.addAll(m.keySet()));
        s.append(String.format(Locale.ROOT, "%-22s", "delegation"));
        r.strategies().forEach(st -> s.append(String.format(Locale.ROOT, " %11s", st)));
        s.append('\n');
        for (String seat : seats) {
            s.append(String.format(Locale.ROOT, "%-22s", name.apply(seat)));
            String best = bestFor(r, seat);
            for (String st : r.strategies()) {
                Stats.Summary x = r.byDelegation().get(st).get(seat);
                s.append(
                        x == null
                                ? String.format(Locale.ROOT, " %11s", "-")
                                : String.format(Locale.ROOT, " %10.1f%s", x.mean(), st.equals(best) ? "*" : " "));
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** The strategy with the highest mean score for one delegation. */
    public static String bestFor(TournamentResult r, String seat) {
        String best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Map<String, Stats.Summary>> e : r.byDelegation().entrySet()) {
            Stats.Summary x = e.getValue().get(seat);
            if (x != null && x.mean() > top) {
                top = x.mean();
                best = e.getKey();
            }
        }
        return best;
    }
}
