package org.summitsim.client.load;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The yardstick: a plain Netty server with the same framing and fan-out and nothing else. A
 * {@code join} puts the connection in a group; every other line is broadcast as it is to the
 * group (one write and flush per member, as a hand-written Netty broadcast does), and the
 * sender gets an ack with the line's id. No JSON parsing, rules, journal or batching.
 */
public final class BroadcastBaseline implements AutoCloseable {

  private final Map<String, List<Channel>> groups = new ConcurrentHashMap<>();
  private final Channel channel;

  /**
   * Runs the baseline in its own process, to compare with a Summit server in its own process:
   * {@code java -cp summit.jar org.summitsim.client.load.BroadcastBaseline --port P}; then
   * {@code LoadGenerator --baseline-server 127.0.0.1:P}. Stops when killed.
   */
  public static void main(String[] args) throws InterruptedException {
    int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 0;
    // The server's own transport set-up, so the two servers compared run on the same loops.
    org.summitsim.server.transport.Transport t = org.summitsim.server.transport.Transport.create(0, true);
    BroadcastBaseline b = new BroadcastBaseline(t.boss(), t.workers(), t.serverChannel(), port);
    System.out.println("baseline listening on 127.0.0.1:" + b.port());
    System.out.flush();
    b.channel.closeFuture().sync();
  }

  BroadcastBaseline(EventLoopGroup boss, EventLoopGroup workers, Class<? extends io.netty.channel.ServerChannel> type,
                    int port) {
    channel = new ServerBootstrap().group(boss, workers).channel(type)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(new LineBasedFrameDecoder(64 * 1024), new Handler());
          }
        }).bind("127.0.0.1", port).syncUninterruptibly().channel();
  }

  int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  private final class Handler extends SimpleChannelInboundHandler<ByteBuf> {
    private List<Channel> group;

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf line) {
      String s = line.toString(StandardCharsets.UTF_8);
      if (s.contains("\"type\":\"join\"")) {
        String code = LoadClient.field(s, "\"code\":\"");
        group = groups.computeIfAbsent(code, k -> new CopyOnWriteArrayList<>());
        group.add(ctx.channel());
        ctx.writeAndFlush(Unpooled.copiedBuffer("{\"type\":\"welcome\",\"id\":\"j\"}\n", StandardCharsets.UTF_8));
        return;
      }
      if (group == null) {
        return;
      }
      ByteBuf event = Unpooled.buffer(line.readableBytes() + 1).writeBytes(line).writeByte('\n');
      for (Channel ch : group) {
        ch.writeAndFlush(event.retainedDuplicate(), ch.voidPromise());
      }
      event.release();
      String id = LoadClient.field(s, "\"id\":\"");
      ctx.writeAndFlush(Unpooled.copiedBuffer("{\"type\":\"ack\",\"id\":\"" + id + "\"}\n", StandardCharsets.UTF_8));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }

  @Override
  public void close() {
    groups.values().forEach(g -> g.forEach(Channel::close));
    channel.close().syncUninterruptibly();
  }
}
