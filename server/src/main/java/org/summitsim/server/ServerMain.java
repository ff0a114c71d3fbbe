package org.summitsim.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.summitsim.server.journal.Durability;
import org.summitsim.server.session.FacilitatorKey;
import org.summitsim.server.transport.TlsFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Runs the server from a plain command line:
 * {@code java -cp ... org.summitsim.server.ServerMain [--host H] [--port P] [--data DIR]
 * [--fsync always|interval|never] [--sync-interval-ms MS] ...} ({@code --help} lists them all). The
 * launcher's {@code summit serve} does the same through {@link SummitServer#runUntilShutdown()}.
 * Prints one line {@code listening on HOST:PORT} once the server accepts connections. A bad option
 * is refused with one line saying why, the usage, and exit code 2.
 */
@Command(
        name = "ServerMain",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Runs the Summit game server until SIGTERM or Ctrl-C; prints 'listening on HOST:PORT' once it accepts"
                    + " connections. Rooms are journaled under --data, so a restarted server resumes them."
        })
public final class ServerMain implements Callable<Integer> {

    private static final SummitServer.Config DEFAULTS = SummitServer.Config.defaults();

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    @Option(names = "--host", paramLabel = "H", description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
    String host = DEFAULTS.host();

    @Option(
            names = "--port",
            paramLabel = "P",
            description = "Port to listen on, 0 for any free one." + " Default: ${DEFAULT-VALUE}.")
    int port = DEFAULTS.port();

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Directory for the room journals." + " Default: ${DEFAULT-VALUE}.")
    Path data = DEFAULTS.dataDir();

    private Durability durability = DEFAULTS.durability();

    @Option(
            names = "--sync-interval-ms",
            paramLabel = "MS",
            description = "With --fsync interval, how long a written"
                    + " journal may wait to be forced to disk (the forces are spread over it), at least 1."
                    + " Default: ${DEFAULT-VALUE}.")
    long syncIntervalMs = DEFAULTS.syncIntervalMs();

    @Option(
            names = "--io-threads",
            paramLabel = "N",
            description = "Netty I/O threads; 0 lets Netty choose." + " Default: ${DEFAULT-VALUE}.")
    int ioThreads = DEFAULTS.ioThreads();

    @Option(
            names = "--bot-think-ms",
            paramLabel = "MS",
            description = "How long a bot thinks before it acts." + " Default: ${DEFAULT-VALUE}.")
    long botThinkMs = DEFAULTS.botThinkMs();

    @Option(
            names = "--max-connections-per-address",
            paramLabel = "N",
            description = "Connections one address may" + " hold at once. Default: ${DEFAULT-VALUE}.")
    int maxConnectionsPerAddress = DEFAULTS.maxConnectionsPerAddress();

    @Option(
            names = "--rooms-per-address",
            paramLabel = "N",
            description = "Rooms one address may create at once,"
                    + " at least 1; then one more every two minutes. Default: ${DEFAULT-VALUE}.")
    int roomsPerAddress = DEFAULTS.roomsPerAddress();

    @Option(
            names = "--require-key",
            description = "Only holders of the facilitator key may create rooms; the"
                    + " server makes one and prints it at start.")
    boolean requireKey;

    @Option(
            names = "--tls-cert",
            paramLabel = "FILE",
            description = "Serve TLS with this certificate (PEM);" + " needs --tls-key.")
    Path tlsCert;

    @Option(
            names = "--tls-key",
            paramLabel = "FILE",
            description = "The certificate's private key (PEM);" + " needs --tls-cert.")
    Path tlsKey;

    @Option(
            names = "--allow-origin",
            paramLabel = "URL",
            description = "Also let pages from this web origin open" + " a WebSocket; repeatable, * for any.")
    List<String> allowedOrigins = new ArrayList<>();

    private ServerMain() {}

    /** {@code --fsync}; the later of it and {@code --no-fsync} wins, as typed. */
    @Option(
            names = "--fsync",
            paramLabel = "always|interval|never",
            converter = DurabilityConverter.class,
            description = "When the journal is forced to disk: always (before each acknowledgement), interval"
                    + " (every --sync-interval-ms) or never. Default: interval.")
    void fsync(Durability value) {
        durability = value;
    }

    @Option(names = "--no-fsync", description = "The same as --fsync never.")
    void noFsync(boolean ignored) {
        durability = Durability.NEVER;
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /**
     * The configured command line: a usage error prints picocli's one-line message and the usage to
     * stderr and exits 2; a repeated option takes its last value.
     */
    static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new ServerMain());
        cli.setOverwrittenOptionsAllowed(true);
        cli.setExecutionExceptionHandler(ServerMain::cannotRun);
        cli.registerConverter(Integer.class, ServerMain::wholeNumber);
        cli.registerConverter(int.class, ServerMain::wholeNumber);
        cli.registerConverter(Long.class, ServerMain::longWholeNumber);
        cli.registerConverter(long.class, ServerMain::longWholeNumber);
        return cli;
    }

    /**
     * A server that cannot start or stops on an error says why in one sentence (exit 1); the
     * stack trace goes to the log at debug level, for whoever needs it.
     */
    private static int cannotRun(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        LOG.debug("the server stopped", e);
        String reason = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().strip();
        reason = reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
        cli.getErr()
                .println("The server could not run: " + reason
                        + (reason.contains("in use")
                                ? ". Another server may be using that port; choose another with --port."
                                : "."));
        cli.getErr().flush();
        return 1;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServerMain.class);

    /** The configuration the arguments ask for, without starting anything; bad ones throw {@link ParameterException}. */
    static SummitServer.Config config(String... args) {
        CommandLine cli = newCommandLine();
        cli.parseArgs(args);
        return cli.<ServerMain>getCommand().settings();
    }

    /** The configuration the parsed options ask for; a bad combination throws a {@link ParameterException}. */
    SummitServer.Config settings() {
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--tls-cert and --tls-key go together: the certificate" + " and its private key, both PEM files.");
        }
        try {
            return DEFAULTS.toBuilder()
                    .host(host)
                    .port(port)
                    .dataDir(data)
                    .durability(durability)
                    .syncIntervalMs(syncIntervalMs)
                    .ioThreads(ioThreads)
                    .botThinkMs(botThinkMs)
                    .maxConnectionsPerAddress(maxConnectionsPerAddress)
                    .roomQuota(roomsPerAddress, SummitServer.Config.DEFAULT_ROOM_REFILL_MS)
                    .facilitatorKey(requireKey ? FacilitatorKey.generate() : null)
                    .tls(tlsCert == null ? null : new TlsFiles(tlsCert, tlsKey))
                    .allowedOrigins(allowedOrigins)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    @Override
    public Integer call() throws Exception {
        SummitServer server = new SummitServer(settings());
        server.runUntilShutdown(() -> {
            System.out.println("listening on " + server.config().host() + ":" + server.port() + " (data: "
                    + server.config().dataDir() + ", journal fsync: "
                    + server.config().durability().label()
                    + ", rooms restored: " + server.restoredRooms() + ")");
            if (server.config().facilitatorKey() != null) {
                System.out.println("facilitator key: " + server.config().facilitatorKey());
            }
            System.out.flush();
        });
        return 0;
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number.");
        }
    }

    private static Long longWholeNumber(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number.");
        }
    }

    /** {@code --fsync}'s value, refused with the modes there are. */
    static final class DurabilityConverter implements ITypeConverter<Durability> {
        @Override
        public Durability convert(String text) {
            try {
                return Durability.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
