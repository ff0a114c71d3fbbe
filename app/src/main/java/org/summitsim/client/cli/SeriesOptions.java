package org.summitsim.client.cli;

import picocli.CommandLine.Option;

/**
 * {@code --matches N --seed S} of analyze and tournament: a series of seeded matches, the same for
 * the same seed (scenario lint has its own, with defaults).
 */
public final class SeriesOptions {

    @Option(names = "--matches", required = true, paramLabel = "N", description = "Number of matches.")
    int matches;

    @Option(
            names = "--seed",
            required = true,
            paramLabel = "S",
            description = "Seed of the whole series: match i plays with a seed drawn from it and i.")
    long seed;

    /** The number of matches; refuses fewer than one. */
    int checked() {
        if (matches < 1) {
            throw new UserError("--matches must be at least 1.");
        }
        return matches;
    }
}
