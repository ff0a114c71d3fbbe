package org.summitsim.client.tournament;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which strategy sits in which seat in match {@code m}: strategies rotate over the seats, so
 * over any run of {@code k} matches every strategy plays every seat equally often.
 */
public record Lineup(List<String> strategies) {

    public Map<String, String> forMatch(int m, List<String> seats) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < seats.size(); i++) {
            out.put(seats.get(i), strategies.get((i + m) % strategies.size()));
        }
        return out;
    }

    /** Match {@code m}'s seed, derived from the tournament seed so any match can be replayed alone. */
    public static long seed(long tournamentSeed, int m) {
        long z = tournamentSeed + (m + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
