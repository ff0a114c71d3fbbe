package org.summitsim.client.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `summit play`: the console client for a human player (or a script) on a running server. */
@Command(
    name = "play",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Join a room on a Summit server with the console client.",
      "Type `help` once connected to see what you can do."})
public final class PlayCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:7777", converter = HostPort.Converter.class,
      description = "Server to connect to. Default: ${DEFAULT-VALUE}.")
  HostPort server;

  @Option(names = "--name", paramLabel = "NAME", description = "Your name as others see it.")
  String name;

  @Option(names = "--code", paramLabel = "CODE", description = "Join code of the room, from the facilitator.")
  String code;

  @Option(names = "--seat", paramLabel = "ID", description = "Delegation (seat) to take, if the room lets you choose.")
  String seat;

  @Option(names = "--script", paramLabel = "FILE",
      description = "Read commands from FILE instead of the keyboard.")
  Path script;

  @Option(names = "--json", description = "Print the raw protocol messages (JSON lines) instead of text.")
  boolean json;

  @Override
  public Integer call() {
    return Main.notAvailable(spec);
  }
}
