package org.summitsim.core.headless;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Par;
import org.summitsim.core.scenario.Scenario;

/**
 * Works out a scenario's {@link Par} table: plays seeded headless matches of a reference field
 * (strategies rotated over the seats as in a tournament) and keeps each role's score quantiles.
 * The same inputs give the same table whatever the thread count.
 */
public final class ParCalibration {

    /** The reference field: every built-in strategy that negotiates in good faith, plus the baseline. */
    public static final List<String> FIELD =
            List.of("utility", "mediator", "hardliner", "silent", "historical", "coalition");

    private ParCalibration() {}

    /** How many of a table's first matches its {@link Par#probe} fingerprints. */
    static final int PROBE_MATCHES = 8;

    public static Par run(Scenario scenario, List<String> strategies, int matches, int seed, int threads) {
        List<String> seats = scenario.playable().stream().map(Delegation::id).toList();
        double[][] totals = play(scenario, new Lineup(List.copyOf(strategies)), matches, seed, threads);
        Map<String, List<Double>> quantiles = new LinkedHashMap<>();
        for (int i = 0; i < seats.size(); i++) {
            double[] sorted = totals[i].clone();
            Arrays.sort(sorted);
            quantiles.put(seats.get(i), Par.quantilesOf(sorted));
        }
        return new Par(strategies, matches, seed, quantiles, fingerprint(totals, Math.min(matches, PROBE_MATCHES)));
    }

    /**
     * Whether {@code scenario}'s par table was made for other numbers: its first matches, played
     * again, no longer give the scores it fingerprinted (a number in the file changed since, or
     * the rules or bots of this Summit did). False for a table without a fingerprint, or no table.
     * Plays a few matches, a fraction of a second.
     */
    public static boolean stale(Scenario scenario) {
        Par par = scenario.par();
        if (par == null || par.probe() == null || par.matches() == null || par.seed() == null) {
            return false;
        }
        int probed = Math.min(par.matches(), PROBE_MATCHES);
        double[][] totals = play(scenario, new Lineup(List.copyOf(par.strategies())), probed, par.seed(), 1);
        return !fingerprint(totals, probed).equals(par.probe());
    }

    /** What to tell an author whose par table in {@code file} is {@link #stale}, or null when it is not. */
    public static String staleWarning(Scenario scenario, String file) {
        if (!stale(scenario)) {
            return null;
        }
        Par par = scenario.par();
        return "the par table was made for other numbers: its first matches, played again, no longer score as"
                + " it recorded (a number in the file changed since, or this version of Summit plays differently),"
                + " so scores out of 100 are off; make it again: summit analyze --scenario " + file + " --strategies "
                + String.join(",", par.strategies()) + " --matches " + par.matches() + " --seed " + par.seed()
                + " --calibrate";
    }

    /** Every seat's total in the first {@code matches}, to the cent, hashed: 16 hex digits. */
    private static String fingerprint(double[][] totals, int matches) {
        StringBuilder b = new StringBuilder();
        for (double[] seat : totals) {
            for (int m = 0; m < matches; m++) {
                b.append(Math.round(seat[m] * 100)).append(',');
            }
            b.append(';');
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Every seat's total in each match, by seat then match. */
    private static double[][] play(Scenario scenario, Lineup lineup, int matches, int seed, int threads) {
        List<String> seats = scenario.playable().stream().map(Delegation::id).toList();
        double[][] totals = new double[seats.size()][matches];
        // A scenario played for calibration must not be rated against an old table of its own.
        Scenario bare = withoutPar(scenario);
        List<Runnable> tasks = new ArrayList<>(matches);
        for (int m = 0; m < matches; m++) {
            int index = m;
            tasks.add(() -> {
                long matchSeed = Lineup.seed(seed, index);
                Map<String, String> assignment = lineup.forMatch(matchSeed, seats);
                Map<String, Bot> bots = new LinkedHashMap<>();
                assignment.forEach((seat, s) -> bots.put(seat, Strategies.create(s, bare, seat, matchSeed)));
                Outcome o = new HeadlessMatch(bare, matchSeed, Settings.of(bare), bots, assignment, BotCaller.DIRECT)
                        .play()
                        .outcome();
                for (int i = 0; i < seats.size(); i++) {
                    totals[i][index] = o.scores().get(seats.get(i)).total();
                }
            });
        }
        InParallel.run(threads, tasks, "calibration");
        return totals;
    }

    /** The same scenario with no par table. */
    public static Scenario withoutPar(Scenario s) {
        return s.withPar(null);
    }
}
