package org.summitsim.server.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The event loops and server channel type: native epoll on Linux when available, else NIO. */
public final class Transport implements AutoCloseable {

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Class<? extends ServerChannel> serverChannel;

    private Transport(EventLoopGroup boss, EventLoopGroup workers, Class<? extends ServerChannel> serverChannel) {
        this.boss = boss;
        this.workers = workers;
        this.serverChannel = serverChannel;
    }

    /** {@code threads} worker loops (0: Netty's default, twice the cores). */
    public static Transport create(int threads, boolean preferNative) {
        if (preferNative && Epoll.isAvailable()) {
            return new Transport(
                    new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory()),
                    new MultiThreadIoEventLoopGroup(threads, EpollIoHandler.newFactory()),
                    EpollServerSocketChannel.class);
        }
        return new Transport(
                new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory()),
                new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory()),
                NioServerSocketChannel.class);
    }

    public EventLoopGroup boss() {
        return boss;
    }

    public EventLoopGroup workers() {
        return workers;
    }

    public Class<? extends ServerChannel> serverChannel() {
        return serverChannel;
    }

    public boolean isNative() {
        return serverChannel == EpollServerSocketChannel.class;
    }

    @Override
    public void close() {
        Future<?> a = boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        Future<?> b = workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        try {
            a.get(5, TimeUnit.SECONDS);
            b.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }
}
