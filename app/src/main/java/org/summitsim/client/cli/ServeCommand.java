package org.summitsim.client.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.summitsim.server.SummitServer;
import org.summitsim.server.journal.Durability;
import org.summitsim.server.session.FacilitatorKey;
import org.summitsim.server.transport.TlsFiles;
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
            "Rooms are journaled under --data, so a restarted server resumes them."
        })
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--host",
            paramLabel = "H",
            defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 to accept other machines. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(
            names = "--port",
            paramLabel = "P",
            defaultValue = "7777",
            description = "TCP port to listen on. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "./summit-data",
            description = "Directory for room journals. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(
            names = "--fsync",
            paramLabel = "WHEN",
            defaultValue = "interval",
            description = {
                "When the journal is forced to disk: interval (default: every action is written to the"
                        + " operating system before it is acknowledged, so a crashed or killed server loses nothing;"
                        + " each journal is forced to disk within --sync-interval-ms, so a power cut loses at most that much),"
                        + " always (acknowledge only after the disk is forced: survives a power cut, slower), or"
                        + " never (leave it to the operating system)."
            })
    String fsync;

    @Option(
            names = "--sync-interval-ms",
            paramLabel = "MS",
            defaultValue = "" + SummitServer.Config.DEFAULT_SYNC_INTERVAL_MS,
            description = "With --fsync interval, how long a written journal may wait to be forced to disk"
                    + " (the forces are spread over it). Default: ${DEFAULT-VALUE}.")
    long syncIntervalMs;

    @Option(
            names = "--tls-cert",
            paramLabel = "FILE",
            description = "Serve TLS with this certificate (PEM, the full chain); clients connect to tls://HOST:PORT,"
                    + " browsers to wss://HOST:PORT/ws. Needs --tls-key.")
    Path tlsCert;

    @Option(
            names = "--tls-key",
            paramLabel = "FILE",
            description = "The certificate's private key (PEM, PKCS#8, unencrypted).")
    Path tlsKey;

    @Option(
            names = "--require-key",
            description = "Only those with the facilitator key may create rooms. The server makes a key and prints"
                    + " it at start; give it to `summit class create --key`. Use it when strangers can reach the"
                    + " server (docs/FACILITATOR.md).")
    boolean requireKey;

    @Option(
            names = "--rooms-per-address",
            paramLabel = "N",
            defaultValue = "" + SummitServer.Config.DEFAULT_ROOMS_PER_ADDRESS,
            description = "How many rooms one address may create at once; then one more every two minutes."
                    + " Default: ${DEFAULT-VALUE}.")
    int roomsPerAddress;

    @Option(
            names = "--scenarios",
            paramLabel = "DIR",
            description = {
                "A folder of scenario files to offer, besides <data>/scenarios (which is always read);"
                        + " repeat for several. Files are read again whenever scenarios are listed or a room is"
                        + " created, so a saved file is on offer at once; a file with problems is listed with them"
                        + " (and logged) instead."
            })
    List<Path> scenarioDirs = new ArrayList<>();

    @Option(
            names = "--allow-uploads",
            description = "Let facilitators upload scenario files (`summit class create --scenario FILE`)."
                    + " Each upload is validated and offered only to the facilitator who sent it.")
    boolean allowUploads;

    @Option(
            names = "--allow-origin",
            paramLabel = "URL",
            description = {
                "Also let pages from this web origin (e.g. https://school.example) open a WebSocket to"
                        + " the server; repeat for several, or * for any (development only). By default only the"
                        + " server's own pages may (docs/BROWSER.md)."
            })
    List<String> allowedOrigins = new ArrayList<>();

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

    /** The one address to hand out: the student page, which asks for the join code. */
    static String browserAddress(boolean tls, String host, int port) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return (tls ? "https://" : "http://") + h + ":" + port + "/";
    }

    private TlsFiles tlsFiles() {
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new UserError("--tls-cert and --tls-key go together: the certificate and its private key.");
        }
        return tlsCert == null ? null : new TlsFiles(tlsCert, tlsKey);
    }

    /** The server this command line asks for; its teacher's page gets the console's reports. */
    public SummitServer.Config config() {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535.");
        }
        Durability durability;
        try {
            durability = Durability.parse(fsync);
        } catch (IllegalArgumentException e) {
            throw new UserError("--fsync: " + e.getMessage());
        }
        try {
            return SummitServer.Config.defaults().toBuilder()
                    .host(host)
                    .port(port)
                    .dataDir(data)
                    .durability(durability)
                    .syncIntervalMs(syncIntervalMs)
                    .roomQuota(roomsPerAddress, SummitServer.Config.DEFAULT_ROOM_REFILL_MS)
                    .facilitatorKey(requireKey ? FacilitatorKey.generate() : null)
                    .tls(tlsFiles())
                    .scenarioDirs(scenarioDirs)
                    .allowUploads(allowUploads)
                    .allowedOrigins(allowedOrigins)
                    .reports(new ServedReports(data))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        SummitServer.Config config = config();
        SummitServer server = new SummitServer(config);
        try {
            server.start();
        } catch (IOException e) {
            throw new UserError(e.getMessage()
                    + (e.getMessage().contains("in use")
                            ? " Another server may be running; choose another port with --port."
                            : ""));
        }
        PrintWriter out = spec.commandLine().getOut();
        server.runUntilShutdown(() -> {
            out.println("Summit server listening on " + host + ":" + server.port() + " (data in " + data + ", "
                    + server.restoredRooms() + " room" + (server.restoredRooms() == 1 ? "" : "s") + " restored).");
            out.println("Scenario folders: "
                    + String.join(
                            ", ",
                            server.config().scenarioFolders().stream()
                                    .map(Path::toString)
                                    .toList()) + (allowUploads ? "; uploads allowed." : "."));
            out.println("Students open in a browser: "
                    + browserAddress(config.tls() != null, joinAddress(), server.port()));
            out.println("Players join with: ./summit play " + (config.tls() == null ? "" : "tls://") + joinAddress()
                    + ":" + server.port()
                    + "   Stop with Ctrl-C.");
            if (config.facilitatorKey() != null) {
                out.println("Facilitator key (only for teachers): " + config.facilitatorKey());
                out.println("Create rooms with: ./summit class create --server "
                        + (config.tls() == null ? "" : "tls://") + joinAddress() + ":" + server.port()
                        + " --key " + config.facilitatorKey() + " --scenario ID");
            }
            out.flush();
        });
        int saved = server.savedRooms();
        out.println("Summit server stopped. " + saved + " room" + (saved == 1 ? " is" : "s are") + " saved in " + data
                + "; start the server again "
                + (data.normalize().equals(Path.of("./summit-data").normalize())
                        ? "in this folder"
                        : "with --data " + data)
                + " and " + (saved == 1 ? "it comes" : "they come")
                + " back where " + (saved == 1 ? "it was." : "they were."));
        out.flush();
        return 0;
    }
}
