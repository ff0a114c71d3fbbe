package org.summitsim.client.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `summit report`: the debrief and transcript of a finished room or match, for grading. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Write the report of a room or a match journal: outcome, scores, final text, transcript.",
      "The report is rebuilt from the journal, so it is the same every time."})
public final class ReportCommand implements Callable<Integer> {

  /** Lower case because these are the words the user types. */
  enum Format { html, md, json, csv }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROOM_OR_JOURNAL",
      description = "A room's directory under the server's data directory, or a journal file.")
  String source;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "One of: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE. Default: standard output.")
  Path out;

  @Override
  public Integer call() {
    return Main.notAvailable(spec);
  }
}
