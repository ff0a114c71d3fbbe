package org.summitsim.core.bots;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.summitsim.core.headless.BotCaller;
import org.summitsim.core.headless.HeadlessMatch;
import org.summitsim.core.rules.Score;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;

/**
 * Seeded games of the demo's table: one seat played as a person would (the bot given for it,
 * the others told that a person holds it, as a room tells them), every other seat the default
 * mixed bots. Games 1 to n use seeds 1 to n, so two ways of playing the seat meet the same rooms.
 */
final class DemoTable {

    private DemoTable() {}

    /** The person's score in each of {@code games} games. */
    static Score[] play(Scenario s, String person, int games, Function<Long, Bot> personBot) {
        Score[] out = new Score[games];
        for (int g = 0; g < games; g++) {
            long seed = g + 1;
            Map<String, Bot> bots = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (Delegation d : s.playable()) {
                boolean isPerson = d.id().equals(person);
                bots.put(d.id(), isPerson ? personBot.apply(seed) : Strategies.create("mixed", s, d.id(), seed));
                names.put(d.id(), isPerson ? "person" : Strategies.resolve("mixed", d.id(), seed));
            }
            HeadlessMatch match = new HeadlessMatch(s, seed, Settings.of(s), bots, names, BotCaller.DIRECT);
            bots.values().forEach(b -> b.seatedPeople(Set.of(person)));
            out[g] = match.play().outcome().scores().get(person);
        }
        return out;
    }

    /** The lower end of the 95 % interval of the mean paired difference {@code a - b}. */
    static double lowerBound(double[] a, double[] b) {
        int n = a.length;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += (a[i] - b[i]) / n;
        }
        double var = 0;
        for (int i = 0; i < n; i++) {
            double d = a[i] - b[i] - mean;
            var += d * d / (n - 1);
        }
        return mean - 1.96 * Math.sqrt(var / n);
    }

    /** One part of each score ("total" for the total). */
    static double[] part(Score[] scores, String part) {
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = part.equals("total")
                    ? scores[i].total()
                    : scores[i].breakdown().get(part);
        }
        return out;
    }
}
