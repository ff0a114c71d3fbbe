package org.summitsim.server;

import java.nio.file.Path;

/**
 * Runs the server from a plain command line:
 * {@code java -cp ... org.summitsim.server.ServerMain [--host H] [--port P] [--data DIR] [--no-fsync]}.
 * The launcher's {@code summit serve} does the same through {@link SummitServer#runUntilShutdown()}.
 * Prints one line {@code listening on HOST:PORT} once the server accepts connections.
 */
public final class ServerMain {

    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        SummitServer.Config.Builder b = SummitServer.Config.defaults().toBuilder();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--host" -> b.host(value(args, ++i, a));
                case "--port" -> b.port(Integer.parseInt(value(args, ++i, a)));
                case "--data" -> b.dataDir(Path.of(value(args, ++i, a)));
                case "--no-fsync" -> b.fsync(false);
                case "--bot-think-ms" -> b.botThinkMs(Long.parseLong(value(args, ++i, a)));
                case "--max-connections-per-address" -> b.maxConnectionsPerAddress(Integer.parseInt(value(args, ++i, a)));
                default -> {
                    System.err.println("Unknown option " + a
                            + ". Options: --host H, --port P, --data DIR, --no-fsync, --bot-think-ms MS,"
                            + " --max-connections-per-address N");
                    System.exit(2);
                }
            }
        }
        SummitServer server = new SummitServer(b.build());
        server.runUntilShutdown(() -> {
            System.out.println("listening on " + server.config().host() + ":" + server.port() + " (data: "
                    + server.config().dataDir() + ", rooms restored: " + server.restoredRooms() + ")");
            System.out.flush();
        });
        System.exit(0);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            System.err.println(option + " needs a value.");
            System.exit(2);
        }
        return args[i];
    }
}
