package org.summitsim.tools.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every tool's command line shares: the way it is configured (an option given twice takes
 * its last value, as the tools always allowed) and its {@code --help} option (a mixin: the tools
 * print no version of their own). In a package of its own so that the tools and
 * {@code ToolsMain}, which lists them, both use it without a cycle.
 */
public final class ToolCommand {

    private ToolCommand() {}

    /** {@code command}'s command line, configured as every tool's is. */
    public static CommandLine of(Object command) {
        return new CommandLine(command).setOverwrittenOptionsAllowed(true);
    }

    /** Runs {@code command} with {@code args} and returns its exit code (2 for bad options). */
    public static int run(Object command, String... args) {
        return of(command).execute(args);
    }

    /** {@code -h}/{@code --help}, for {@code @Mixin}. */
    public static final class Help {
        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help and exit.")
        boolean help;
    }
}
