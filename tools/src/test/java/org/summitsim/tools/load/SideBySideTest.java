package org.summitsim.tools.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summitsim.core.IntegrationTest;

/**
 * A tiny side-by-side (2 rooms of 3 clients, 2 s a run, each server in a JVM of its own, once
 * each): the table has a row per transport with both servers' figures and their ratios.
 */
@IntegrationTest
class SideBySideTest {

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES) // four server JVMs started one after the other, on a busy machine
    void printsARowOfMediansAndRatiosForEachTransport() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = SideBySide.run(
                new String[] {
                    "--loads",
                    "2x3x2",
                    "--transports",
                    "tcp,ws",
                    "--repeat",
                    "1",
                    "--jit-warmup",
                    "0",
                    "--warmup",
                    "1",
                    "--duration",
                    "2",
                    "--server-jvm",
                    "-Xmx256m -XX:+UseSerialGC"
                },
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(out);

        assertThat(exit).isZero();
        assertThat(out).doesNotContain("failed");
        List<String> rows = out.lines()
                .filter(l -> l.startsWith("| tcp |") || l.startsWith("| ws |"))
                .toList();
        assertThat(rows).hasSize(2);
        String number = " \\d+\\.\\d+";
        for (String row : rows) {
            // Transport | load | Summit p50 / p99 | baseline p50 / p99 | ratios p50 / p99 | out | CPU | runs | load
            assertThat(row)
                    .contains("6 clients, 2 rooms × 3, 2/s")
                    .matches("\\| \\w+ \\| [^|]+ \\|(" + number + " /" + number + " \\|){3}"
                            + "([^|]+\\|){2} 1 \\+ 1 \\| [^|]+ \\|");
        }
        assertThat(out).contains(SideBySideTable.header("Summit", "baseline"));
    }

    @Test
    void theSideThatRunsFirstAlternatesFromPairToPair() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(SideBySide::oursFirst))
                .containsExactly(true, false, true, false);
    }

    @Test
    void refusesAnUnknownOptionWithUsage() throws Exception {
        assertThat(SideBySide.run(new String[] {"--loads", "2x3"}, System.out)).isEqualTo(2);
        assertThat(SideBySide.run(new String[] {"--fast", "yes"}, System.out)).isEqualTo(2);
    }
}
