package org.summitsim.client.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.summitsim.client.console.ConsoleIo;
import org.summitsim.client.console.Launcher;
import org.summitsim.client.console.PlainIo;
import org.summitsim.client.console.PlayOptions;
import org.summitsim.client.console.SeatMemory;
import org.summitsim.client.console.StartFailure;
import org.summitsim.client.console.TerminalIo;
import org.summitsim.client.console.render.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "Asks for your name, the join code and your delegation when they are not given.",
            "Type `help` once connected to see what you can do."
        })
public final class PlayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "HOST:PORT",
            defaultValue = "127.0.0.1:7777",
            converter = HostPort.Converter.class,
            description = "Server to connect to; tls://HOST:PORT for a server with TLS. Default: ${DEFAULT-VALUE}.")
    HostPort server;

    @Mixin
    TlsOptions tls;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name as others see it.")
    String name;

    @Option(names = "--code", paramLabel = "CODE", description = "Join code of the room, from the facilitator.")
    String code;

    @Option(
            names = "--seat",
            paramLabel = "ID",
            description = "Delegation (seat) to take, if the room lets you choose.")
    String seat;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "Rejoin with a seat token, or run the room with a facilitator token, instead of a code.")
    String token;

    @Mixin
    ConsoleOptions console;

    @Override
    public Integer call() throws IOException {
        PlayOptions options = PlayOptions.join(server.host(), server.port(), name, code, seat)
                .withToken(token)
                .withJson(console.json)
                .withTls(tls.settings(server));
        return run(spec, options, console.script, SeatMemory.inHome());
    }

    /**
     * Runs a console session: interactive on a terminal, scripted from --script or a pipe.
     * Scripts exit with 1 when a command failed, so shell scripts can tell.
     */
    static int run(CommandSpec spec, PlayOptions options, Path script, SeatMemory seats) throws IOException {
        boolean scripted = script != null || System.console() == null || options.json();
        Launcher launcher = new Launcher(seats);
        try (ConsoleIo io = scripted
                ? plain(spec, options, script)
                : TerminalIo.open(
                        Path.of(System.getProperty("user.home"), ".summit_history"),
                        launcher.completer(),
                        launcher.statusText())) {
            Style style = scripted ? Style.plain() : Style.detect(true);
            int failed = launcher.run(options, io, style);
            return scripted && failed > 0 ? 1 : 0;
        } catch (StartFailure e) {
            throw new UserError(e.getMessage());
        }
    }

    private static ConsoleIo plain(CommandSpec spec, PlayOptions options, Path script) throws IOException {
        BufferedReader in;
        if (script != null) {
            if (!Files.isReadable(script)) {
                throw new UserError("Cannot read the script " + script + "; check the path.");
            }
            in = Files.newBufferedReader(script, StandardCharsets.UTF_8);
        } else {
            in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return new PlainIo(in, out, err, options.json());
    }
}
