package org.summitsim.client.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `summit bots`: built-in strategies joining a room over the network, like any other client. */
@Command(
    name = "bots",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Connect built-in bots to a room on a Summit server.",
      "Each bot takes one seat and plays through the same protocol as a human."})
public final class BotsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--server", required = true, paramLabel = "HOST:PORT",
      converter = HostPort.Converter.class, description = "Server the room is on.")
  HostPort server;

  @Option(names = "--code", required = true, paramLabel = "CODE", description = "Join code of the room.")
  String code;

  @Option(names = "--strategy", required = true, paramLabel = "S",
      description = "Built-in strategy the bots play (see docs/BOTS.md).")
  String strategy;

  @Option(names = "--seats", split = ",", paramLabel = "ID",
      description = "Seats to fill, comma-separated. Default: every empty seat.")
  List<String> seats;

  @Override
  public Integer call() {
    return Main.notAvailable(spec);
  }
}
