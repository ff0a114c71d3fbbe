package org.summitsim.server;

import java.nio.file.Path;
import org.summitsim.server.journal.Durability;
import org.summitsim.server.session.FacilitatorKey;
import org.summitsim.server.transport.TlsFiles;

/**
 * Runs the server from a plain command line:
 * {@code java -cp ... org.summitsim.server.ServerMain [--host H] [--port P] [--data DIR]
 * [--fsync always|interval|never] [--sync-interval-ms MS] ...}. The launcher's {@code summit serve}
 * does the same through {@link SummitServer#runUntilShutdown()}. Prints one line
 * {@code listening on HOST:PORT} once the server accepts connections.
 */
public final class ServerMain {

    static final String USAGE = "Options: --host H, --port P, --data DIR, --fsync always|interval|never"
            + " (default interval; --no-fsync is --fsync never), --sync-interval-ms MS (default "
            + SummitServer.Config.DEFAULT_SYNC_INTERVAL_MS + "), --io-threads N, --bot-think-ms MS,"
            + " --max-connections-per-address N, --rooms-per-address N, --require-key,"
            + " --tls-cert FILE --tls-key FILE, --allow-origin URL (repeatable)";

    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        SummitServer.Config config;
        try {
            config = config(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SummitServer server = new SummitServer(config);
        server.runUntilShutdown(() -> {
            System.out.println("listening on " + server.config().host() + ":" + server.port() + " (data: "
                    + server.config().dataDir() + ", journal fsync: " + server.config().durability().label()
                    + ", rooms restored: " + server.restoredRooms() + ")");
            if (server.config().facilitatorKey() != null) {
                System.out.println("facilitator key: " + server.config().facilitatorKey());
            }
            System.out.flush();
        });
        System.exit(0);
    }

    /** The configuration the arguments ask for; a bad argument throws with a message for the user. */
    static SummitServer.Config config(String[] args) {
        SummitServer.Config.Builder b = SummitServer.Config.defaults().toBuilder();
        Path cert = null;
        Path key = null;
        java.util.List<String> origins = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--host" -> b.host(value(args, ++i, a));
                case "--port" -> b.port(number(args, ++i, a));
                case "--data" -> b.dataDir(Path.of(value(args, ++i, a)));
                case "--fsync" -> b.durability(durability(value(args, ++i, a)));
                case "--no-fsync" -> b.durability(Durability.NEVER);
                case "--sync-interval-ms" -> b.syncIntervalMs(number(args, ++i, a));
                case "--io-threads" -> b.ioThreads(number(args, ++i, a));
                case "--bot-think-ms" -> b.botThinkMs(number(args, ++i, a));
                case "--max-connections-per-address" -> b.maxConnectionsPerAddress(number(args, ++i, a));
                case "--rooms-per-address" -> b.roomQuota(number(args, ++i, a),
                        SummitServer.Config.DEFAULT_ROOM_REFILL_MS);
                case "--require-key" -> b.facilitatorKey(FacilitatorKey.generate());
                case "--tls-cert" -> cert = Path.of(value(args, ++i, a));
                case "--tls-key" -> key = Path.of(value(args, ++i, a));
                case "--allow-origin" -> origins.add(value(args, ++i, a));
                default -> throw new IllegalArgumentException("Unknown option " + a + ". " + USAGE);
            }
        }
        if ((cert == null) != (key == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together: the certificate and its private"
                    + " key, both PEM files.");
        }
        return b.tls(cert == null ? null : new TlsFiles(cert, key)).allowedOrigins(origins).build();
    }

    private static Durability durability(String text) {
        try {
            return Durability.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fsync: " + e.getMessage());
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return args[i];
    }

    private static int number(String[] args, int i, String option) {
        String v = value(args, i, option);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not \"" + v + "\".");
        }
    }
}
