package org.summitsim.client.cli;

import ch.qos.logback.classic.Level;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The `summit` command line. A subcommand is registered by adding its class to
 * {@code subcommands} below; it reports a failure the user can fix by throwing
 * {@link UserError} (exit 1) and returns its exit code from {@code call()}.
 */
@Command(
        name = "summit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Summit: a diplomacy negotiation simulator.",
            "Run a summit scenario: host it, play it, let bots play it, and report on it."
        },
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
            PlayCommand.class,
            BotsCommand.class,
            MatchCommand.class,
            TournamentCommand.class,
            AnalyzeCommand.class,
            ScenarioCommand.class,
            ReportCommand.class,
            ClassCommand.class,
            // `summit help` and `summit help scenario`, as git and docker take it, besides --help.
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Failure you can fix; the message says what went wrong.",
            "2:Usage error: an unknown or missing option or argument.",
            "3:A match, tournament or analysis played to the end but took a bot out of a match; the output says which and why."
        })
public final class Main implements Callable<Integer> {

    /** A bot run that finished but took a bot out: a bot author's script can tell a crash from a loss. */
    static final int BOT_TAKEN_OUT = 3;

    @Spec
    CommandSpec spec;

    // INHERIT lets `--verbose` go before or after the subcommand name.
    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Log debug detail and show stack traces of errors.")
    void setVerbose(boolean verbose) {
        if (verbose) {
            enableDebugLogging();
        }
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line; tests use this to run commands with captured output. */
    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Main::onUsageError);
        cli.setExecutionExceptionHandler(Main::onFailure);
        return cli;
    }

    /** `summit` alone: show what there is to do rather than just an error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    // One sentence and a pointer to --help, instead of picocli's default full usage dump.
    private static int onUsageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(sentence(ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    // Errors are sentences for people; the stack trace is only for --verbose.
    private static int onFailure(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = isVerbose(parsed);
        if (ex instanceof UserError) {
            err.println(sentence(ex.getMessage()));
        } else {
            String detail = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            err.println("Something went wrong inside Summit: " + sentence(detail));
            if (!verbose) {
                err.println("Run the command again with --verbose to see the details.");
            }
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return cmd.getCommandSpec().exitCodeOnExecutionException();
    }

    private static boolean isVerbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "An unknown error occurred.";
        }
        String s = message.strip();
        // "mine.json: 1 problem" keeps the file's name as it is spelled.
        String first = s.split("[\\s:]", 2)[0];
        if (!first.contains(".") && !first.contains("/") && !first.contains("\\")) {
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s.matches("(?s).*[.!?]$") ? s : s + ".";
    }

    /** Quiet (WARN) comes from logback.xml; --verbose turns on DEBUG for everything but Netty. */
    static void enableDebugLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
            ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.DEBUG);
            // Netty's DEBUG lines describe its own platform probing, which no Summit user needs.
            ctx.getLogger("io.netty").setLevel(Level.INFO);
        }
    }

    /** Reads the version Maven writes into every jar, so it is never typed twice. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = "(development build)";
            try (InputStream in =
                    Main.class.getResourceAsStream("/META-INF/maven/org.summitsim/summit-client/pom.properties")) {
                if (in != null) {
                    Properties props = new Properties();
                    props.load(in);
                    version = props.getProperty("version", version);
                }
            } catch (java.io.IOException ignored) {
                // Fall back to the development label: a version line is not worth failing for.
            }
            return new String[] {
                "Summit " + version,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
