package org.summitsim.core.bots;

import java.util.random.RandomGenerator;
import org.summitsim.core.scenario.History;

/**
 * What a bot is given when it takes a seat: its delegation id, a random source seeded from the
 * match seed and the seat (so results are reproducible), and the real state's history (used by
 * the historical strategy only).
 */
public record BotSeat(String seat, RandomGenerator random, History history) {}
