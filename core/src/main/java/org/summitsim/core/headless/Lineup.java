package org.summitsim.core.headless;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which strategy sits in which seat in each match: every strategy gets an equal share of the
 * seats (give or take one), shuffled by the match seed, so over many matches every strategy
 * plays every seat against every mix of opponents, and any match can be replayed alone.
 */
public record Lineup(List<String> strategies) {

    public Map<String, String> forMatch(long matchSeed, List<String> seats) {
        List<String> pool = new ArrayList<>();
        Random random = new Random(matchSeed);
        // Which strategies get the spare seats rotates too, so no strategy is always one short.
        int offset = random.nextInt(strategies.size());
        for (int i = 0; i < seats.size(); i++) {
            pool.add(strategies.get((i + offset) % strategies.size()));
        }
        Collections.shuffle(pool, random);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < seats.size(); i++) {
            out.put(seats.get(i), pool.get(i));
        }
        return out;
    }

    /** Match {@code m}'s seed, derived from the tournament seed (SplitMix64). */
    public static long seed(long tournamentSeed, int m) {
        long z = tournamentSeed + (m + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
