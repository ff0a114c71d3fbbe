package org.summitsim.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares the CPU per headless match of two or more builds in one JVM, in alternating short
 * batches, each build loaded from its own benchmarks jar. On a shared machine whose speed drifts
 * by a third from one minute to the next, runs made one after the other cannot tell a 10 %
 * change from noise; batches taken in turn see the same drift, so their paired ratio can.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.summitsim.bench.PairedSpeed OLD.jar NEW.jar [...]</pre>
 *
 * Options as system properties: {@code -Drounds=16 -Dper=150 -Dscenario=hague-2023 -Dstrategies=utility}.
 * The first jar is the reference: each other jar's per-round ratio to it is summarised.
 */
public final class PairedSpeed {

    private PairedSpeed() {}

    public static void main(String[] jars) throws Exception {
        if (jars.length < 2) {
            System.err.println(
                    "usage: PairedSpeed REFERENCE.jar OTHER.jar [...] (benchmarks jars of the builds to compare)");
            System.exit(2);
        }
        int rounds = Integer.getInteger("rounds", 16);
        int per = Integer.getInteger("per", 150);
        String scenarioId = System.getProperty("scenario", "hague-2023");
        List<String> strategies =
                List.of(System.getProperty("strategies", "utility").split(","));
        Method[] play = new Method[jars.length];
        Object[] scenario = new Object[jars.length];
        for (int i = 0; i < jars.length; i++) {
            // The platform loader as parent, so each jar brings its own copy of every class.
            ClassLoader loader = new URLClassLoader(
                    new URL[] {new File(jars[i]).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> scenarios = loader.loadClass("org.summitsim.core.scenario.ScenarioReader");
            scenario[i] = scenarios.getMethod("shipped", String.class).invoke(null, scenarioId);
            play[i] = loader.loadClass("org.summitsim.bench.HeadlessSpeed")
                    .getDeclaredMethod(
                            "play", loader.loadClass("org.summitsim.core.scenario.Scenario"), List.class, long.class);
            play[i].setAccessible(true);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int m = 0; m < 1500; m++) { // warm every build up before timing any
            for (int i = 0; i < jars.length; i++) {
                play[i].invoke(null, scenario[i], strategies, (long) m);
            }
        }
        double[][] ms = new double[jars.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < jars.length; i++) {
                long cpu = threads.getCurrentThreadCpuTime();
                for (int m = 0; m < per; m++) {
                    play[i].invoke(null, scenario[i], strategies, 10_000L + (long) r * per + m);
                }
                ms[i][r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / per;
            }
        }
        for (int i = 0; i < jars.length; i++) {
            System.out.printf(
                    Locale.ROOT,
                    "%s: median %.3f ms of CPU per match over %d rounds of %d%n",
                    jars[i],
                    median(ms[i]),
                    rounds,
                    per);
        }
        for (int i = 1; i < jars.length; i++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = ms[i][r] / ms[0][r];
            }
            Arrays.sort(ratio);
            System.out.printf(
                    Locale.ROOT,
                    "  %s / %s: median ratio %.3f (middle 80 %%: %.3f to %.3f)%n",
                    jars[i],
                    jars[0],
                    ratio[rounds / 2],
                    ratio[rounds / 10],
                    ratio[rounds - 1 - rounds / 10]);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
