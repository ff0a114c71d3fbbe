package org.summitsim.client.tournament;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.headless.Analytics;
import org.summitsim.core.headless.BotCaller;
import org.summitsim.core.headless.HeadlessMatch;
import org.summitsim.core.headless.InParallel;
import org.summitsim.core.headless.Lineup;
import org.summitsim.core.headless.MatchRecord;
import org.summitsim.core.headless.SeatRecord;
import org.summitsim.core.rules.Score;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;

/**
 * Many seeded headless matches with strategies rotated over seats. Matches run in parallel but
 * are aggregated in match order, so the same seed gives byte-identical results whatever the
 * thread count.
 */
public final class Tournament {

    private final Scenario scenario;
    private final Lineup lineup;
    private final Analytics analytics;
    private final long turnBudgetMillis;

    public Tournament(Scenario scenario, List<String> strategies, long turnBudgetMillis) {
        for (String s : strategies) {
            if (!Strategies.exists(s)) {
                throw new IllegalArgumentException(
                        "unknown strategy \"" + s + "\" (strategies: " + Strategies.forms() + ")");
            }
        }
        this.scenario = scenario;
        this.lineup = new Lineup(List.copyOf(strategies));
        this.analytics = new Analytics(scenario);
        this.turnBudgetMillis = turnBudgetMillis;
    }

    public TournamentResult run(int matches, long seed, int threads, IntConsumer progress) {
        MatchRow[] rows = new MatchRow[matches];
        ThreadLocal<GuardedCaller> guards = ThreadLocal.withInitial(() -> new GuardedCaller(turnBudgetMillis));
        AtomicInteger done = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>(matches);
        for (int m = 0; m < matches; m++) {
            int index = m;
            tasks.add(() -> {
                rows[index] = playOne(index, Lineup.seed(seed, index), guards.get());
                progress.accept(done.incrementAndGet());
            });
        }
        InParallel.run(threads, tasks, "tournament");
        return aggregate(List.of(rows), matches, seed);
    }

    MatchRow playOne(int index, long matchSeed, BotCaller guard) {
        List<String> seats = scenario.playable().stream().map(Delegation::id).toList();
        Map<String, String> assignment = lineup.forMatch(matchSeed, seats);
        Map<String, Bot> bots = new LinkedHashMap<>();
        boolean allBuiltIn = true;
        for (var e : assignment.entrySet()) {
            bots.put(e.getKey(), Strategies.create(e.getValue(), scenario, e.getKey(), matchSeed));
            allBuiltIn &=
                    Strategies.BUILT_IN.contains(e.getValue()) || e.getValue().startsWith("script:");
        }
        MatchRecord record = new HeadlessMatch(
                        scenario,
                        matchSeed,
                        Settings.of(scenario),
                        bots,
                        assignment,
                        allBuiltIn ? BotCaller.DIRECT : guard)
                .play();
        return row(index, record);
    }

    private MatchRow row(int index, MatchRecord r) {
        Map<String, Double> advantages = analytics.advantages(r.outcome());
        List<MatchRow.SeatRow> seats = new ArrayList<>();
        for (SeatRecord s : r.seats().values()) {
            Score score = r.outcome().scores().get(s.seat());
            seats.add(new MatchRow.SeatRow(
                    s.seat(),
                    s.strategy(),
                    r.outcome().decisions().get(s.seat()).decision().name(),
                    score.total(),
                    score.percent(),
                    Stats.round(advantages.get(s.seat())),
                    s.invalid(),
                    s.errors(),
                    s.timeouts(),
                    s.failure()));
        }
        return new MatchRow(
                index,
                r.seed(),
                r.outcome().signatoryCount(),
                r.outcome().bindingReached(),
                Stats.round(analytics.welfareShare(r.outcome().text())),
                analytics.paretoOptimal(r.outcome().text()),
                seats);
    }

    private TournamentResult aggregate(List<MatchRow> rows, int matches, long seed) {
        Map<String, Stats> byStrategy = new LinkedHashMap<>();
        Map<String, Stats> advantage = new LinkedHashMap<>();
        Map<String, Map<String, Stats>> byDelegation = new LinkedHashMap<>();
        Map<String, long[]> faults = new LinkedHashMap<>();
        Map<String, String> firstFailure = new LinkedHashMap<>();
        for (String s : lineup.strategies()) {
            byStrategy.put(s, new Stats());
            advantage.put(s, new Stats());
            byDelegation.put(s, new TreeMap<>());
            faults.put(s, new long[3]);
        }
        Stats signatories = new Stats();
        Stats welfare = new Stats();
        int binding = 0;
        int pareto = 0;
        for (MatchRow row : rows) {
            signatories.add(row.signatories());
            welfare.add(row.welfareShare());
            binding += row.bindingReached() ? 1 : 0;
            pareto += row.paretoOptimal() ? 1 : 0;
            for (MatchRow.SeatRow s : row.seats()) {
                byStrategy.get(s.strategy()).add(s.percent());
                advantage.get(s.strategy()).add(s.advantage());
                byDelegation
                        .get(s.strategy())
                        .computeIfAbsent(s.seat(), k -> new Stats())
                        .add(s.percent());
                long[] f = faults.get(s.strategy());
                f[0] += s.invalid();
                f[1] += s.errors();
                f[2] += s.timeouts();
                if (s.failure() != null) {
                    firstFailure.putIfAbsent(
                            s.strategy(),
                            // The seed names that match in the CSV and the JSON.
                            "the match of seed " + row.seed() + ", " + scenario.nameOf(s.seat()) + ", " + s.failure());
                }
            }
        }
        Map<String, Stats.Summary> strategySummary = new LinkedHashMap<>();
        Map<String, Stats.Summary> advantageSummary = new LinkedHashMap<>();
        Map<String, Map<String, Stats.Summary>> delegationSummary = new LinkedHashMap<>();
        Map<String, TournamentResult.Faults> faultSummary = new LinkedHashMap<>();
        for (String s : lineup.strategies()) {
            strategySummary.put(s, byStrategy.get(s).summary());
            advantageSummary.put(s, advantage.get(s).summary());
            Map<String, Stats.Summary> perSeat = new LinkedHashMap<>();
            byDelegation.get(s).forEach((seat, st) -> perSeat.put(seat, st.summary()));
            delegationSummary.put(s, perSeat);
            long[] f = faults.get(s);
            faultSummary.put(s, new TournamentResult.Faults(f[0], f[1], f[2], firstFailure.get(s)));
        }
        return new TournamentResult(
                scenario.id(),
                lineup.strategies(),
                matches,
                seed,
                strategySummary,
                delegationSummary,
                advantageSummary,
                signatories.summary(),
                Stats.round(matches == 0 ? 0 : (double) binding / matches),
                welfare.summary(),
                Stats.round(matches == 0 ? 0 : (double) pareto / matches),
                faultSummary,
                rows);
    }
}
