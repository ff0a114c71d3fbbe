package org.summitsim.server.room;

import java.util.List;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.scenario.Scenario;

/** Makes the agents that fill seats with bots, by strategy name. */
public interface BotFactory {

    List<String> strategies();

    boolean exists(String strategy);

    /** Throws IllegalArgumentException for an unknown strategy. */
    SeatAgent create(String strategy, Scenario scenario, String seat, long matchSeed);

    /** The core's built-in strategies, each turn taken {@code thinkMs} after the news arrived. */
    static BotFactory builtIn(long thinkMs) {
        return new BotFactory() {
            @Override
            public List<String> strategies() {
                return Strategies.BUILT_IN;
            }

            // Only the built-in strategies: a client must not make the server read a file of its
            // choosing (script:PATH) or load and initialise a class of its choosing (class:NAME).
            @Override
            public boolean exists(String strategy) {
                return Strategies.BUILT_IN.contains(strategy);
            }

            @Override
            public SeatAgent create(String strategy, Scenario scenario, String seat, long matchSeed) {
                if (!exists(strategy)) {
                    throw new IllegalArgumentException("no built-in strategy \"" + strategy + "\"");
                }
                Bot bot = Strategies.create(strategy, scenario, seat, matchSeed);
                // The pacing jitter has its own stream, from the seed and the seat: the bot's choices
                // (from its own BotSeat random) stay what they are in a headless match.
                return new BotAgent(bot, thinkMs, BotAgent.TURNS_PER_STAGE, matchSeed * 31 + seat.hashCode());
            }
        };
    }
}
