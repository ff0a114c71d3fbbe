package org.summitsim.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.IntegrationTest;

/**
 * The Java bot in docs/examples compiles against summit.jar and plays a match with the command
 * docs/BOTS.md gives, with no move refused; a class that is not on the class path is named with
 * how to put it there.
 */
@IntegrationTest
class JavaBotExampleTest {

    @TempDir
    Path dir;

    @Test
    void theExampleBotCompilesAndPlaysAMatch() throws Exception {
        Path jar = Path.of("target", "summit.jar").toAbsolutePath();
        assertThat(jar).as("summit.jar is built before the integration tests").exists();
        Path source = Path.of("..", "docs", "examples", "GreedyBot.java")
                .toAbsolutePath()
                .normalize();
        int compiled = ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "-cp", jar.toString(), "-d", dir.toString(), source.toString());
        assertThat(compiled).as("javac").isZero();

        String out = run(jar + File.pathSeparator + dir, "class:GreedyBot,utility");
        assertThat(out)
                .contains("Netherlands    class:GreedyBot")
                .contains("Decisions and scores")
                .doesNotContain("Moves the rules refused");

        assertThat(run(jar.toString(), "class:GreedyBot,utility"))
                .contains("There is no bot class GreedyBot on the class path.")
                .contains("SUMMIT_CLASSPATH=FOLDER ./summit match")
                .contains("java -cp app/target/summit.jar:FOLDER org.summitsim.client.cli.Main");

        // The launcher, as docs/BOTS.md says: the bot's folder in SUMMIT_CLASSPATH.
        Path launcher = Path.of("..", "summit").toAbsolutePath().normalize();
        Path log = Files.createTempFile(dir, "launcher", ".txt");
        ProcessBuilder viaLauncher = new ProcessBuilder(
                        launcher.toString(),
                        "match",
                        "--scenario",
                        "classroom-mini",
                        "--bots",
                        "class:GreedyBot,utility",
                        "--seed",
                        "1")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        viaLauncher.environment().put("SUMMIT_CLASSPATH", dir.toString());
        viaLauncher.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = viaLauncher.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as(Files.readString(log, StandardCharsets.UTF_8))
                .isZero();
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .contains("Netherlands    class:GreedyBot")
                .doesNotContain("Moves the rules refused");
    }

    private String run(String classPath, String bots) throws Exception {
        Path log = Files.createTempFile(dir, "match", ".txt");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classPath,
                        "org.summitsim.client.cli.Main",
                        "match",
                        "--scenario",
                        "classroom-mini",
                        "--bots",
                        bots,
                        "--seed",
                        "1")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
