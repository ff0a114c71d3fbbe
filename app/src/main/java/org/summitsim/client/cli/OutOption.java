package org.summitsim.client.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out FILE} of the commands that write a document (report, class compare); see {@link Output}. */
public final class OutOption {

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE. Default: standard output.")
    Path file;
}
