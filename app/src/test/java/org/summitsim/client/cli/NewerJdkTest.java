package org.summitsim.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;

/**
 * summit.jar on the newest JDK installed beside the build's (Java 22 or later, found under
 * {@code /usr/lib/jvm} or named by {@code SUMMIT_NEWER_JDK}): a teacher with a current JDK sees
 * the server start with no JVM warnings about native access. Skipped where no such JDK is.
 */
@IntegrationTest
class NewerJdkTest {

    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);
    private static final Pattern LISTENING = Pattern.compile("listening on [^:]+:(\\d+)");

    @Test
    void theServerStartsWithoutWarningsOnANewerJdk(@TempDir Path data) throws Exception {
        Optional<Path> jdk = newerJdk();
        assumeTrue(jdk.isPresent(), "no JDK 22 or later installed");
        Path jar = Path.of("target", "summit.jar");
        assertThat(jar).as("summit.jar is built before the integration tests").exists();

        Process server = new ProcessBuilder(
                        jdk.get().resolve("bin/java").toString(),
                        "-Xmx256m",
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--port",
                        "0",
                        "--data",
                        data.toString())
                .redirectErrorStream(true)
                .start();
        List<String> output = new CopyOnWriteArrayList<>();
        CountDownLatch listening = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(server, output, listening), "newer-jdk-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(listening.await(30, TimeUnit.SECONDS))
                    .as("the server started: %s", output)
                    .isTrue();
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        assertThat(output).as("what the server printed on %s", jdk.get()).noneMatch(l -> l.startsWith("WARNING"));
    }

    private static void read(Process server, List<String> output, CountDownLatch listening) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    listening.countDown();
                }
            }
        } catch (IOException e) {
            // The server exited.
        }
    }

    /** The newest JDK of version 22 or later: {@code SUMMIT_NEWER_JDK} if set, else under /usr/lib/jvm. */
    private static Optional<Path> newerJdk() throws IOException {
        String named = System.getenv("SUMMIT_NEWER_JDK");
        if (named != null && !named.isBlank()) {
            Path jdk = Path.of(named);
            assertThat(version(jdk))
                    .as("the JDK SUMMIT_NEWER_JDK names, %s", jdk)
                    .isGreaterThanOrEqualTo(22);
            return Optional.of(jdk);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")))
                    .filter(d -> version(d) >= 22)
                    .max(java.util.Comparator.comparingInt(NewerJdkTest::version));
        }
    }

    private static int version(Path jdk) {
        try {
            Matcher m = VERSION.matcher(Files.readString(jdk.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
