package org.summitsim.core.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.headless.BotCaller;
import org.summitsim.core.headless.HeadlessMatch;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Scenario;

/** One headless match with the given strategies, some seats' bots optionally wrapped by an exploit script. */
record Replay(
        MatchState state,
        Outcome outcome,
        java.util.List<org.summitsim.core.rules.Event> log,
        Map<String, org.summitsim.core.headless.SeatRecord> seats) {

    /** No wrapping: every seat plays its strategy. */
    static final BiFunction<String, Bot, Bot> HONEST = (seat, bot) -> bot;

    static Replay play(
            Scenario scenario, long seed, Map<String, String> assignment, BiFunction<String, Bot, Bot> wrap) {
        Map<String, Bot> bots = new LinkedHashMap<>();
        assignment.forEach((seat, strategy) ->
                bots.put(seat, wrap.apply(seat, Strategies.create(strategy, scenario, seat, seed))));
        HeadlessMatch match =
                new HeadlessMatch(scenario, seed, Settings.of(scenario), bots, assignment, BotCaller.DIRECT);
        var record = match.play();
        return new Replay(match.match().state(), record.outcome(), record.log(), record.seats());
    }
}
