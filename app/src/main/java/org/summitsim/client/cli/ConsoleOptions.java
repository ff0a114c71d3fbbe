package org.summitsim.client.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The console's input and output options of play and demo: {@code --script FILE} and {@code --json}. */
public final class ConsoleOptions {

    @Option(names = "--script", paramLabel = "FILE", description = "Read commands from FILE instead of the keyboard.")
    Path script;

    @Option(names = "--json", description = "Print the raw protocol messages (JSON lines) instead of text.")
    boolean json;
}
