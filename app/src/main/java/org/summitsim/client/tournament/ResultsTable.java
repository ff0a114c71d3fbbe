package org.summitsim.client.tournament;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.summitsim.core.analysis.Ties;
import org.summitsim.core.bots.Strategies;

/**
 * The tournament's figures as a plain-text table for the terminal. Columns are as wide as their
 * widest cell, so they line up whatever the strategies' names; scripts and Java bots go by
 * their short names ({@link Strategies#labels}), each spelled out under the heading.
 */
public final class ResultsTable {

    private ResultsTable() {}

    /** The table, delegations named by their seat ids (for a result whose scenario is not at hand). */
    public static String render(TournamentResult r) {
        return render(r, Function.identity());
    }

    /** The table, delegations named by {@code name} (seat id to the delegation's name). */
    public static String render(TournamentResult r, Function<String, String> name) {
        Map<String, String> label = Strategies.labels(r.strategies());
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT, "Tournament on %s: %d matches, seed %d%n", r.scenario(), r.matches(), r.seed()));
        label.forEach((st, l) -> {
            if (!l.equals(st)) {
                s.append(String.format(Locale.ROOT, "  %s: %s%n", l, st));
            }
        });
        s.append('\n');
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("strategy", "seats", "of 100", "± 95%", "advantage", "invalid", "errors", "timeouts"));
        for (String st : r.strategies()) {
            Stats.Summary sc = r.byStrategy().get(st);
            Stats.Summary adv = r.advantage().get(st);
            TournamentResult.Faults f = r.faults().get(st);
            rows.add(List.of(
                    label.get(st),
                    Long.toString(sc.n()),
                    String.format(Locale.ROOT, "%.1f", sc.mean()),
                    String.format(Locale.ROOT, "%.1f", sc.ci95()),
                    String.format(Locale.ROOT, "%.3f", adv.mean()),
                    Long.toString(f.invalid()),
                    Long.toString(f.errors()),
                    Long.toString(f.timeouts())));
        }
        table(s, rows, 1);
        for (String st : r.strategies()) {
            TournamentResult.Faults f = r.faults().get(st);
            if (f.firstFailure() != null) {
                s.append(String.format(
                        Locale.ROOT,
                        "%s was taken out of a match %s (errors and time-outs); the first: %s%n",
                        label.get(st),
                        f.errors() + f.timeouts() == 1 ? "once" : (f.errors() + f.timeouts()) + " times",
                        f.firstFailure()));
            }
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
        byDelegation(s, r, name, label);
        againstSilent(s, r, label);
        return s.toString();
    }

    /** The baseline a bot author measures a bot against: a seat that votes and decides but never talks. */
    static final String BASELINE = "silent";

    /**
     * Each strategy against {@link #BASELINE}, delegation by delegation, by the tie rule above: the
     * answer to "does my bot do better than silence?". The first table cannot give it, since a
     * strategy's mean there mixes in which seats it happened to hold.
     */
    private static void againstSilent(StringBuilder s, TournamentResult r, Map<String, String> label) {
        if (!r.strategies().contains(BASELINE) || r.strategies().size() < 2) {
            return;
        }
        Map<String, Stats.Summary> silent = r.byDelegation().get(BASELINE);
        List<List<String>> rows = new ArrayList<>();
        for (String st : r.strategies()) {
            if (st.equals(BASELINE)) {
                continue;
            }
            int better = 0;
            int tied = 0;
            int worse = 0;
            for (Map.Entry<String, Stats.Summary> e : r.byDelegation().get(st).entrySet()) {
                Stats.Summary base = silent.get(e.getKey());
                if (base == null) {
                    continue;
                }
                Stats.Summary x = e.getValue();
                if (Ties.tiedByHalfWidth(base.mean(), base.ci95(), x.mean(), x.ci95())) {
                    tied++;
                } else if (x.mean() > base.mean()) {
                    better++;
                } else {
                    worse++;
                }
            }
            rows.add(List.of(
                    "  " + label.get(st),
                    String.format(Locale.ROOT, "better for %d, tied for %d, worse for %d", better, tied, worse)));
        }
        s.append("\nAgainst silent, delegation by delegation (tied: by the rule above):\n");
        table(s, rows, 2);
        s.append("What a gain is made of (the text, the decision, credit): `summit analyze --focus NAME`.\n");
    }

    /**
     * Where to look for the why: each strategy's best and worst seat of the tournament, with the
     * command that plays that match again alone and keeps its journal for `summit report`. A table
     * of means says how a bot did; one match read move by move says why (a play-test's bot author
     * found the reason for a poor seat only in a single match's report).
     */
    public static String replays(TournamentResult r, String scenarioArgument, Function<String, String> name) {
        Map<String, String> label = Strategies.labels(r.strategies());
        StringBuilder s = new StringBuilder(
                "\nWhy a strategy did well or badly: its best and worst seat, played again alone, then read with"
                        + " `summit report FILE`:\n");
        for (String st : r.strategies()) {
            MatchRow bestMatch = null;
            MatchRow.SeatRow best = null;
            MatchRow worstMatch = null;
            MatchRow.SeatRow worst = null;
            for (MatchRow m : r.rows()) {
                for (MatchRow.SeatRow seat : m.seats()) {
                    if (!seat.strategy().equals(st)) {
                        continue;
                    }
                    if (best == null || seat.percent() > best.percent()) {
                        best = seat;
                        bestMatch = m;
                    }
                    if (worst == null || seat.percent() < worst.percent()) {
                        worst = seat;
                        worstMatch = m;
                    }
                }
            }
            if (best == null) {
                continue;
            }
            s.append("  ").append(label.get(st)).append('\n');
            s.append(replay("best", bestMatch, best, scenarioArgument, name));
            s.append(replay("worst", worstMatch, worst, scenarioArgument, name));
        }
        return s.toString();
    }

    private static String replay(
            String which, MatchRow m, MatchRow.SeatRow seat, String scenarioArgument, Function<String, String> name) {
        String bots = String.join(
                ",", m.seats().stream().map(MatchRow.SeatRow::strategy).toList());
        return String.format(
                Locale.ROOT,
                "    %s: %s, %.1f points, %.1f out of 100: summit match --scenario %s --seed %d --bots %s --journal"
                        + " %s.jsonl%n",
                which,
                name.apply(seat.seat()),
                seat.score(),
                seat.percent(),
                shellWord(scenarioArgument),
                m.seed(),
                shellWord(bots),
                which + "-" + seat.seat());
    }

    /** {@code word} as a shell reads it back: as it is when plain, else in single quotes. */
    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_.,:/=+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private static void byDelegation(
            StringBuilder s, TournamentResult r, Function<String, String> name, Map<String, String> label) {
        s.append("\nMean score out of 100 by delegation ± 95 % interval: * the best strategy for the delegation,\n"
                + "= tied with the best (the difference is not significant, the rule of `summit analyze`),\n"
                + "- never held the seat.\n");
        TreeSet<String> seats = new TreeSet<>();
        r.byDelegation().values().forEach(m -> seats.addAll(m.keySet()));
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("delegation"));
        r.strategies().forEach(st -> head.add(label.get(st) + " "));
        rows.add(head);
        int undecided = 0;
        for (String seat : seats) {
            List<String> row = new ArrayList<>(List.of(name.apply(seat)));
            String best = bestFor(r, seat);
            List<String> tied = tiedWithBest(r, seat);
            int played = 0;
            for (String st : r.strategies()) {
                Stats.Summary x = r.byDelegation().get(st).get(seat);
                played += x == null ? 0 : 1;
                String mark = st.equals(best) ? "*" : tied.contains(st) ? "=" : " ";
                row.add(x == null ? "- " : String.format(Locale.ROOT, "%.1f ±%5.1f%s", x.mean(), x.ci95(), mark));
            }
            undecided += played > 1 && tied.size() == played - 1 ? 1 : 0;
            rows.add(row);
        }
        table(s, rows, 1);
        if (r.strategies().size() > 1 && undecided == seats.size()) {
            s.append(String.format(
                    Locale.ROOT,
                    "With %d matches no strategy is clearly better than another for any delegation: every"
                            + " difference%nis within chance. More matches are needed to tell the strategies apart.%n",
                    r.matches()));
        } else if (undecided > 0) {
            s.append(String.format(
                    Locale.ROOT,
                    "For %d of %d delegations every strategy is tied with the best: more matches are needed"
                            + " there.%n",
                    undecided,
                    seats.size()));
        }
    }

    /**
     * {@code rows} (the first one the heading) with each column as wide as its widest cell: the
     * first {@code left} columns left-aligned, the others right-aligned.
     */
    private static void table(StringBuilder s, List<List<String>> rows, int left) {
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                String pad = " ".repeat(width[c] - cell.length());
                line.append(c == 0 ? "" : "   ").append(c < left ? cell + pad : pad + cell);
            }
            s.append(line.toString().stripTrailing()).append('\n');
        }
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

    /**
     * The other strategies whose mean score for one delegation is statistically tied with the
     * best one's ({@link Ties}: the rule of `summit analyze`), in the order of the field.
     */
    public static List<String> tiedWithBest(TournamentResult r, String seat) {
        String best = bestFor(r, seat);
        List<String> out = new ArrayList<>();
        if (best == null) {
            return out;
        }
        Stats.Summary b = r.byDelegation().get(best).get(seat);
        for (String st : r.strategies()) {
            Stats.Summary x = r.byDelegation().get(st).get(seat);
            if (!st.equals(best) && x != null && Ties.tiedByHalfWidth(b.mean(), b.ci95(), x.mean(), x.ci95())) {
                out.add(st);
            }
        }
        return out;
    }
}
