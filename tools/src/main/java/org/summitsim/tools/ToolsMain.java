package org.summitsim.tools;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.summitsim.tools.load.BroadcastBaseline;
import org.summitsim.tools.load.LoadGenerator;
import org.summitsim.tools.load.SideBySide;
import org.summitsim.tools.reliability.Fuzzer;
import org.summitsim.tools.reliability.KillRestart;
import org.summitsim.tools.reliability.Soak;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The entry point of {@code summit-tools.jar}: {@code java -jar tools/target/summit-tools.jar TOOL
 * [OPTIONS]}. Each subcommand hands its options, as typed, to the tool's own {@code main}, which
 * reads them, runs, and exits with the tool's code (0 passed, 1 a check failed, 2 bad options).
 * The same classes also run by name from the jar's class path. See docs/PERFORMANCE.md and
 * docs/RELIABILITY.md.
 */
@Command(
        name = "summit-tools",
        mixinStandardHelpOptions = true,
        versionProvider = ToolsMain.Version.class,
        description = {
            "Summit's test kit: programs that drive real servers to measure and break them.",
            "Not part of summit.jar. Options after the tool's name go to the tool as typed."
        },
        subcommands = {
            LoadGenerator.class,
            BroadcastBaseline.Serve.class,
            SideBySide.class,
            Fuzzer.Cli.class,
            KillRestart.Cli.class,
            ToolsMain.SoakRuns.class
        })
public final class ToolsMain implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line; tests parse with it. */
    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new ToolsMain());
        // As the tools always did: an option given twice takes its last value.
        cli.setOverwrittenOptionsAllowed(true);
        // A tool that still reads its own options gets them in order, whatever they look like.
        cli.getSubcommands().values().stream().filter(sub -> sub.getCommand() instanceof Tool)
                .forEach(sub -> sub.setUnmatchedOptionsArePositionalParams(true));
        return cli;
    }

    /** {@code summit-tools} alone: the list of tools, and exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    /** One tool: its options, as typed, for its {@code main}. */
    abstract static class Tool implements Callable<Integer> {

        @Parameters(paramLabel = "OPTION", description = "The tool's options (above), passed on as typed.")
        List<String> options = new ArrayList<>();

        /** The tool's class, whose {@code public static void main(String[])} runs it. */
        abstract Class<?> tool();

        /** The options in the order typed, as the tool's {@code main} receives them. */
        String[] arguments() {
            return options.toArray(String[]::new);
        }

        @Override
        public Integer call() throws Exception {
            try {
                tool().getMethod("main", String[].class).invoke(null, (Object) arguments());
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception thrown) {
                    throw thrown;
                }
                throw (Error) e.getCause();
            }
            return 0;
        }
    }

    @Command(
            name = "soak",
            mixinStandardHelpOptions = true,
            description = {
                "Rooms of bots one after another for a fixed time; heap, threads, file handles and round trips must"
                        + " level off (Soak); exit 1 if one keeps growing (docs/RELIABILITY.md gives it -Xmx512m).",
                "Options: [--minutes 8] [--rooms 20] [--seed 8]"
            })
    static final class SoakRuns extends Tool {
        @Override
        Class<?> tool() {
            return Soak.class;
        }
    }

    /** Reads the version Maven writes into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = "(development build)";
            try (InputStream in = ToolsMain.class.getResourceAsStream(
                    "/META-INF/maven/org.summitsim/summit-tools/pom.properties")) {
                if (in != null) {
                    Properties props = new Properties();
                    props.load(in);
                    version = props.getProperty("version", version);
                }
            } catch (java.io.IOException ignored) {
                // Fall back to the development label: a version line is not worth failing for.
            }
            return new String[] {"Summit tools " + version};
        }
    }
}
