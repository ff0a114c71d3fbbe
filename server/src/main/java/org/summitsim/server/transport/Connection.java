package org.summitsim.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Inbound;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Wire;

/**
 * The last handler of every pipeline: one per client. Hands decoded messages to the active
 * {@link Session} (swapped as the client moves from handshake to lobby to a room), owns every
 * write, and batches them: any thread may {@link #send}, and one task on the channel's loop
 * writes all queued lines with a single flush (lines sent on that loop itself wait in the
 * loop's {@link LoopLines}, written by one task for all its connections). A client that does
 * not read what it is sent (outbound buffer above its high-water mark) is dropped, never
 * waited for.
 */
public final class Connection extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);
    /** The most one write of a line connection's batch holds (a long backlog goes out in several). */
    private static final int BATCH_BYTES = 64 * 1024;

    private final TokenBucket rate;
    private final Queue<byte[]> outbound = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drainTask = this::drain;
    /**
     * The batch {@link #drain} writes: lines from {@link #outbound}, and lines sent on the
     * channel's loop while earlier ones still wait here. Loop only.
     */
    private final List<byte[]> batch = new ArrayList<>();

    // This connection's lines in its loop's LoopLines (a line sent on the channel's own loop with
    // nothing else waiting goes there): the pass they belong to (0: none), the first and last
    // line's place and how many. Plain numbers, so that queueing a line stores no reference here.
    long linesPass;
    int firstLine;
    int lastLine;
    int linesCount;

    private volatile Session session;
    /** True while the channel is between two loops ({@link #moveTo}): nothing is written then. */
    private volatile boolean moving;

    private volatile ChannelHandlerContext ctx;
    private volatile boolean closing;
    /** The WebSocket close status to end with; null for a normal close. */
    private volatile WebSocketCloseStatus closeStatus;
    /** Null until the protocol is known; read and written on the loop only. */
    private Boolean webSocket;

    private String name;

    public Connection(Session first, TokenBucket rate) {
        this.session = first;
        this.rate = rate;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    public Channel channel() {
        return ctx.channel();
    }

    /** Runs {@code task} on this connection's event loop. */
    public void execute(Runnable task) {
        ctx.channel().eventLoop().execute(task);
    }

    /**
     * Moves this client's channel to {@code target}, the loop of the room it entered: the room's
     * replies and events to it, and its commands to the room, then stay on one thread instead of
     * waking another for each line (docs/PERFORMANCE.md). Reads pause while the channel is between
     * loops (the kernel keeps what arrives), and lines queued meanwhile go out from the new loop.
     * Call on the channel's loop.
     */
    public void moveTo(EventLoop target) {
        Channel ch = ctx.channel();
        if (!ch.isActive() || ch.eventLoop() == target || moving) {
            return;
        }
        byte[][] waiting = LoopLines.take(this);
        if (waiting != null) {
            batch.addAll(0, Arrays.asList(waiting)); // they go out from the new loop, first
        }
        moving = true;
        ch.deregister().addListener(left -> {
            if (failedMove(left, "leave its loop")) {
                return;
            }
            target.register(ch).addListener(joined -> {
                if (failedMove(joined, "join the room's loop")) {
                    return;
                }
                moving = false;
                if ((!outbound.isEmpty() || !batch.isEmpty()) && drainScheduled.compareAndSet(false, true)) {
                    target.execute(drainTask);
                }
            });
        });
    }

    /** A step of {@link #moveTo} that failed ends the move and the connection. */
    private boolean failedMove(io.netty.util.concurrent.Future<?> step, String what) {
        if (step.isSuccess()) {
            return false;
        }
        moving = false;
        LOG.debug("{}: could not {}: {}", remote(), what, String.valueOf(step.cause()));
        ctx.channel().close();
        return true;
    }

    /** Switches the session that handles this client's next messages. */
    public void become(Session next) {
        this.session = next;
    }

    public Session session() {
        return session;
    }

    /** The display name given in hello; read and written on the connection's loop. */
    public String name() {
        return name;
    }

    public void name(String name) {
        this.name = name;
    }

    public String remote() {
        return String.valueOf(ctx.channel().remoteAddress());
    }

    public boolean isOpen() {
        return !closing && ctx != null && ctx.channel().isActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Inbound in)) {
            ReferenceCountUtil.release(msg);
            ctx.close();
            return;
        }
        if (closing) {
            return;
        }
        long now = System.nanoTime();
        if (!rate.tryTake(now)) {
            LOG.debug("{}: rate limited ({})", remote(), in.type());
            send(Wire.error(
                    in.id(),
                    ErrorCodes.RATE_LIMITED,
                    "You are sending too fast (the limit is " + rate.describe() + "); that message was dropped."
                            + " Send it again in " + rate.millisUntilToken(now) + " ms or later."));
            return;
        }
        if (in.error() != null) {
            LOG.debug(
                    "{}: refused {}: {} {}",
                    remote(),
                    in.type(),
                    in.error().code(),
                    in.error().getMessage());
            send(Wire.error(in.id(), in.error()));
            return;
        }
        try {
            session.handle(this, in);
        } catch (ProtocolError e) {
            LOG.debug("{}: refused {}: {} {}", remote(), in.type(), e.code(), e.getMessage());
            send(Wire.error(in.id(), e));
        } catch (RuntimeException e) {
            LOG.warn("{}: failed to handle {}", remote(), in.type(), e);
            send(Wire.error(in.id(), ErrorCodes.INTERNAL, "The server could not handle that message."));
        }
    }

    /** Queues one encoded line; safe from any thread. Lines are written in the order queued. */
    public void send(byte[] line) {
        if (closing) {
            return;
        }
        EventLoop loop = ctx.channel().eventLoop();
        // Lines from another thread wait in the queue; once one does, this loop's go after it.
        // On the channel's own loop with nothing waiting (a room sending to its members), the line
        // waits with the loop's other lines, and one task of the loop writes them all.
        if (!moving && outbound.isEmpty() && batch.isEmpty() && loop.inEventLoop()) {
            LoopLines.add(this, line, loop);
            return;
        }
        if (!moving && outbound.isEmpty() && loop.inEventLoop()) {
            batch.add(line);
        } else {
            outbound.add(line);
        }
        if (drainScheduled.compareAndSet(false, true)) {
            loop.execute(drainTask);
        }
    }

    public void send(ServerMessage message) {
        send(Wire.encode(message));
    }

    /** Sends {@code bye} after everything already queued, then closes. */
    public void bye(String code, String message) {
        LOG.debug("{}: bye {} (closing already: {})", remote(), code, closing);
        if (closing) {
            return;
        }
        send(Wire.encode(new ServerMessage.Bye(code, message)));
        closing = true;
        if (drainScheduled.compareAndSet(false, true)) {
            ctx.channel().eventLoop().execute(drainTask);
        }
    }

    /** Sends one last line (an error), then closes. */
    public void closeWith(byte[] line) {
        send(line);
        closing = true;
        if (drainScheduled.compareAndSet(false, true)) {
            ctx.channel().eventLoop().execute(drainTask);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        writeQueued();
    }

    /** As {@link #writeQueued}; a failure closes this connection only, not the loop's other writes. */
    void writeQueuedOrClose() {
        try {
            writeQueued();
        } catch (RuntimeException e) {
            LOG.warn("{}: could not write, closing", remote(), e);
            ctx.close();
        }
    }

    /** Writes every line queued for this connection, in the order sent, with one flush. */
    private void writeQueued() {
        Channel ch = ctx.channel();
        if (moving) {
            return; // the move drains on the new loop once the channel is there
        }
        if (!ch.eventLoop().inEventLoop()) {
            // Queued on the loop the channel has just left: write from the one it is on now.
            if (drainScheduled.compareAndSet(false, true)) {
                ch.eventLoop().execute(drainTask);
            }
            return;
        }
        if (!ch.isActive()) {
            byte[][] waiting = LoopLines.take(this);
            LOG.debug(
                    "{}: drain on an inactive channel, {} lines dropped (closing {})",
                    remote(),
                    outbound.size() + batch.size() + (waiting == null ? 0 : waiting.length),
                    closing);
            outbound.clear();
            batch.clear();
            return;
        }
        byte[][] first = LoopLines.take(this);
        for (byte[] line; (line = outbound.poll()) != null; ) {
            batch.add(line);
        }
        int ahead = first == null ? 0 : first.length;
        int n = ahead + batch.size();
        if (webSocket()) {
            writeFrames(first, n);
        } else {
            writeLines(first, n);
        }
        written(n - ahead);
        if (closing) {
            LOG.debug("{}: drained {} last lines, closing", remote(), n);
            // Over WebSocket a close frame written here is the only one: the protocol handler sends none of its own
            // after it.
            Object last =
                    closeStatus != null && webSocket() ? new CloseWebSocketFrame(closeStatus) : Unpooled.EMPTY_BUFFER;
            ctx.writeAndFlush(last).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (n > 0) {
            ctx.flush();
        }
        if (!ch.isWritable()) {
            LOG.debug("{}: dropped, it does not read fast enough", remote());
            closing = true;
            LoopLines.take(this);
            outbound.clear();
            batch.clear();
            ctx.close();
        }
    }

    /** Whether lines go out as WebSocket frames; looked up in the pipeline until its framing is settled. */
    private boolean webSocket() {
        if (webSocket != null) {
            return webSocket;
        }
        ChannelPipeline p = ctx.pipeline();
        boolean ws = p.get(PipelineNames.WS_FRAMES) != null;
        if (p.get(PipelineNames.DETECT) == null) {
            webSocket = ws; // The detector has installed the framing: it will not change any more.
        }
        return ws;
    }

    /** WebSocket: each of the {@code n} lines goes on as its own buffer, to become its own text frame. */
    private void writeFrames(byte[][] first, int n) {
        for (int i = 0; i < n; i++) {
            ctx.write(Unpooled.wrappedBuffer(line(first, i)), ctx.voidPromise());
        }
    }

    /** The {@code i}th line to write: of {@code first} (may be null), then of the batch. */
    private byte[] line(byte[][] first, int i) {
        int ahead = first == null ? 0 : first.length;
        return i < ahead ? first[i] : batch.get(i - ahead);
    }

    /**
     * Drops the first {@code n} lines of the batch, now written. A line sent while they were being
     * written (by a handler the write reached) stays, and goes out with the next drain.
     */
    private void written(int n) {
        if (n == batch.size()) {
            batch.clear(); // the usual case, without a sublist to clear through
        } else {
            batch.subList(0, n).clear();
        }
        if (!batch.isEmpty() && drainScheduled.compareAndSet(false, true)) {
            ctx.channel().eventLoop().execute(drainTask);
        }
    }

    /**
     * Lines: the {@code n} lines copied into pooled direct buffers of up to {@link #BATCH_BYTES}
     * each (one, usually), so a batch costs one write through the pipeline and one entry in the
     * outbound buffer instead of one per line, and the socket gets direct memory without
     * another copy. A single line shares its buffer with the loop's other connections sent the
     * same line ({@link SharedLine}).
     */
    private void writeLines(byte[][] first, int n) {
        if (n == 1) {
            // Usually one of a room's events, the same line for each of its members on this loop.
            ctx.write(SharedLine.of(line(first, 0), ctx.alloc()), ctx.voidPromise());
            return;
        }
        int from = 0;
        while (from < n) {
            int bytes = 0;
            int to = from;
            while (to < n && (to == from || bytes + line(first, to).length <= BATCH_BYTES)) {
                bytes += line(first, to++).length;
            }
            ByteBuf buf = ctx.alloc().directBuffer(bytes);
            for (int i = from; i < to; i++) {
                buf.writeBytes(line(first, i));
            }
            ctx.write(buf, ctx.voidPromise());
            from = to;
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent idle) {
            if (idle.state() == io.netty.handler.timeout.IdleState.READER_IDLE) {
                LOG.debug("{}: idle timeout", remote());
                bye(ErrorCodes.IDLE_TIMEOUT, "Nothing was heard from you for too long; send a ping now and then.");
            } else if (idle.state() == io.netty.handler.timeout.IdleState.WRITER_IDLE) {
                send(new ServerMessage.Ping(System.currentTimeMillis()));
            }
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException
                || cause instanceof CorruptedWebSocketFrameException bad
                        && bad.closeStatus().code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code()) {
            LOG.debug("{}: frame too long, closing", remote());
            closeStatus = WebSocketCloseStatus.MESSAGE_TOO_BIG;
            closeWith(Wire.error(
                    null,
                    ErrorCodes.FRAME_TOO_LONG,
                    "That line is longer than the limit of the protocol (see hello_ok.limits.frameBytes);"
                            + " the connection is closed."));
        } else if (cause instanceof CorruptedWebSocketFrameException bad) {
            LOG.debug("{}: bad WebSocket frame: {}", remote(), cause.getMessage());
            closeStatus = bad.closeStatus();
            closeWith(Wire.error(
                    null,
                    ErrorCodes.BAD_JSON,
                    "That WebSocket frame breaks the WebSocket protocol (" + bad.getMessage()
                            + "); the connection is closed."));
        } else if (cause instanceof IOException) {
            LOG.debug("{}: {}", remote(), cause.getMessage());
            ctx.close();
        } else {
            LOG.debug("{}: closing after an unexpected error", remote(), cause);
            ctx.close();
        }
    }
}
