package org.summitsim.client.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.summitsim.client.cli.HostPort;
import org.summitsim.server.SummitServer;
import org.summitsim.server.journal.Durability;

/**
 * The load generator: N connections across M rooms send a realistic mix of commands at a set
 * rate; it reports messages per second in and out and round-trip latency percentiles. With
 * {@code --baseline} it then runs the same load against a plain Netty broadcast server (in this
 * process, or with {@code --baseline-server} one started by {@link BroadcastBaseline#main}) and
 * prints Summit's delivered throughput as a share of it. Without {@code --server} it measures an
 * embedded server with the journal durability {@code --fsync} asks for. The load average is
 * printed before and after each measurement: on a shared machine it says how far to trust it.
 * See docs/PERFORMANCE.md.
 *
 * <pre>
 * java -cp client/target/summit.jar org.summitsim.client.load.LoadGenerator \
 *     [--server HOST:PORT] [--rooms 100] [--clients 20] [--rate 2] [--warmup 5] [--duration 20]
 *     [--mix realistic|floor] [--baseline] [--baseline-server HOST:PORT] [--baseline-only]
 *     [--fsync always|interval|never] [--idle N]
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

  public static void main(String[] args) throws Exception {
    LoadGenerator g = new LoadGenerator();
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
        default -> {
          System.err.println("Unknown option " + args[i] + " (see the class comment or docs/PERFORMANCE.md).");
          System.exit(2);
        }
      }
    }
    g.run();
    System.exit(0);
  }

  private void run() throws Exception {
    boolean epoll = Epoll.isAvailable();
    EventLoopGroup loops = new MultiThreadIoEventLoopGroup(0,
        epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    Class<? extends SocketChannel> channel = epoll ? EpollSocketChannel.class : NioSocketChannel.class;
    Class<? extends ServerChannel> serverChannel = epoll ? EpollServerSocketChannel.class
        : NioServerSocketChannel.class;
    try {
      if (idle > 0) {
        idle(loops, channel);
        return;
      }
      Result summit = baselineOnly ? null : summit(loops, channel, epoll);
      if (baseline) {
        List<String> groups = new ArrayList<>();
        for (int r = 0; r < rooms; r++) {
          groups.add("g" + r);
        }
        try (BroadcastBaseline b = baselineServer == null ? new BroadcastBaseline(loops, loops, serverChannel, 0)
            : null) {
          HostPort at = b != null ? new HostPort("127.0.0.1", b.port()) : HostPort.parse(baselineServer);
          Result base = measure(loops, channel, at.host(), at.port(), groups);
          base.print("Plain Netty broadcast");
          if (summit != null) {
            System.out.printf(Locale.ROOT, "Summit delivered %.0f%% of the baseline's messages per second%n",
                100.0 * summit.outPerSecond / base.outPerSecond);
          }
        }
      }
    } finally {
      loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  private Result summit(EventLoopGroup loops, Class<? extends SocketChannel> channel, boolean epoll)
      throws Exception {
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
    System.out.printf(Locale.ROOT, "Summit: %d rooms x %d clients, %.1f msg/s each, mix %s, fsync %s, %s%n",
        rooms, clients, rate, floorOnly ? "floor" : "realistic",
        server == null ? durability.label() + " (embedded server)" : "(the server's own)",
        epoll ? "epoll" : "nio");
    List<String> codes = new ArrayList<>();
    for (int r = 0; r < rooms; r++) {
      codes.add(createRoom(host, port));
    }
    Result summit = measure(loops, channel, host, port, codes);
    summit.print("Summit");
    if (embedded != null) {
      embedded.close();
    }
    return summit;
  }

  /** Creates a room with a blocking socket, moves it to ROUND 1, and returns its code. */
  private String createRoom(String host, int port) throws Exception {
    try (Socket s = new Socket(host, port)) {
      OutputStream out = s.getOutputStream();
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      out.write(("{\"type\":\"hello\",\"protocol\":1}\n{\"type\":\"create_room\",\"id\":\"c\",\"scenario\":\""
          + scenario + "\",\"options\":{\"timing\":{\"round\":86400,\"rounds\":1},\"facilitatorReadsPrivate\":false}}\n")
          .getBytes(StandardCharsets.UTF_8));
      String code = null;
      String line;
      while ((line = in.readLine()) != null && !line.startsWith("{\"type\":\"welcome\"")) {
        if (line.contains("\"room_created\"")) {
          code = LoadClient.field(line, "\"code\":\"");
        } else if (line.contains("\"error\"")) {
          throw new IllegalStateException(line);
        }
      }
      for (String[] step : new String[][] {{"LOBBY", "start"}, {"BRIEFING", "advance"}, {"OPENING", "advance"}}) {
        out.write(("{\"type\":\"command\",\"id\":\"" + step[1] + step[0] + "\",\"stage\":\"" + step[0]
            + "\",\"command\":{\"type\":\"" + step[1] + "\"}}\n").getBytes(StandardCharsets.UTF_8));
        while ((line = in.readLine()) != null && !line.contains("\"id\":\"" + step[1] + step[0] + "\"")) {
          // Skip events until the step's reply.
        }
        if (line == null || !line.startsWith("{\"type\":\"ack\"")) {
          throw new IllegalStateException("the room could not be started: " + line);
        }
      }
      return code;
    }
  }

  private Result measure(EventLoopGroup loops, Class<? extends SocketChannel> channel, String host, int port,
                         List<String> codes) throws Exception {
    Traffic traffic = new Traffic();
    List<LoadClient> all = new ArrayList<>();
    List<Channel> channels = new ArrayList<>();
    long seed = 1;
    for (int c = 0; c < clients; c++) {
      List<CompletableFuture<LoadClient>> batch = new ArrayList<>();
      for (String code : codes) {
        LoadClient client = new LoadClient(code, rate, traffic, seed++);
        all.add(client);
        batch.add(client.joined());
        channels.add(new Bootstrap().group(loops).channel(channel).option(ChannelOption.TCP_NODELAY, true)
            .handler(new ChannelInitializer<SocketChannel>() {
              @Override
              protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(new LineBasedFrameDecoder(1 << 20), client);
              }
            }).connect(host, port).syncUninterruptibly().channel());
      }
      CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }
    if (floorOnly) {
      all.forEach(LoadClient::floorOnly);
    }
    all.forEach(LoadClient::start);
    Thread.sleep(warmup * 1000L);
    traffic.reset();
    String loadBefore = loadAverage();
    traffic.measuring = true;
    long t0 = System.nanoTime();
    Thread.sleep(duration * 1000L);
    traffic.measuring = false;
    double seconds = (System.nanoTime() - t0) / 1e9;
    String loadAfter = loadAverage();
    all.forEach(LoadClient::stop);
    Latencies l = traffic.latencies;
    Result r = new Result(all.size(), traffic.sent.sum() / seconds, traffic.received.sum() / seconds,
        l.count(), traffic.errors.sum(), l.percentileMs(50), l.percentileMs(90), l.percentileMs(99),
        l.percentileMs(99.9), l.percentileMs(100), loadBefore + " -> " + loadAfter);
    channels.forEach(Channel::close);
    Thread.sleep(500);
    return r;
  }

  /** Opens {@code idle} connections that only say hello, holds them, and reports when they are up. */
  private void idle(EventLoopGroup loops, Class<? extends SocketChannel> channel) throws Exception {
    HostPort at = HostPort.parse(server);
    String host = at.host();
    int port = at.port();
    List<Channel> open = new ArrayList<>();
    for (int i = 0; i < idle; i++) {
      open.add(new Bootstrap().group(loops).channel(channel).handler(new ChannelInitializer<SocketChannel>() {
        @Override
        protected void initChannel(SocketChannel ch) {
          ch.pipeline().addLast(new LineBasedFrameDecoder(1 << 16), new io.netty.channel.ChannelInboundHandlerAdapter() {
            @Override
            public void channelActive(io.netty.channel.ChannelHandlerContext ctx) {
              ctx.writeAndFlush(io.netty.buffer.Unpooled.copiedBuffer("{\"type\":\"hello\",\"protocol\":1}\n",
                  StandardCharsets.UTF_8));
            }

            @Override
            public void channelRead(io.netty.channel.ChannelHandlerContext ctx, Object msg) {
              io.netty.util.ReferenceCountUtil.release(msg);
            }
          });
        }
      }).connect(host, port).syncUninterruptibly().channel());
    }
    System.out.println(idle + " idle connections open; holding them for " + duration + " s");
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

  /** The 1-minute load average from /proc/loadavg, or "?" where there is none. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException | RuntimeException e) {
      return "?";
    }
  }

  private record Result(int connections, double inPerSecond, double outPerSecond, long samples, long errors,
                        double p50, double p90, double p99, double p999, double max, String load) {
    void print(String what) {
      System.out.printf(Locale.ROOT, "%s: %d connections; in %.0f msg/s, out %.0f msg/s; round trip p50 %.3f ms,"
          + " p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms (%d samples, %d refused by the rules);"
          + " load average %s%n", what, connections, inPerSecond, outPerSecond, p50, p90, p99, p999, max, samples,
          errors, load);
    }
  }
}
