package org.summitsim.tools.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
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
import java.util.concurrent.TimeUnit;

/** The generator's event loops (native epoll on Linux when available, else NIO) and its connections. */
record ClientLoops(
        EventLoopGroup group,
        Class<? extends SocketChannel> channel,
        Class<? extends ServerChannel> serverChannel,
        boolean epoll)
        implements AutoCloseable {

    static ClientLoops create() {
        boolean epoll = Epoll.isAvailable();
        return new ClientLoops(
                new MultiThreadIoEventLoopGroup(0, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory()),
                epoll ? EpollSocketChannel.class : NioSocketChannel.class,
                epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class,
                epoll);
    }

    /** Connects to {@code host:port} with {@code transport}'s framing in front of {@code handler}. */
    Channel connect(String host, int port, LoadTransport transport, ChannelHandler handler) {
        return new Bootstrap()
                .group(group)
                .channel(channel)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        transport.client(ch.pipeline(), host, port);
                        ch.pipeline().addLast(handler);
                    }
                })
                .connect(host, port)
                .syncUninterruptibly()
                .channel();
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
