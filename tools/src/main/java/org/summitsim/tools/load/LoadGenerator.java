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
import org.summitsim.client.cli.HostPort;
import org.summitsim.server.SummitServer;
import org.summitsim.server.journal.Durability;

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
 *     [--mix realistic|floor] [--transport tcp|ws] [--baseline] [--baseline-server HOST:PORT]
 *     [--baseline-only] [--fsync always|interval|never] [--idle N]
 * </pre>
 */
public final class LoadGenerator {

  private String server;
  private int rooms = 100;
  private int clients = 20;
  private double rate = 2;
  private int warmup = 5;
  private int duration = 20;
  private boolean baseline;
  private String baselineServer;
  private boolean baselineOnly;
  private Durability durability = Durability.INTERVAL;
  private boolean floorOnly;
  private int idle;
  private String scenario = "hague-2023";
  private LoadTransport transport = LoadTransport.TCP;

  public static void main(String[] args) throws Exception {
    LoadGenerator g = new LoadGenerator();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--server" -> g.server = args[++i];
          case "--rooms" -> g.rooms = Integer.parseInt(args[++i]);
          case "--clients" -> g.clients = Integer.parseInt(args[++i]);
          case "--rate" -> g.rate = Double.parseDouble(args[++i]);
          case "--warmup" -> g.warmup = Integer.parseInt(args[++i]);
          case "--duration" -> g.duration = Integer.parseInt(args[++i]);
          case "--baseline" -> g.baseline = true;
          case "--baseline-only" -> {
            g.baseline = true;
            g.baselineOnly = true;
          }
          case "--baseline-server" -> {
            g.baseline = true;
            g.baselineServer = args[++i];
          }
          case "--fsync" -> g.durability = durability(args[++i]);
          case "--mix" -> g.floorOnly = args[++i].equals("floor");
          case "--idle" -> g.idle = Integer.parseInt(args[++i]);
          case "--scenario" -> g.scenario = args[++i];
          case "--transport" -> g.transport = LoadTransport.parse(args[++i]);
          default -> throw new IllegalArgumentException("Unknown option " + args[i]
              + " (summit-tools load --help lists the options; see docs/PERFORMANCE.md).");
        }
      }
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      System.err.println(e instanceof ArrayIndexOutOfBoundsException ? "An option needs a value." : e.getMessage());
      System.exit(2);
    }
    g.run();
    System.exit(0);
  }

  private void run() throws Exception {
    try (ClientLoops loops = ClientLoops.create()) {
      if (idle > 0) {
        idle(loops);
        return;
      }
      Load load = new Load(rooms, clients, rate, floorOnly);
      LoadResult summit = baselineOnly ? null : summit(loops, load);
      if (baseline) {
        try (BroadcastBaseline b = baselineServer == null
            ? new BroadcastBaseline(loops.group(), loops.group(), loops.serverChannel(), 0, transport) : null) {
          HostPort at = b != null ? new HostPort("127.0.0.1", b.port()) : HostPort.parse(baselineServer);
          LoadResult base = LoadRun.measure(loops, transport, at.host(), at.port(), SummitRooms.groups("g", rooms),
              load, warmup, duration);
          System.out.println(base.line("Plain Netty broadcast (" + transport.label() + ")"));
          if (summit != null) {
            System.out.printf(Locale.ROOT, "Summit delivered %.0f%% of the baseline's messages per second%n",
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
      embedded = new SummitServer(SummitServer.Config.defaults().toBuilder().port(0).dataDir(data)
          .durability(durability)
          .maxConnectionsPerAddress(1_000_000).idleTimeoutMs(600_000).maxRooms(100_000)
          .roomQuota(1_000_000, 1).build()).start();
      port = embedded.port();
    } else {
      HostPort at = HostPort.parse(server);
      host = at.host();
      port = at.port();
    }
    try {
      System.out.printf(Locale.ROOT, "Summit: %d rooms x %d clients, %.1f msg/s each, mix %s, fsync %s, %s, %s%n",
          rooms, clients, rate, floorOnly ? "floor" : "realistic",
          server == null ? durability.label() + " (embedded server)" : "(the server's own)", transport.label(),
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
          ctx.writeAndFlush(Unpooled.copiedBuffer("{\"type\":\"hello\",\"protocol\":1}\n", StandardCharsets.UTF_8));
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
          ReferenceCountUtil.release(msg);
        }
      }));
    }
    System.out.println(idle + " idle connections open (" + transport.label() + "); holding them for " + duration
        + " s");
    System.out.flush();
    Thread.sleep(duration * 1000L);
    System.out.println("still open: " + open.stream().filter(Channel::isActive).count());
    open.forEach(Channel::close);
  }

  private static Durability durability(String value) {
    return switch (value) {
      case "true" -> Durability.ALWAYS;
      case "false" -> Durability.NEVER;
      default -> Durability.parse(value);
    };
  }
}
