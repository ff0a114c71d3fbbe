package org.summitsim.client.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `summit demo`: an embedded server, bots in the other seats and a console client, in one go. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Play a scenario at once: a local server, bots and your console in one process.",
      "Nothing to set up: you take one seat and built-in bots take the others."})
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--scenario", paramLabel = "ID",
      description = "Scenario to play (see `summit scenario list`). Default: the 2023 REAIM summit.")
  String scenario;

  @Option(names = "--as", paramLabel = "ID",
      description = "Delegation (seat) you play. Default: you choose when the demo starts.")
  String seat;

  @Override
  public Integer call() {
    return Main.notAvailable(spec);
  }
}
