package org.summitsim.client.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --strategies S,... --matches N --seed S} of analyze and tournament: a series of seeded
 * matches between strategies, the same for the same seed (scenario lint has its own, with defaults).
 */
public final class SeriesOptions {

    @Option(
            names = "--strategies",
            required = true,
            split = ",",
            paramLabel = "S",
            completionCandidates = StrategyNames.class,
            description = "Strategies to play, comma-separated (include silent to measure what talking is worth):"
                    + " ${COMPLETION-CANDIDATES}, script:FILE (a rule-script bot), class:NAME (a Java bot on"
                    + " the class path) or exec:COMMAND (a bot program in any language, such as"
                    + " \"exec:python3 bot.py\"); see docs/BOTS.md.")
    List<String> strategies;

    @Option(names = "--matches", required = true, paramLabel = "N", description = "Number of matches.")
    int matches;

    @Option(
            names = "--seed",
            required = true,
            paramLabel = "S",
            description = "Seed of the whole series: match i plays with a seed drawn from it and i.")
    long seed;

    /** Refuses fewer than one match or no strategy, and drops the blanks of "a,,b". */
    void check() {
        if (matches < 1) {
            throw new UserError("--matches must be at least 1.");
        }
        strategies =
                strategies.stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
        if (strategies.isEmpty()) {
            throw new UserError("Name at least one strategy with --strategies, e.g. --strategies utility,silent.");
        }
        strategies.forEach(StrategyArgument::check);
    }
}
