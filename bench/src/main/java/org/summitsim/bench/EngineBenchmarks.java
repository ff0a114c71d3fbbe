package org.summitsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.summitsim.core.SampleMatches;
import org.summitsim.core.json.Json;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scoring.Scorer;
import org.summitsim.core.view.Viewer;

/**
 * The core engine's speed: folding events into a state, replaying a journal, playing a match
 * through the rules, and building a player's view. Each benchmark runs single-threaded.
 * Results and how to reproduce them: docs/PERFORMANCE.md.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EngineBenchmarks {

    /** Events in the long log used by {@link #applyEvents} and {@link #replayLog}. */
    public static final int LOG_EVENTS = 10_000;

    private Scenario scenario;
    private List<Event> log;
    private List<Move> sampleMoves;
    private Settings sampleSettings;
    private Match midMatch;

    @Setup
    public void setUp() {
        scenario = Workloads.scenario();
        log = List.copyOf(Workloads.longMatch(LOG_EVENTS).log());
        sampleMoves = List.copyOf(SampleMatches.complete().moves());
        sampleSettings = Settings.of(scenario);
        midMatch = Match.replay(scenario, log.subList(0, LOG_EVENTS / 2));
    }

    /** (a) MatchState.apply over a recorded 10,000-event log; the score is events per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(LOG_EVENTS)
    public MatchState applyEvents() {
        MatchState state = new MatchState(scenario, Scorer::settle);
        for (Event e : log) {
            state.apply(e);
        }
        return state;
    }

    /** (b) Match.replay of the same 10,000-event log (state plus the log kept beside it). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Match replayLog() {
        return Match.replay(scenario, log);
    }

    /**
     * (c) A complete match of test-4x3 from the lobby to the results, driven by the fixed moves
     * of the core's sample match (every kind of event; 40-odd moves through the rules).
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Match completeMatch() {
        Match m = Match.open(scenario, 7L, sampleSettings);
        for (Move move : sampleMoves) {
            m.submit(move);
        }
        return m;
    }

    /** (d) A seat's view halfway through the long match (projection and legal actions included). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object seatView() {
        return midMatch.view(Viewer.seat("south"));
    }

    /** (e) The same view written as the JSON a client receives. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void seatViewJson(Blackhole bh) {
        bh.consume(Json.write(midMatch.view(Viewer.seat("south"))));
    }
}
