package org.summitsim.server.transport;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.summitsim.server.report.ReportDesk;
import org.summitsim.server.web.OriginPolicy;
import org.summitsim.server.web.WebSite;

/**
 * The pipeline of every client connection, in order: TLS (when the server has a certificate),
 * the per-address guard, idle detection
 * (the read timeout, then heartbeats), protocol detection (which installs NDJSON or WebSocket framing
 * and the JSON decoder), and the {@link Connection}.
 */
public final class ServerInitializer extends ChannelInitializer<SocketChannel> {

    /** What the initializer needs from the server's configuration. */
    public record Settings(
            int frameBytes,
            long heartbeatMs,
            long idleTimeoutMs,
            double ratePerSecond,
            int burst,
            WebSite site,
            OriginPolicy origins,
            ReportDesk reports) {}

    private final Settings settings;
    private final ConnectionGuard guard;
    private final Supplier<Session> firstSession;
    private final java.util.function.Consumer<Connection> opened;
    private final SslContext tls;

    /** @param tls the server's TLS context, or null for plain TCP */
    public ServerInitializer(
            Settings settings,
            ConnectionGuard guard,
            Supplier<Session> firstSession,
            java.util.function.Consumer<Connection> opened,
            SslContext tls) {
        this.tls = tls;
        this.settings = settings;
        this.guard = guard;
        this.firstSession = firstSession;
        this.opened = opened;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        if (tls != null) {
            // First, so that even the guard's refusal reaches the client encrypted, as it expects.
            p.addLast(PipelineNames.TLS, tls.newHandler(ch.alloc()));
        }
        p.addLast(PipelineNames.GUARD, guard);
        // Reads only: a writer-idle IdleStateHandler would put a listener on every write; Heartbeat watches writes.
        p.addLast(PipelineNames.IDLE, new IdleStateHandler(settings.idleTimeoutMs(), 0, 0, TimeUnit.MILLISECONDS));
        p.addLast(PipelineNames.HEARTBEAT, new Heartbeat(settings.heartbeatMs()));
        p.addLast(
                PipelineNames.DETECT,
                new ProtocolDetector(settings.frameBytes(), settings.site(), settings.origins(), settings.reports()));
        Connection connection = new Connection(
                firstSession.get(), new TokenBucket(settings.ratePerSecond(), settings.burst(), System.nanoTime()));
        p.addLast(PipelineNames.CONNECTION, connection);
        opened.accept(connection);
    }
}
