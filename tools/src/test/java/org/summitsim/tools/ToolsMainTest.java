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

    /** The tool a command line picks, and the arguments its main would get, without running it. */
    private static ToolsMain.Tool parse(String... args) {
        ParseResult parsed = ToolsMain.newCommandLine().parseArgs(args);
        return (ToolsMain.Tool) parsed.subcommand().commandSpec().userObject();
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
    void everyToolHasHelpWithItsOptions(String tool) {
        Run run = new Run(tool, "--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out.toString()).contains("Options: [--");
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
            Class<?> main = parse(tool).tool();
            assertThat(main).as(tool).isEqualTo(mains.get(tool));
            Method m = main.getMethod("main", String[].class);
            assertThat(Modifier.isStatic(m.getModifiers())).as(tool).isTrue();
        }
    }

    @Test
    void aToolGetsItsOptionsAsTypedInOrder() {
        assertThat(parse("load", "--server", "127.0.0.1:7791", "--rooms", "4", "--baseline", "--transport", "ws")
                        .arguments())
                .containsExactly("--server", "127.0.0.1:7791", "--rooms", "4", "--baseline", "--transport", "ws");
        // Values that look like options, and options picocli does not know, are the tool's too.
        assertThat(parse("side-by-side", "--server-jvm", "-Xmx256m -XX:+UseSerialGC", "--repeat", "1", "-x")
                        .arguments())
                .containsExactly("--server-jvm", "-Xmx256m -XX:+UseSerialGC", "--repeat", "1", "-x");
        assertThat(parse("soak").arguments()).isEmpty();
    }
}
