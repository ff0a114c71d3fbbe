package org.summitsim.client.cli;

import picocli.CommandLine.Option;

/** {@code --threads T} of the commands that run matches in parallel: analyze, tournament and scenario lint. */
public final class ThreadsOption {

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Matches run in parallel. Default: the number of processors.")
    Integer value;

    /**
     * The threads asked for, or the number of processors when --threads was not given; refuses
     * fewer than one.
     */
    int checked() {
        if (value != null && value < 1) {
            throw new UserError("--threads must be at least 1.");
        }
        return value == null ? Runtime.getRuntime().availableProcessors() : value;
    }
}
