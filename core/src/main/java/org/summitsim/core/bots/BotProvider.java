package org.summitsim.core.bots;

import org.summitsim.core.scenario.Scenario;

/**
 * Makes the bots of strategies named by a prefix of its own ({@code exec:}), for strategies the
 * core cannot make itself: a bot that runs as another program lives in the shell, which has
 * processes and pipes. Found with {@link java.util.ServiceLoader}, so naming the strategy is
 * enough wherever strategies are named ({@code summit match}, {@code tournament}, {@code analyze},
 * {@code bots}). Rooms on a server never use providers: a client must not make it run anything.
 */
public interface BotProvider {

    /** The prefix of the strategies this makes, with its colon: {@code "exec:"}. */
    String prefix();

    /**
     * Fails with a sentence a bot author can act on when {@code strategy} cannot be played, before
     * any match needs it (the program does not exist, say).
     */
    default void check(String strategy) {}

    /** The bot for one seat of one match. */
    Bot create(String strategy, BotSeat seat, Scenario scenario);

    /** The strategy's name in a table: short, but telling it from the others. */
    default String shortName(String strategy) {
        return strategy;
    }
}
