package org.summitsim.client.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `summit serve`: the game server for networked sessions. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Run the Summit server that players, facilitators and bots connect to.",
      "Rooms are journaled under --data, so a restarted server resumes them."})
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
      description = "Address to listen on; 0.0.0.0 to accept other machines. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(names = "--port", paramLabel = "P", defaultValue = "7777",
      description = "TCP port to listen on. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "./summit-data",
      description = "Directory for room journals. Default: ${DEFAULT-VALUE}.")
  Path data;

  @Override
  public Integer call() {
    return Main.notAvailable(spec);
  }
}
