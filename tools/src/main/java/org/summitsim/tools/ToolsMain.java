package org.summitsim.tools;

import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.summitsim.tools.cli.ToolCommand;
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
import picocli.CommandLine.Spec;

/**
 * The entry point of {@code summit-tools.jar}: {@code java -jar tools/target/summit-tools.jar TOOL
 * [OPTIONS]}. Each subcommand is the tool's own picocli command, which declares its options,
 * runs, and returns the tool's exit code (0 passed, 1 a check failed, 2 bad options, said in one
 * line with the usage); {@code TOOL --help} lists its options. The same classes also run by name
 * from the jar's class path, through their {@code main}. See docs/PERFORMANCE.md and
 * docs/RELIABILITY.md.
 */
@Command(
        name = "summit-tools",
        mixinStandardHelpOptions = true,
        versionProvider = ToolsMain.Version.class,
        description = {
            "Summit's test kit: programs that drive real servers to measure and break them.",
            "Not part of summit.jar. 'summit-tools TOOL --help' lists a tool's options."
        },
        subcommands = {
            LoadGenerator.class,
            BroadcastBaseline.Serve.class,
            SideBySide.class,
            Fuzzer.Cli.class,
            KillRestart.Cli.class,
            Soak.Cli.class
        })
public final class ToolsMain implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line; tests parse with it. */
    public static CommandLine newCommandLine() {
        return ToolCommand.of(new ToolsMain());
    }

    /** {@code summit-tools} alone: the list of tools, and exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    /** Reads the version Maven writes into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = "(development build)";
            try (InputStream in =
                    ToolsMain.class.getResourceAsStream("/META-INF/maven/org.summitsim/summit-tools/pom.properties")) {
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
