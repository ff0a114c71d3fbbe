package org.summitsim.tools.load;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.summitsim.client.cli.HostPort;
import org.summitsim.server.SummitServer;
import org.summitsim.server.journal.Durability;
import org.summitsim.tools.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The load generator: N connections across M rooms send a realistic mix of commands at a set
 * rate; it reports messages per second in and out and round-trip latency percentiles. With
 * {@code --baseline} it then runs the same load against a plain Netty broadcast server (in this
 * process, or with {@code --baseline-server} one started by {@link BroadcastBaseline#main}) and
 * prints Summit's delivered throughput as a share of it. Without {@code --server} it measures an
 * embedded server with the journal durability {@code --fsync} asks for. {@code --transport ws}
 * sends the same commands as WebSocket text frames (rooms are still created over TCP). The load
 * average is printed before and after each measurement: on a shared machine it says how far to
 * trust it. {@link SideBySide} runs Summit and the baseline in turns, each in its own JVM. See
 * docs/PERFORMANCE.md.
 *
 * <pre>
 * java -jar tools/target/summit-tools.jar load \
 *     [--server HOST:PORT] [--rooms 100] [--clients 20] [--rate 2] [--warmup 5] [--duration 20]
 *     [--mix realistic|floor] [--transport tcp|ws] [--scenario ID] [--baseline]
 *     [--baseline-server HOST:PORT] [--baseline-only] [--fsync always|interval|never] [--idle N]
 * </pre>
 */
@Command(
        name = "load",
        sortOptions = false,
        description = {
            "The load generator (LoadGenerator): clients across rooms send a realistic mix of commands at a set rate;"
                    + " prints messages per second and round-trip percentiles. Without --server it measures an embedded"
                    + " server; --baseline also measures the plain Netty broadcast server."
        })
public final class LoadGenerator implements Callable<Integer> {

    @Mixin
    ToolCommand.Help help;

    @Option(
            names = "--server",
            paramLabel = "HOST:PORT",
            description = "The Summit server to measure; without it, an embedded one in this JVM.")
    String server;

    @Option(names = "--rooms", paramLabel = "N", description = "Rooms. Default: ${DEFAULT-VALUE}.")
    int rooms = 100;

    @Option(names = "--clients", paramLabel = "N", description = "Clients per room. Default: ${DEFAULT-VALUE}.")
    int clients = 20;

    @Option(
            names = "--rate",
            paramLabel = "PER-SECOND",
            description = "Commands per second from each client. Default: ${DEFAULT-VALUE}.")
    double rate = 2;

    @Option(
            names = "--warmup",
            paramLabel = "SECONDS",
            description = "Load before measuring. Default: ${DEFAULT-VALUE}.")
    int warmup = 5;

    @Option(
            names = "--duration",
            paramLabel = "SECONDS",
            description = "How long to measure (with --idle: to hold the connections). Default: ${DEFAULT-VALUE}.")
    int duration = 20;

    @Option(
            names = "--mix",
            paramLabel = "realistic|floor",
            converter = MixConverter.class,
            description = "realistic (floor statements, private messages, amendments, votes, co-sponsorships) or floor"
                    + " (only floor statements: full fan-out). Default: realistic.")
    Mix mix = Mix.REALISTIC;

    @Option(
            names = "--transport",
            paramLabel = "tcp|ws",
            converter = TransportConverter.class,
            description = "Plain TCP lines or WebSocket text frames (rooms are still created over TCP). Default: tcp.")
    LoadTransport transport = LoadTransport.TCP;

    @Option(names = "--scenario", paramLabel = "ID", description = "The rooms' scenario. Default: ${DEFAULT-VALUE}.")
    String scenario = "hague-2023";

    @Option(names = "--baseline", description = "Also measure the plain Netty broadcast server, in this process.")
    boolean baseline;

    @Option(
            names = "--baseline-server",
            paramLabel = "HOST:PORT",
            description = "Measure this baseline (summit-tools baseline) instead of one in this process; implies"
                    + " --baseline.")
    String baselineServer;

    @Option(names = "--baseline-only", description = "Measure only the baseline; implies --baseline.")
    boolean baselineOnly;

    @Option(
            names = "--fsync",
            paramLabel = "always|interval|never",
            converter = DurabilityConverter.class,
            description = "The embedded server's journal mode (true is always, false never). Default: interval.")
    Durability durability = Durability.INTERVAL;

    @Option(
            names = "--idle",
            paramLabel = "N",
            description = "Instead of a load: open N connections to --server that only say hello, and hold them.")
    int idle;

    public static void main(String[] args) {
        System.exit(ToolCommand.run(new LoadGenerator(), args));
    }

    @Override
    public Integer call() throws Exception {
        baseline |= baselineOnly || baselineServer != null;
        run();
        return 0;
    }

    private void run() throws Exception {
        try (ClientLoops loops = ClientLoops.create()) {
            if (idle > 0) {
                idle(loops);
                return;
            }
            Load load = new Load(rooms, clients, rate, mix == Mix.FLOOR);
            LoadResult summit = baselineOnly ? null : summit(loops, load);
            if (baseline) {
                try (BroadcastBaseline b = baselineServer == null
                        ? new BroadcastBaseline(loops.group(), loops.group(), loops.serverChannel(), 0, transport)
                        : null) {
                    HostPort at = b != null ? new HostPort("127.0.0.1", b.port()) : HostPort.parse(baselineServer);
                    LoadResult base = LoadRun.measure(
                            loops,
                            transport,
                            at.host(),
                            at.port(),
                            SummitRooms.groups("g", rooms),
                            load,
                            warmup,
                            duration);
                    System.out.println(base.line("Plain Netty broadcast (" + transport.label() + ")"));
                    if (summit != null) {
                        System.out.printf(
                                Locale.ROOT,
                                "Summit delivered %.0f%% of the baseline's messages per second%n",
                                100.0 * summit.outPerSecond() / base.outPerSecond());
                    }
                }
            }
        }
    }

    private LoadResult summit(ClientLoops loops, Load load) throws Exception {
        SummitServer embedded = null;
        String host = "127.0.0.1";
        int port;
        if (server == null) {
            Path data = Files.createTempDirectory("summit-load-");
            embedded = new SummitServer(SummitServer.Config.defaults().toBuilder()
                            .port(0)
                            .dataDir(data)
                            .durability(durability)
                            .maxConnectionsPerAddress(1_000_000)
                            .idleTimeoutMs(600_000)
                            .maxRooms(100_000)
                            .roomQuota(1_000_000, 1)
                            .build())
                    .start();
            port = embedded.port();
        } else {
            HostPort at = HostPort.parse(server);
            host = at.host();
            port = at.port();
        }
        try {
            System.out.printf(
                    Locale.ROOT,
                    "Summit: %d rooms x %d clients, %.1f msg/s each, mix %s, fsync %s, %s, %s%n",
                    rooms,
                    clients,
                    rate,
                    mix == Mix.FLOOR ? "floor" : "realistic",
                    server == null ? durability.label() + " (embedded server)" : "(the server's own)",
                    transport.label(),
                    loops.epoll() ? "epoll" : "nio");
            List<String> codes = SummitRooms.create(host, port, scenario, rooms);
            LoadResult summit = LoadRun.measure(loops, transport, host, port, codes, load, warmup, duration);
            System.out.println(summit.line("Summit (" + transport.label() + ")"));
            return summit;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** Opens {@code idle} connections that only say hello, holds them, and reports when they are up. */
    private void idle(ClientLoops loops) throws Exception {
        HostPort at = HostPort.parse(server);
        List<Channel> open = new ArrayList<>();
        for (int i = 0; i < idle; i++) {
            open.add(loops.connect(at.host(), at.port(), transport, new ChannelInboundHandlerAdapter() {
                @Override
                public void channelActive(ChannelHandlerContext ctx) {
                    ctx.writeAndFlush(
                            Unpooled.copiedBuffer("{\"type\":\"hello\",\"protocol\":1}\n", StandardCharsets.UTF_8));
                }

                @Override
                public void channelRead(ChannelHandlerContext ctx, Object msg) {
                    ReferenceCountUtil.release(msg);
                }
            }));
        }
        System.out.println(
                idle + " idle connections open (" + transport.label() + "); holding them for " + duration + " s");
        System.out.flush();
        Thread.sleep(duration * 1000L);
        System.out.println(
                "still open: " + open.stream().filter(Channel::isActive).count());
        open.forEach(Channel::close);
    }

    /** {@code --fsync}: a journal mode, or true and false as before the modes. */
    static final class DurabilityConverter implements ITypeConverter<Durability> {
        @Override
        public Durability convert(String value) {
            try {
                return switch (value) {
                    case "true" -> Durability.ALWAYS;
                    case "false" -> Durability.NEVER;
                    default -> Durability.parse(value);
                };
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** What the clients send: the realistic mix, or only floor statements. */
    enum Mix {
        REALISTIC,
        FLOOR
    }

    /** {@code --mix}. */
    static final class MixConverter implements ITypeConverter<Mix> {
        @Override
        public Mix convert(String value) {
            return switch (value) {
                case "floor" -> Mix.FLOOR;
                case "realistic" -> Mix.REALISTIC;
                default -> throw new TypeConversionException("\"" + value + "\" is not a mix; use realistic or floor.");
            };
        }
    }

    /** {@code --transport}. */
    static final class TransportConverter implements ITypeConverter<LoadTransport> {
        @Override
        public LoadTransport convert(String value) {
            try {
                return LoadTransport.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
