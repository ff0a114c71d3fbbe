package org.summitsim.client.cli;

import picocli.CommandLine.Option;

/** {@code --matches N} of analyze and tournament (scenario lint has its own, with a default). */
public final class MatchesOption {

    @Option(names = "--matches", required = true, paramLabel = "N", description = "Number of matches.")
    int value;

    /** The number of matches; refuses fewer than one. */
    int checked() {
        if (value < 1) {
            throw new UserError("--matches must be at least 1.");
        }
        return value;
    }
}
