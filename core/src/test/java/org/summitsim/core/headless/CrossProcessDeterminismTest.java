package org.summitsim.core.headless;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.SampleMatches;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;

/**
 * A match is a function of its scenario, seed and moves in any JVM, not only twice in the same
 * one: a second JVM with other identity hash codes (every object the same one), another locale
 * and another time zone must write byte for byte the same logs, for a scripted match and for a
 * match of all six built-in strategies. Iterating a map keyed by objects without a hash of their
 * own, or formatting by the default locale, would show here and not in a test within one JVM.
 */
@IntegrationTest
class CrossProcessDeterminismTest {

    private static final List<String> STRATEGIES =
            List.of("utility", "mediator", "hardliner", "silent", "historical", "coalition");

    /** What the child JVM prints: the digest of the logs. */
    public static void main(String[] args) throws Exception {
        System.out.println(digest());
    }

    static String digest() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String line : SampleMatches.complete(42).logLines()) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        Scenario hague = ScenarioCatalog.load("hague-2023");
        Map<String, Bot> bots = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        int i = 0;
        for (Delegation d : hague.playable()) {
            String strategy = STRATEGIES.get(i++ % STRATEGIES.size());
            bots.put(d.id(), Strategies.create(strategy, hague, d.id(), 7));
            names.put(d.id(), strategy);
        }
        var record = new HeadlessMatch(hague, 7, Settings.of(hague), bots, names, BotCaller.DIRECT).play();
        record.log().forEach(e -> {
            sha.update(Json.write(e).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        });
        sha.update(Json.write(record.outcome()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void anotherJvmWithOtherHashCodesLocaleAndTimeZoneWritesTheSameLogs() throws Exception {
        String here = digest();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java,
                        "-XX:+UnlockExperimentalVMOptions",
                        "-XX:hashCode=2",
                        "-Duser.language=tr",
                        "-Duser.country=TR",
                        "-Duser.timezone=Pacific/Kiritimati",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrossProcessDeterminismTest.class.getName())
                .redirectErrorStream(true)
                .start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (child.waitFor() != 0) {
            throw new IOException("the second JVM failed: " + out);
        }
        assertThat(out.lines().reduce((a, b) -> b).orElse("")).isEqualTo(here);
    }
}
