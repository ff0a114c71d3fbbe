package org.summitsim.client.cli;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.summitsim.server.SummitServer;
import org.summitsim.server.journal.Durability;
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

    @Option(names = "--fsync", paramLabel = "WHEN", defaultValue = "interval",
            description = {"When the journal is forced to disk: interval (default: every action is written to the"
                    + " operating system before it is acknowledged, so a crashed or killed server loses nothing;"
                    + " the disk is forced every --sync-interval-ms, so a power cut loses at most that much),"
                    + " always (acknowledge only after the disk is forced: survives a power cut, slower), or"
                    + " never (leave it to the operating system)."})
    String fsync;

    @Option(names = "--sync-interval-ms", paramLabel = "MS", defaultValue = "100",
            description = "With --fsync interval, how often the journals are forced to disk."
                    + " Default: ${DEFAULT-VALUE}.")
    long syncIntervalMs;

    /** The address students type: this machine's network address when listening on all of them. */
    private String joinAddress() {
        if (!host.equals("0.0.0.0") && !host.equals("::")) {
            return host;
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        return a.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            // Fall through: the teacher can look the address up.
        }
        return "THIS-MACHINE'S-ADDRESS";
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535.");
        }
        Durability durability;
        try {
            durability = Durability.parse(fsync);
        } catch (IllegalArgumentException e) {
            throw new UserError("--fsync: " + e.getMessage());
        }
        SummitServer.Config config;
        try {
            config = SummitServer.Config.defaults().toBuilder()
                    .host(host).port(port).dataDir(data).durability(durability).syncIntervalMs(syncIntervalMs).build();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        SummitServer server = new SummitServer(config);
        try {
            server.start();
        } catch (IOException e) {
            throw new UserError(e.getMessage() + (e.getMessage().contains("in use")
                    ? " Another server may be running; choose another port with --port." : ""));
        }
        PrintWriter out = spec.commandLine().getOut();
        server.runUntilShutdown(() -> {
            out.println("Summit server listening on " + host + ":" + server.port() + " (data in " + data + ", "
                    + server.restoredRooms() + " room" + (server.restoredRooms() == 1 ? "" : "s") + " restored).");
            out.println("Players join with: ./summit play " + joinAddress() + ":" + server.port()
                    + "   Stop with Ctrl-C.");
            out.flush();
        });
        int saved = server.savedRooms();
        out.println("Summit server stopped. " + saved + " room" + (saved == 1 ? " is" : "s are") + " saved in " + data
                + "; start the server again in this folder and " + (saved == 1 ? "it comes" : "they come")
                + " back where " + (saved == 1 ? "it was." : "they were."));
        out.flush();
        return 0;
    }
}
