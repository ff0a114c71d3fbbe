package org.summitsim.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.headless.BotCaller;
import org.summitsim.core.headless.HeadlessMatch;
import org.summitsim.core.headless.MatchRecord;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;

/**
 * Headless matches on one thread, timed by that thread's CPU clock (so a busy machine barely
 * moves the figure), with the bytes allocated per match and a checksum of the first 300 matches'
 * event logs (played to warm up, before the timing): an optimisation that changes the checksum
 * changed how bots play.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.summitsim.bench.HeadlessSpeed [scenario] [matches] [strategy,...]</pre>
 *
 * Strategies rotate over the seats, as in a tournament. Defaults: hague-2023, 2,000 matches, utility.
 */
public final class HeadlessSpeed {

    private HeadlessSpeed() {}

    public static void main(String[] args) {
        Scenario scenario = ScenarioReader.shipped(args.length > 0 ? args[0] : "hague-2023");
        int matches = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        List<String> strategies = List.of((args.length > 2 ? args[2] : "utility").split(","));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // The warm-up matches also give the checksum, so the timed ones do nothing but play.
        int warmUp = Math.max(300, matches / 5);
        long checksum = 0;
        long events = 0;
        long cpu0 = 0;
        long bytes0 = 0;
        for (int m = 0; m < warmUp + matches; m++) {
            if (m == warmUp) {
                cpu0 = threads.getCurrentThreadCpuTime();
                bytes0 = threads.getCurrentThreadAllocatedBytes();
            }
            MatchRecord r = play(scenario, strategies, m);
            if (m < 300) { // inside the warm-up
                for (Event e : r.log()) {
                    checksum = checksum * 31 + e.toString().hashCode();
                }
            }
            if (m >= warmUp) {
                events += r.log().size();
            }
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double megabytes = (threads.getCurrentThreadAllocatedBytes() - bytes0) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "%s, %s: %d matches (after %d to warm up), %.0f events each%n",
                scenario.id(),
                String.join(",", strategies),
                matches,
                warmUp,
                (double) events / matches);
        System.out.printf(
                Locale.ROOT,
                "  %.2f ms of CPU per match = %.0f matches per CPU second on one core%n",
                1000 * cpu / matches,
                matches / cpu);
        System.out.printf(Locale.ROOT, "  %.2f MB allocated per match%n", megabytes / matches);
        System.out.printf(Locale.ROOT, "  checksum of the first 300 logs: %016x%n", checksum);
    }

    /** One match. {@link PairedSpeed} calls this by name in each build it compares: keep its signature. */
    private static MatchRecord play(Scenario scenario, List<String> strategies, long seed) {
        Map<String, Bot> bots = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        int i = 0;
        for (Delegation d : scenario.playable()) {
            String strategy = strategies.get((int) ((i++ + seed) % strategies.size()));
            bots.put(d.id(), Strategies.create(strategy, scenario, d.id(), seed));
            names.put(d.id(), strategy);
        }
        return new HeadlessMatch(scenario, seed, Settings.of(scenario), bots, names, BotCaller.DIRECT).play();
    }
}
