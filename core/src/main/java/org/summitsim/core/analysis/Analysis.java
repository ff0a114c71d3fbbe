package org.summitsim.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.headless.InParallel;
import org.summitsim.core.headless.Lineup;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;

/**
 * A game analysis: many seeded headless matches with strategies rotated over seats (as a
 * tournament does), each re-scored with every seat's decision changed, plus replays of the first
 * matches with the known exploits scripted in. Matches run in parallel but are aggregated in
 * match order, so the same seed gives byte-identical figures whatever the thread count.
 */
public final class Analysis {

    /** Most matches replayed for each exploit. */
    public static final int EXPLOIT_MATCHES = 200;

    private final Scenario scenario;
    private final Lineup lineup;
    private final List<String> seats;
    private final PoisonPlan pill;

    public Analysis(Scenario scenario, List<String> strategies) {
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("no strategy to analyse");
        }
        for (String s : strategies) {
            if (!Strategies.exists(s)) {
                throw new IllegalArgumentException(
                        "unknown strategy \"" + s + "\" (strategies: " + Strategies.forms() + ")");
            }
        }
        this.scenario = scenario;
        this.lineup = new Lineup(List.copyOf(strategies));
        this.seats = scenario.playable().stream().map(Delegation::id).toList();
        this.pill = PoisonPlan.of(scenario);
    }

    /** Replays per exploit for a run of {@code matches}. */
    public static int exploitMatches(int matches) {
        return Math.min(matches, EXPLOIT_MATCHES);
    }

    /**
     * A bot taken out of one of the run's matches (a bot author's that threw, say): which match
     * (its number in the run and its seed), seat and strategy, and why.
     */
    public record Fault(int match, long seed, String seat, String strategy, String failure) {}

    private final java.util.Queue<Fault> faults = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** The bots taken out of the last run's matches, by match and by seat in the scenario's order, the order they play in (the exploit replays left out). */
    public List<Fault> faults() {
        List<String> order = scenario.playable().stream().map(d -> d.id()).toList();
        return faults.stream()
                .sorted(java.util.Comparator.comparingInt(Fault::match).thenComparingInt(f -> order.indexOf(f.seat())))
                .toList();
    }

    /** Matches a run plays in all (main run and exploit replays), for a progress bar. */
    public int work(int matches) {
        return matches + exploitMatches(matches) * (pill.applicable() ? 3 : 1);
    }

    public AnalysisReport run(int matches, long seed, int threads, IntConsumer progress) {
        if (matches < 1) {
            throw new IllegalArgumentException("at least one match is needed");
        }
        int e = exploitMatches(matches);
        faults.clear();
        MatchFacts[] main = new MatchFacts[matches];
        MatchFacts[] blocked = new MatchFacts[e];
        MatchFacts[] pilled = new MatchFacts[pill.applicable() ? e : 0];
        MatchFacts[] pushed = new MatchFacts[pilled.length];
        AtomicInteger done = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        for (int m = 0; m < matches; m++) {
            int i = m;
            tasks.add(() -> {
                Replay honest = play(seed, i, Replay.HONEST);
                honest.seats().values().forEach(r -> {
                    if (r.failure() != null) {
                        faults.add(new Fault(i, honest.state().seed(), r.seat(), r.strategy(), r.failure()));
                    }
                });
                main[i] = MatchFacts.of(honest, seats, true);
                progress.accept(done.incrementAndGet());
            });
        }
        for (int m = 0; m < e; m++) {
            int i = m;
            String blocker = seats.get(i % seats.size());
            tasks.add(() -> {
                FirstSpeaker first = new FirstSpeaker();
                blocked[i] = MatchFacts.of(
                        play(
                                seed,
                                i,
                                (seat, bot) -> seat.equals(blocker)
                                        ? new BlockerBot(scenario, bot, first)
                                        : first.waiting(bot)),
                        seats,
                        false);
                progress.accept(done.incrementAndGet());
            });
        }
        for (int m = 0; m < pilled.length; m++) {
            int i = m;
            tasks.add(() -> {
                pilled[i] = MatchFacts.of(
                        play(
                                seed,
                                i,
                                (seat, bot) -> pill.champions().contains(seat)
                                        ? new PoisonPillBot(seat, pill.targets().get(seat), bot)
                                        : bot),
                        seats,
                        false);
                progress.accept(done.incrementAndGet());
            });
            // The control: the same champions push together without steering the text.
            tasks.add(() -> {
                pushed[i] = MatchFacts.of(
                        play(
                                seed,
                                i,
                                (seat, bot) ->
                                        pill.champions().contains(seat) ? new PoisonPillBot(seat, Map.of(), bot) : bot),
                        seats,
                        false);
                progress.accept(done.incrementAndGet());
            });
        }
        InParallel.run(threads, tasks, "analysis");
        AnalysisReport draft = new Aggregate(scenario, lineup.strategies(), seats, pill)
                .report(seed, List.of(main), List.of(blocked), List.of(pilled), List.of(pushed));
        return Targets.check(scenario, draft);
    }

    private Replay play(
            long seed,
            int m,
            java.util.function.BiFunction<String, org.summitsim.core.bots.Bot, org.summitsim.core.bots.Bot> wrap) {
        long matchSeed = Lineup.seed(seed, m);
        Map<String, String> assignment = lineup.forMatch(matchSeed, seats);
        return Replay.play(scenario, matchSeed, assignment, wrap);
    }
}
