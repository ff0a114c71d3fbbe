// Long on purpose: the embeddable server's front door: its documented Config, then its start and stop order.
package org.summitsim.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.RoomSummary;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.server.journal.Durability;
import org.summitsim.server.journal.JournalWriter;
import org.summitsim.server.report.ReportDesk;
import org.summitsim.server.report.ReportMaker;
import org.summitsim.server.room.BotFactory;
import org.summitsim.server.room.Room;
import org.summitsim.server.room.RoomContext;
import org.summitsim.server.room.RoomRegistry;
import org.summitsim.server.scenario.ScenarioLibrary;
import org.summitsim.server.session.FacilitatorKey;
import org.summitsim.server.session.HandshakeSession;
import org.summitsim.server.session.Lobby;
import org.summitsim.server.transport.AddressLimits;
import org.summitsim.server.transport.Connection;
import org.summitsim.server.transport.ConnectionGuard;
import org.summitsim.server.transport.ServerInitializer;
import org.summitsim.server.transport.ServerTls;
import org.summitsim.server.transport.TlsFiles;
import org.summitsim.server.transport.Transport;
import org.summitsim.server.web.OriginPolicy;
import org.summitsim.server.web.WebSite;

/**
 * The Summit game server, embeddable: {@code new SummitServer(config).start()}, then
 * {@link #port()}, and {@link #close()} when done (or {@link #runUntilShutdown()} to serve until
 * SIGTERM or Ctrl-C). On start it restores every room from its journal under the data directory.
 */
public final class SummitServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SummitServer.class);

    private final Config config;
    private final ScenarioLibrary scenarios;
    private final BotFactory bots;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closed = new CountDownLatch(1);
    private Transport transport;
    private JournalWriter journals;
    private RoomRegistry registry;
    private Lobby lobby;
    private ReportDesk reports;
    private Channel channel;
    private int restored;
    private volatile int savedAtClose;
    private boolean started;
    private boolean closing;

    public SummitServer(Config config) {
        this(
                config,
                new ScenarioLibrary(SummitServer.class.getClassLoader(), config.scenarioFolders()),
                BotFactory.builtIn(config.botThinkMs()));
    }

    public SummitServer(Config config, ScenarioLibrary scenarios, BotFactory bots) {
        this.config = config;
        this.scenarios = scenarios;
        this.bots = bots;
    }

    /** Restores the rooms in the data directory and starts listening. */
    public synchronized SummitServer start() throws IOException {
        if (started) {
            return this;
        }
        // Before anything starts: a wrong certificate file stops the server with nothing to undo.
        SslContext tls = config.tls() == null ? null : ServerTls.context(config.tls());
        started = true;
        Files.createDirectories(config.dataDir());
        transport = Transport.create(config.ioThreads(), config.nativeTransport());
        journals = new JournalWriter(config.journalThreads(), config.durability(), config.syncIntervalMs());
        registry = new RoomRegistry(config.dataDir(), journals, transport.workers(), scenarios, config.maxRooms());
        AddressLimits limits = new AddressLimits(
                config.maxConnectionsPerAddress(),
                config.joinAttempts(),
                config.joinAttemptRefillMs(),
                config.roomsPerAddress(),
                config.roomRefillMs());
        lobby = new Lobby(
                registry,
                scenarios,
                bots,
                limits,
                FacilitatorKey.of(config.facilitatorKey()),
                new ServerMessage.HelloOk.Limits(
                        config.frameBytes(),
                        org.summitsim.protocol.Limits.NAME,
                        config.ratePerSecond(),
                        config.burst()),
                config.heartbeatMs(),
                config.idleTimeoutMs());
        lobby.allowUploads(config.allowUploads());
        reports = new ReportDesk(config.reports());
        lobby.reports(reports);
        registry.context(
                new RoomContext(System::currentTimeMillis, bots, registry, registry::finished, registry::expired));
        restored = registry.restoreAll();
        var listing = scenarios.listing(); // reads the folders now, so their problems are in the log at start
        LOG.info(
                "{} scenarios on offer ({} files in the scenario folders cannot be played)",
                listing.scenarios().size(),
                listing.invalid().size());
        HandshakeSession handshake = new HandshakeSession(lobby);
        ServerInitializer initializer = new ServerInitializer(
                new ServerInitializer.Settings(
                        config.frameBytes(),
                        config.heartbeatMs(),
                        config.idleTimeoutMs(),
                        config.ratePerSecond(),
                        config.burst(),
                        WebSite.packaged(),
                        new OriginPolicy(config.allowedOrigins()),
                        reports),
                new ConnectionGuard(limits),
                () -> handshake,
                c -> {
                    connections.add(c);
                    c.channel().closeFuture().addListener(f -> connections.remove(c));
                },
                tls);
        ServerBootstrap b = new ServerBootstrap()
                .group(transport.boss(), transport.workers())
                .channel(transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(
                        ChannelOption.WRITE_BUFFER_WATER_MARK,
                        new WriteBufferWaterMark(config.writeBufferBytes() / 4, config.writeBufferBytes()))
                .childHandler(initializer);
        try {
            channel = b.bind(config.host(), config.port()).syncUninterruptibly().channel();
        } catch (Exception e) {
            close();
            throw new IOException("Cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        LOG.info(
                "Summit server listening on {} ({} transport{}, {} rooms restored)",
                channel.localAddress(),
                transport.isNative() ? "epoll" : "nio",
                config.tls() == null ? "" : ", TLS",
                restored);
        return this;
    }

    public Config config() {
        return config;
    }

    /** The port the server listens on (useful with port 0). */
    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** How many rooms were restored from journals at start. */
    public int restoredRooms() {
        return restored;
    }

    /** How many rooms were open when the server closed: each journal is complete on disk. */
    public int savedRooms() {
        return savedAtClose;
    }

    /** The public facts of every room, as {@code list_rooms} shows them. */
    public List<RoomSummary> rooms() {
        return registry.summaries();
    }

    /** A new room, as if created by a client; for launchers and tests. Join it with its code. */
    public Created createRoom(String scenario, String optionsJson) {
        var s = scenarios.file(scenario).orElseThrow(() -> new IllegalArgumentException("no scenario " + scenario));
        try {
            var node = optionsJson == null
                    ? null
                    : org.summitsim.core.json.Json.mapper().readTree(optionsJson);
            Room room = registry.create(s, org.summitsim.server.room.RoomOptions.parse(node, s.scenario(), bots), null)
                    .join();
            return new Created(room.id(), room.code(), room.facilitatorToken());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof IOException io ? new java.io.UncheckedIOException(io) : e;
        }
    }

    /** A room made with {@link #createRoom}: its id, join code and facilitator token. */
    public record Created(String room, String code, String facilitatorToken) {}

    /**
     * Starts (if needed) and serves until SIGTERM or SIGINT, then shuts down cleanly and returns,
     * so the caller can exit with status 0.
     */
    public void runUntilShutdown() throws IOException, InterruptedException {
        runUntilShutdown(() -> {});
    }

    /**
     * As {@link #runUntilShutdown()}, running {@code ready} once SIGTERM is handled: announce the
     * server there, so that nobody who saw the announcement can stop it ungracefully.
     */
    public void runUntilShutdown(Runnable ready) throws IOException, InterruptedException {
        start();
        CountDownLatch stop = new CountDownLatch(1);
        for (String name : List.of("TERM", "INT")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> stop.countDown());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                LOG.debug("cannot handle SIG{}: {}", name, e.getMessage());
            }
        }
        Thread hook = new Thread(this::close, "summit-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ready.run();
        Thread waiter = new Thread(
                () -> {
                    try {
                        closed.await();
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                    stop.countDown();
                },
                "summit-wait");
        waiter.setDaemon(true);
        waiter.start();
        stop.await();
        close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The JVM is exiting anyway; the hook has run close() or will find it done.
        }
    }

    /**
     * Stops accepting connections, lets every room finish writing its journal, sends each
     * client {@code bye}, closes everything. Safe to call more than once.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closing || !started) {
                closed.countDown();
                return;
            }
            closing = true;
        }
        LOG.info("Summit server shutting down");
        if (lobby != null) {
            lobby.shuttingDown();
        }
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        if (registry != null) {
            savedAtClose = registry.rooms().size();
            registry.shutdownAll();
            awaitRoomsQuiet(5_000);
        }
        for (Connection c : connections) {
            c.bye(
                    ErrorCodes.SERVER_SHUTDOWN,
                    "The server is shutting down. Reconnect with your token when it is back.");
        }
        long until = System.currentTimeMillis() + 2_000;
        while (!connections.isEmpty() && System.currentTimeMillis() < until) {
            sleep(10);
        }
        if (journals != null) {
            journals.close();
        }
        if (reports != null) {
            reports.close();
        }
        if (transport != null) {
            transport.close();
        }
        LOG.info("Summit server stopped");
        closed.countDown();
    }

    private void awaitRoomsQuiet(long timeoutMs) {
        long until = System.currentTimeMillis() + timeoutMs;
        for (Room r : registry.rooms()) {
            while (System.currentTimeMillis() < until) {
                CompletableFuture<Boolean> quiet = new CompletableFuture<>();
                r.execute(() -> quiet.complete(r.quiet()));
                try {
                    if (quiet.get(Math.max(1, until - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) {
                        break;
                    }
                } catch (Exception e) {
                    break;
                }
                sleep(5);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * How a server runs. {@link #defaults()} is what {@code summit serve} uses; change a few
     * fields with {@link #toBuilder()}: {@code Config.defaults().toBuilder().port(0).build()}.
     *
     * @param port 0 picks a free port (read it back with {@link SummitServer#port()})
     * @param durability when a journal record counts as stored and its event and ack may go out
     *                   ({@link Durability}): by default once written to the OS, which a killed server
     *                   cannot lose, each written journal forced within {@code syncIntervalMs} in the background;
     *                   {@code ALWAYS} waits for the fsync of each batch; {@code NEVER} never forces
     * @param syncIntervalMs how long a written journal may wait to be forced to disk with {@code INTERVAL}
     *                       (the forces spread over it): at most about this much acknowledged play is
     *                       lost if the machine loses power
     * @param ioThreads event loop threads for connections and rooms (0: twice the cores)
     * @param journalThreads threads writing journals; more lets the disk sync several rooms at once
     * @param maxRooms how many rooms in play (not finished) the server holds; {@code create_room} beyond
     *                 that is refused with {@code too_many_rooms}. Finished rooms do not count
     * @param roomsPerAddress how many rooms one address (an IPv6 /64) may create in a burst; then one more
     *                        per {@code roomRefillMs}. Beyond that {@code create_room} is refused with
     *                        {@code room_quota}, so one client cannot fill the room limit
     * @param facilitatorKey when not null, {@code create_room} must carry this key ({@code key_required})
     * @param tls the certificate and private key to serve TLS with (line clients and {@code wss://}); null
     *            for plain TCP
     * @param scenarioDirs scenario folders besides {@code <dataDir>/scenarios}, which is always read
     * @param allowUploads whether facilitators may upload scenario files ({@code upload_scenario})
     * @param allowedOrigins web origins besides the server's own whose pages may open a WebSocket
     *                       ({@code http://host:port}, or {@code *} for any); see {@link OriginPolicy}
     * @param reports makes a room's debrief for its facilitator ({@code get_report}, the teacher's page);
     *                null: this server makes no reports ({@code summit serve} gives the console's)
     */
    public record Config(
            String host,
            int port,
            Path dataDir,
            Durability durability,
            long syncIntervalMs,
            int ioThreads,
            int journalThreads,
            int frameBytes,
            long heartbeatMs,
            long idleTimeoutMs,
            int ratePerSecond,
            int burst,
            int maxConnectionsPerAddress,
            int joinAttempts,
            long joinAttemptRefillMs,
            int maxRooms,
            long botThinkMs,
            boolean nativeTransport,
            int writeBufferBytes,
            int roomsPerAddress,
            long roomRefillMs,
            String facilitatorKey,
            TlsFiles tls,
            List<Path> scenarioDirs,
            boolean allowUploads,
            List<String> allowedOrigins,
            ReportMaker reports) {

        public Config {
            scenarioDirs = List.copyOf(scenarioDirs);
            allowedOrigins = List.copyOf(allowedOrigins);
        }

        /** Where the server looks for scenario files: {@code <dataDir>/scenarios}, then {@code scenarioDirs}. */
        public List<Path> scenarioFolders() {
            java.util.List<Path> all = new java.util.ArrayList<>();
            all.add(dataDir.resolve("scenarios"));
            scenarioDirs.forEach(d -> {
                if (!all.contains(d)) {
                    all.add(d);
                }
            });
            return all;
        }

        public static final String DEFAULT_HOST = "127.0.0.1";
        public static final int DEFAULT_PORT = 7777;
        public static final long DEFAULT_SYNC_INTERVAL_MS = 1000;
        /** A teacher creating a dozen parallel worlds twice in a lesson stays well inside this. */
        public static final int DEFAULT_ROOMS_PER_ADDRESS = 30;

        public static final long DEFAULT_ROOM_REFILL_MS = 120_000;

        public static Config defaults() {
            return new Config(
                    DEFAULT_HOST,
                    DEFAULT_PORT,
                    Path.of("summit-data"),
                    Durability.INTERVAL,
                    DEFAULT_SYNC_INTERVAL_MS,
                    0,
                    16,
                    64 * 1024,
                    30_000,
                    90_000,
                    20,
                    40,
                    256,
                    10,
                    6_000,
                    1_000,
                    700,
                    true,
                    1024 * 1024,
                    DEFAULT_ROOMS_PER_ADDRESS,
                    DEFAULT_ROOM_REFILL_MS,
                    null,
                    null,
                    List.of(),
                    false,
                    List.of(),
                    null);
        }

        public Builder toBuilder() {
            return new Builder(this);
        }

        /** Changes a few fields of a config: {@code Config.defaults().toBuilder().port(0).build()}. */
        public static final class Builder {
            private String host;
            private int port;
            private Path dataDir;
            private Durability durability;
            private long syncIntervalMs;
            private int ioThreads;
            private int journalThreads;
            private int frameBytes;
            private long heartbeatMs;
            private long idleTimeoutMs;
            private int ratePerSecond;
            private int burst;
            private int maxConnectionsPerAddress;
            private int joinAttempts;
            private long joinAttemptRefillMs;
            private int maxRooms;
            private long botThinkMs;
            private boolean nativeTransport;
            private int writeBufferBytes;
            private int roomsPerAddress;
            private long roomRefillMs;
            private String facilitatorKey;
            private TlsFiles tls;
            private List<Path> scenarioDirs;
            private boolean allowUploads;
            private List<String> allowedOrigins;
            private ReportMaker reports;

            private Builder(Config c) {
                host = c.host;
                port = c.port;
                dataDir = c.dataDir;
                durability = c.durability;
                syncIntervalMs = c.syncIntervalMs;
                ioThreads = c.ioThreads;
                journalThreads = c.journalThreads;
                frameBytes = c.frameBytes;
                heartbeatMs = c.heartbeatMs;
                idleTimeoutMs = c.idleTimeoutMs;
                ratePerSecond = c.ratePerSecond;
                burst = c.burst;
                maxConnectionsPerAddress = c.maxConnectionsPerAddress;
                joinAttempts = c.joinAttempts;
                joinAttemptRefillMs = c.joinAttemptRefillMs;
                maxRooms = c.maxRooms;
                botThinkMs = c.botThinkMs;
                nativeTransport = c.nativeTransport;
                writeBufferBytes = c.writeBufferBytes;
                roomsPerAddress = c.roomsPerAddress;
                roomRefillMs = c.roomRefillMs;
                facilitatorKey = c.facilitatorKey;
                tls = c.tls;
                scenarioDirs = c.scenarioDirs;
                allowUploads = c.allowUploads;
                allowedOrigins = c.allowedOrigins;
                reports = c.reports;
            }

            public Builder host(String v) {
                host = v;
                return this;
            }

            public Builder port(int v) {
                port = v;
                return this;
            }

            public Builder dataDir(Path v) {
                dataDir = v;
                return this;
            }

            public Builder durability(Durability v) {
                durability = java.util.Objects.requireNonNull(v);
                return this;
            }

            public Builder syncIntervalMs(long v) {
                syncIntervalMs = v;
                return this;
            }
            /** Shorthand: {@code true} is {@link Durability#ALWAYS}, {@code false} {@link Durability#NEVER}. */
            public Builder fsync(boolean v) {
                return durability(v ? Durability.ALWAYS : Durability.NEVER);
            }

            public Builder ioThreads(int v) {
                ioThreads = v;
                return this;
            }

            public Builder journalThreads(int v) {
                journalThreads = v;
                return this;
            }

            public Builder frameBytes(int v) {
                frameBytes = v;
                return this;
            }

            public Builder heartbeatMs(long v) {
                heartbeatMs = v;
                return this;
            }

            public Builder idleTimeoutMs(long v) {
                idleTimeoutMs = v;
                return this;
            }

            public Builder rate(int perSecond, int burstSize) {
                ratePerSecond = perSecond;
                burst = burstSize;
                return this;
            }

            public Builder maxConnectionsPerAddress(int v) {
                maxConnectionsPerAddress = v;
                return this;
            }

            public Builder joinAttempts(int attempts, long refillMs) {
                joinAttempts = attempts;
                joinAttemptRefillMs = refillMs;
                return this;
            }

            public Builder maxRooms(int v) {
                maxRooms = v;
                return this;
            }

            public Builder botThinkMs(long v) {
                botThinkMs = v;
                return this;
            }

            public Builder nativeTransport(boolean v) {
                nativeTransport = v;
                return this;
            }

            public Builder writeBufferBytes(int v) {
                writeBufferBytes = v;
                return this;
            }

            public Builder roomQuota(int rooms, long refillMs) {
                roomsPerAddress = rooms;
                roomRefillMs = refillMs;
                return this;
            }

            public Builder facilitatorKey(String v) {
                facilitatorKey = v;
                return this;
            }

            public Builder tls(TlsFiles v) {
                tls = v;
                return this;
            }

            public Builder scenarioDirs(List<Path> v) {
                scenarioDirs = List.copyOf(v);
                return this;
            }

            public Builder allowUploads(boolean v) {
                allowUploads = v;
                return this;
            }

            public Builder allowedOrigins(List<String> v) {
                allowedOrigins = List.copyOf(v);
                return this;
            }

            public Builder reports(ReportMaker v) {
                reports = v;
                return this;
            }

            public Config build() {
                // The check users meet: both command lines pass its message on as it is.
                if (syncIntervalMs < 1) {
                    throw new IllegalArgumentException(
                            "--sync-interval-ms must be at least 1 (milliseconds), not " + syncIntervalMs + ".");
                }
                if (roomsPerAddress < 1) {
                    throw new IllegalArgumentException(
                            "--rooms-per-address must be at least 1, not " + roomsPerAddress + ".");
                }
                new OriginPolicy(allowedOrigins); // the check users meet for --allow-origin
                return new Config(
                        host,
                        port,
                        dataDir,
                        durability,
                        syncIntervalMs,
                        ioThreads,
                        journalThreads,
                        frameBytes,
                        heartbeatMs,
                        idleTimeoutMs,
                        ratePerSecond,
                        burst,
                        maxConnectionsPerAddress,
                        joinAttempts,
                        joinAttemptRefillMs,
                        maxRooms,
                        botThinkMs,
                        nativeTransport,
                        writeBufferBytes,
                        roomsPerAddress,
                        roomRefillMs,
                        facilitatorKey,
                        tls,
                        scenarioDirs,
                        allowUploads,
                        allowedOrigins,
                        reports);
            }
        }
    }
}
