package org.summitsim.client.cli;

import picocli.CommandLine.Option;

/** {@code --matches N} of analyze and tournament (scenario lint has its own, with a default). */
public final class MatchesOption {

    @Option(names = "--matches", required = true, paramLabel = "N", description = "Number of matches.")
    int value;
}
