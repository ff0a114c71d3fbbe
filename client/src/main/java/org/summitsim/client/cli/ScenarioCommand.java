package org.summitsim.client.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `summit scenario list | show | validate | lint`. The actions are methods, each its own
 * picocli subcommand, because they are small and share this help text.
 */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "List, show and check scenario files.",
      "Scenario authors: see docs/SCENARIOS.md for the format."})
public final class ScenarioCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** `summit scenario` alone: show the actions rather than just an error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return spec.exitCodeOnInvalidInput();
  }

  @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
      description = "List the scenarios shipped with Summit.")
  int list() {
    return notYet("list");
  }

  @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
      description = "Show a scenario's public background, delegations and draft text.")
  int show(@Parameters(paramLabel = "ID", description = "Scenario id, as `summit scenario list` shows it.") String id) {
    return notYet("show");
  }

  @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
      description = "Check scenario files for errors; exit 1 if any file has one.")
  int validate(@Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario JSON files.")
      List<Path> files) {
    return notYet("validate");
  }

  @Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
      description = "Point out what is valid but probably unintended in a scenario (balance, unreachable options).")
  int lint(@Parameters(paramLabel = "FILE", description = "Scenario JSON file.") Path file) {
    return notYet("lint");
  }

  private int notYet(String action) {
    return Main.notAvailable(spec.subcommands().get(action).getCommandSpec());
  }
}
