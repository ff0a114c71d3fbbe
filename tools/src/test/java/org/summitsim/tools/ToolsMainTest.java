package org.summitsim.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summitsim.tools.load.BroadcastBaseline;
import org.summitsim.tools.load.LoadGenerator;
import org.summitsim.tools.load.SideBySide;
import org.summitsim.tools.reliability.Fuzzer;
import org.summitsim.tools.reliability.KillRestart;
import org.summitsim.tools.reliability.Soak;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParseResult;

class ToolsMainTest {

    private static final String[] TOOLS = {"load", "baseline", "side-by-side", "fuzz", "kill-restart", "soak"};

    /** Runs `summit-tools args...` in-process with captured, colourless output (only what starts no tool). */
    private static final class Run {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exitCode;

        Run(String... args) {
            CommandLine cli = ToolsMain.newCommandLine();
            cli.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            exitCode = cli.execute(args);
        }
    }

    /** The command a command line picks, with its options set, without running it. */
    private static Object command(String... args) {
        ParseResult parsed = ToolsMain.newCommandLine().parseArgs(args);
        return parsed.subcommand().commandSpec().userObject();
    }

    /** The class whose {@code main} runs a tool: the command itself, or the class it is nested in. */
    private static Class<?> toolClass(String tool) {
        Class<?> command = command(tool).getClass();
        return command.getEnclosingClass() != null ? command.getEnclosingClass() : command;
    }

    @Test
    void helpListsEveryTool() {
        Run run = new Run("--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString()).contains(TOOLS).contains("Not part of summit.jar");
    }

    @Test
    void noToolIsAUsageErrorThatListsThem() {
        Run run = new Run();
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains(TOOLS);
    }

    @Test
    void anUnknownToolIsAUsageError() {
        Run run = new Run("stress");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString()).contains("stress");
    }

    @ParameterizedTest
    @ValueSource(strings = {"load", "baseline", "side-by-side", "fuzz", "kill-restart", "soak"})
    void everyToolHasHelpWithItsOwnOptions(String tool) {
        Run run = new Run(tool, "--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString())
                .startsWith("Usage: summit-tools " + tool + " [-h] [--")
                .contains("-h, --help")
                .doesNotContain("OPTION...", "Options: [--");
    }

    @ParameterizedTest
    @ValueSource(strings = {"load", "baseline", "side-by-side", "fuzz", "kill-restart", "soak"})
    void everyToolRefusesAnUnknownOptionWithExitTwo(String tool) {
        Run run = new Run(tool, "--no-such-option");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.toString())
                .startsWith("Unknown option: '--no-such-option'")
                .doesNotContain("Exception");
        assertThat(run.out.toString()).isEmpty();
    }

    @Test
    void soaksHelpListsItsRealOptionsWithTheirDefaults() {
        Run run = new Run("soak", "--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString().replaceAll("\\s+", " "))
                .contains(
                        "Usage: summit-tools soak",
                        "--minutes=M",
                        "Default: 8.0",
                        "--rooms=R",
                        "Default: 20",
                        "--seed=S",
                        "Default: 8");
        assertThat(command("soak", "--minutes", "0.5", "--rooms", "6", "--seed", "1"))
                .extracting("minutes", "rooms", "seed")
                .containsExactly(0.5, 6, 1L);
    }

    @Test
    void theLoadGeneratorsHelpListsItsRealOptionsWithTheirDefaults() {
        Run run = new Run("load", "--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString())
                .contains("Usage: summit-tools load")
                .contains(
                        "--server=HOST:PORT",
                        "--rooms=N",
                        "--clients=N",
                        "--rate=PER-SECOND",
                        "--warmup=SECONDS",
                        "--duration=SECONDS",
                        "--mix=realistic|floor",
                        "--transport=tcp|ws",
                        "--scenario=ID",
                        "--baseline",
                        "--baseline-server=HOST:PORT",
                        "--baseline-only",
                        "--fsync=always|interval|never",
                        "--idle=N")
                .contains("Default: 100", "Default: hague-2023")
                .doesNotContain("Options: [--");
    }

    @Test
    void theBaselinesHelpListsItsRealOptions() {
        Run run = new Run("baseline", "--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString())
                .contains("Usage: summit-tools baseline", "--port=P", "Default: 0", "--transport=tcp|ws")
                .doesNotContain("Options: [--");
    }

    @Test
    void theBaselineGetsItsOptionsAndRefusesBadOnes() {
        BroadcastBaseline.Serve b =
                (BroadcastBaseline.Serve) command("baseline", "--port", "7901", "--transport", "ws");
        assertThat(b).extracting("port").isEqualTo(7901);
        assertThat(b).extracting("transport").hasToString("WS");
        Run bad = new Run("baseline", "--transport", "udp");
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err.toString())
                .startsWith("Invalid value for option '--transport': --transport is tcp or ws," + " not \"udp\"")
                .contains("Usage: summit-tools baseline");
        // Before, a lone option without its value was ignored: now it is refused.
        assertThat(new Run("baseline", "--port").exitCode).isEqualTo(2);
    }

    @Test
    void sideBySidesHelpListsItsRealOptions() {
        Run run = new Run("side-by-side", "--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString().replaceAll("\\s+", " "))
                .contains(
                        "Usage: summit-tools side-by-side",
                        "--repeat=N",
                        "Default: 3",
                        "--transports=tcp,ws",
                        "--loads=LOADS",
                        "100x20x2floor",
                        "--jit-warmup=SECONDS",
                        "--warmup=SECONDS",
                        "--duration=SECONDS",
                        "--server-jvm=OPTIONS",
                        "--fsync=always|interval|never",
                        "Default: interval",
                        "--scenario=ID",
                        "--versus=CLASSPATH")
                .doesNotContain("Options: [--");
    }

    @Test
    void sideBySideGetsItsOptionsAsBeforeAndRefusesBadOnes() {
        SideBySide s = (SideBySide) command(
                "side-by-side",
                "--server-jvm",
                "-Xmx256m -XX:+UseSerialGC",
                "--repeat",
                "1",
                "--transports",
                "ws",
                "--loads",
                "2x3x2,100x20x2floor",
                "--versus",
                "/tmp/old.jar");
        assertThat(s).extracting("serverJvm").asList().containsExactly("-Xmx256m", "-XX:+UseSerialGC");
        assertThat(s).extracting("repeat", "versus").containsExactly(1, "/tmp/old.jar");
        assertThat(s)
                .extracting("transports")
                .asList()
                .extracting(Object::toString)
                .containsExactly("WS");
        assertThat(s)
                .extracting("loads")
                .asList()
                .extracting(Object::toString)
                .containsExactly(
                        "Load[rooms=2, clients=3, rate=2.0, floorOnly=false]",
                        "Load[rooms=100, clients=20, rate=2.0, floorOnly=true]");
        Run badLoad = new Run("side-by-side", "--loads", "100x20");
        assertThat(badLoad.exitCode).isEqualTo(2);
        assertThat(badLoad.err.toString())
                .startsWith("A load is ROOMSxCLIENTSxRATE")
                .contains("Usage: summit-tools side-by-side")
                .doesNotContain("Exception");
        assertThat(new Run("side-by-side", "-x").exitCode).isEqualTo(2);
    }

    @Test
    void theFuzzersHelpListsItsRealOptionsWithTheirDefaults() {
        Run run = new Run("fuzz", "--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString().replaceAll("\\s+", " "))
                .contains(
                        "Usage: summit-tools fuzz",
                        "--inputs=N",
                        "Default: 100000",
                        "--seed=S",
                        "Default: 8",
                        "--round-seconds=R",
                        "Default: 20")
                .doesNotContain("Options: [--");
    }

    @Test
    void theFuzzerGetsItsOptionsAndRefusesBadOnes() {
        assertThat(command("fuzz", "--inputs", "6000", "--seed", "1", "--round-seconds", "3"))
                .extracting("inputs", "seed", "roundSeconds")
                .containsExactly(6000, 1L, 3);
        Run bad = new Run("fuzz", "--inputs", "lots");
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err.toString())
                .startsWith("Invalid value for option '--inputs': 'lots' is not an int")
                .contains("Usage: summit-tools fuzz");
        assertThat(new Run("fuzz", "--seeds", "1").exitCode).isEqualTo(2);
        assertThat(bad.out.toString()).isEmpty();
    }

    @Test
    void killRestartsHelpListsItsRealOptionsWithTheirDefaults() {
        Run run = new Run("kill-restart", "--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString().replaceAll("\\s+", " "))
                .contains(
                        "Usage: summit-tools kill-restart",
                        "--kills=N",
                        "Default: 20",
                        "--rooms=R",
                        "Default: 3",
                        "--seed=S",
                        "Default: 8")
                .doesNotContain("Options: [--");
    }

    @Test
    void killRestartGetsItsOptionsAndRefusesBadOnes() {
        assertThat(command("kill-restart", "--kills", "2", "--rooms", "1", "--seed", "5"))
                .extracting("kills", "rooms", "seed")
                .containsExactly(2, 1, 5L);
        Run bad = new Run("kill-restart", "--kills");
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err.toString())
                .startsWith("Missing required parameter for option '--kills'")
                .contains("Usage: summit-tools kill-restart");
        assertThat(bad.out.toString()).isEmpty();
    }

    @Test
    void theLoadGeneratorGetsItsOptionsAndRefusesBadOnes() {
        LoadGenerator g = (LoadGenerator) command(
                "load",
                "--server",
                "127.0.0.1:7791",
                "--rooms",
                "4",
                "--rooms",
                "5",
                "--baseline",
                "--transport",
                "ws");
        assertThat(g).extracting("server", "rooms", "baseline").containsExactly("127.0.0.1:7791", 5, true);
        Run unknown = new Run("load", "--romos", "4");
        assertThat(unknown.exitCode).isEqualTo(2);
        assertThat(unknown.err.toString())
                .startsWith("Unknown options: '--romos', '4'")
                .contains("Possible solutions: --rooms")
                .doesNotContain("Exception");
        Run badNumber = new Run("load", "--rate", "fast");
        assertThat(badNumber.exitCode).isEqualTo(2);
        assertThat(badNumber.err.toString())
                .startsWith("Invalid value for option '--rate': 'fast' is not a double")
                .contains("Usage: summit-tools load")
                .doesNotContain("Exception");
        assertThat(unknown.out.toString() + badNumber.out).isEmpty();
    }

    @Test
    void eachToolRunsItsOwnMain() throws Exception {
        Map<String, Class<?>> mains = Map.of(
                "load", LoadGenerator.class,
                "baseline", BroadcastBaseline.class,
                "side-by-side", SideBySide.class,
                "fuzz", Fuzzer.class,
                "kill-restart", KillRestart.class,
                "soak", Soak.class);
        assertThat(mains).containsOnlyKeys(TOOLS);
        for (String tool : TOOLS) {
            Class<?> main = toolClass(tool);
            assertThat(main).as(tool).isEqualTo(mains.get(tool));
            Method m = main.getMethod("main", String[].class);
            assertThat(Modifier.isStatic(m.getModifiers())).as(tool).isTrue();
        }
    }
}
