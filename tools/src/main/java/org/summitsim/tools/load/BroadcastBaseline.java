package org.summitsim.tools.load;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.summitsim.tools.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The yardstick: a plain Netty server with the same framing and fan-out and nothing else. A
 * {@code join} puts the connection in a group; every other message is broadcast as it is to the
 * group (one write and flush per member, as a hand-written Netty broadcast does), and the
 * sender gets an ack with the message's id. No JSON parsing, rules, journal or batching. It
 * speaks lines over TCP or, with {@link LoadTransport#WS}, text frames over WebSocket at
 * {@code /ws} (Netty's own WebSocket server handler; the group's frames share one copy of the
 * payload).
 */
public final class BroadcastBaseline implements AutoCloseable {

    private final Map<String, List<Channel>> groups = new ConcurrentHashMap<>();
    private final LoadTransport transport;
    private final Channel channel;

    /**
     * Runs the baseline in its own process, to compare with a Summit server in its own process:
     * {@code java -jar summit-tools.jar baseline [--port P] [--transport tcp|ws]};
     * then {@code summit-tools.jar load --baseline-server 127.0.0.1:P [--transport ws]}. Prints
     * {@code baseline listening on HOST:PORT} once it accepts connections; stops when killed.
     */
    public static void main(String[] args) {
        System.exit(ToolCommand.run(new Serve(), args));
    }

    /** The baseline's command line: {@code summit-tools baseline}, or {@link #main} by class name. */
    @Command(
            name = "baseline",
            sortOptions = false,
            description = {
                "The plain Netty broadcast server (BroadcastBaseline) the load generator compares Summit with, in a"
                        + " process of its own: prints 'baseline listening on HOST:PORT' and runs until stopped."
            })
    public static final class Serve implements Callable<Integer> {

        @Mixin
        ToolCommand.Help help;

        @Option(
                names = "--port",
                paramLabel = "P",
                description = "Port to listen on, 0 for any free one." + " Default: ${DEFAULT-VALUE}.")
        int port;

        @Option(
                names = "--transport",
                paramLabel = "tcp|ws",
                converter = LoadGenerator.TransportConverter.class,
                description = "Lines over TCP or text frames over WebSocket at /ws. Default: tcp.")
        LoadTransport transport = LoadTransport.TCP;

        @Override
        public Integer call() throws InterruptedException {
            // The server's own transport set-up, so the two servers compared run on the same loops.
            org.summitsim.server.transport.Transport t = org.summitsim.server.transport.Transport.create(0, true);
            BroadcastBaseline b = new BroadcastBaseline(t.boss(), t.workers(), t.serverChannel(), port, transport);
            System.out.println("baseline listening on 127.0.0.1:" + b.port() + " (" + transport.label() + ")");
            System.out.flush();
            b.channel.closeFuture().sync();
            return 0;
        }
    }

    BroadcastBaseline(
            EventLoopGroup boss,
            EventLoopGroup workers,
            Class<? extends io.netty.channel.ServerChannel> type,
            int port,
            LoadTransport transport) {
        this.transport = transport;
        channel = new ServerBootstrap()
                .group(boss, workers)
                .channel(type)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        transport.server(ch.pipeline());
                        ch.pipeline().addLast(new Handler());
                    }
                })
                .bind("127.0.0.1", port)
                .syncUninterruptibly()
                .channel();
    }

    int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** {@code payload} framed for this transport: a text frame sharing its bytes, or a line (a copy with the newline). */
    private Object framed(ByteBuf payload) {
        if (transport == LoadTransport.WS) {
            return new TextWebSocketFrame(payload.retainedDuplicate());
        }
        return Unpooled.buffer(payload.readableBytes() + 1)
                .writeBytes(payload, payload.readerIndex(), payload.readableBytes())
                .writeByte('\n');
    }

    private Object framed(String text) {
        return transport == LoadTransport.WS
                ? new TextWebSocketFrame(text)
                : Unpooled.copiedBuffer(text + "\n", StandardCharsets.UTF_8);
    }

    private static Object share(Object framed) {
        return framed instanceof ByteBufHolder h ? h.retainedDuplicate() : ((ByteBuf) framed).retainedDuplicate();
    }

    private final class Handler extends SimpleChannelInboundHandler<Object> {
        private List<Channel> group;

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
            ByteBuf line = msg instanceof ByteBufHolder h ? h.content() : (ByteBuf) msg;
            String s = line.toString(StandardCharsets.UTF_8);
            if (s.contains("\"type\":\"join\"")) {
                String code = LoadClient.field(s, "\"code\":\"");
                group = groups.computeIfAbsent(code, k -> new CopyOnWriteArrayList<>());
                group.add(ctx.channel());
                ctx.writeAndFlush(framed("{\"type\":\"welcome\",\"id\":\"j\"}"));
                return;
            }
            if (group == null) {
                return;
            }
            Object event = framed(line);
            for (Channel ch : group) {
                ch.writeAndFlush(share(event), ch.voidPromise());
            }
            io.netty.util.ReferenceCountUtil.release(event);
            String id = LoadClient.field(s, "\"id\":\"");
            ctx.writeAndFlush(framed("{\"type\":\"ack\",\"id\":\"" + id + "\"}"));
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            // So a baseline that serves run after run does not keep writing to the clients of runs gone by.
            if (group != null) {
                group.remove(ctx.channel());
            }
            ctx.fireChannelInactive();
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
