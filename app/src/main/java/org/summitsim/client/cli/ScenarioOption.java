package org.summitsim.client.cli;

import picocli.CommandLine.Option;

/** {@code --scenario ID|FILE} of the commands that play headless matches: analyze, match and tournament. */
public final class ScenarioOption {

    @Option(
            names = "--scenario",
            required = true,
            paramLabel = "ID|FILE",
            description = "Scenario id (see `summit scenario list`) or a scenario JSON file.")
    String value;
}
