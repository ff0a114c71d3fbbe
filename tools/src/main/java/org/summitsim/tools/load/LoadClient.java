package org.summitsim.tools.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.summitsim.core.json.Json;

/**
 * One simulated player: says hello, joins a room by code (or, against the baseline, a group),
 * then, once told to {@link #start}, sends a realistic mix of commands at a steady rate with a
 * little jitter: floor statements, private messages, amendments, co-sponsorships and votes.
 * It matches replies to requests by id to time each round trip; it parses only what it needs.
 */
final class LoadClient extends SimpleChannelInboundHandler<ByteBuf> {

    private final String code;
    private final double ratePerSecond;
    private final Traffic traffic;
    private final SplittableRandom random;
    private final CompletableFuture<LoadClient> joined = new CompletableFuture<>();
    private final Map<String, Long> pending = new HashMap<>();
    private final List<String> seats = new ArrayList<>();
    /** "clause","option":"option" pairs, ready to put in a propose command. */
    private final List<String> clauses = new ArrayList<>();

    private final List<String> amendments = new ArrayList<>();
    private ChannelHandlerContext ctx;
    private String seat;
    private long next;
    private boolean running;
    private boolean floorOnly;

    LoadClient(String code, double ratePerSecond, Traffic traffic, long seed) {
        this.code = code;
        this.ratePerSecond = ratePerSecond;
        this.traffic = traffic;
        this.random = new SplittableRandom(seed);
    }

    CompletableFuture<LoadClient> joined() {
        return joined;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        write("{\"type\":\"hello\",\"protocol\":1,\"name\":\"load\"}");
        write("{\"type\":\"join\",\"id\":\"j\",\"code\":\"" + code + "\",\"role\":\"player\"}");
        ctx.flush();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf line) {
        if (traffic.measuring) {
            traffic.received.increment();
        }
        // Most lines are events nobody here needs: look at their bytes, decode only what is used, so
        // the generator spends its CPU on sending, not on the server's output.
        if (startsWith(line, ACK) || startsWith(line, ERROR)) {
            String s = line.toString(StandardCharsets.UTF_8);
            String id = field(s, "\"id\":\"");
            Long sent = id == null ? null : pending.remove(id);
            if (sent != null && traffic.measuring) {
                traffic.latencies.record(System.nanoTime() - sent);
                if (startsWith(line, ERROR)) {
                    traffic.errors.increment();
                    if (System.getProperty("load.debug") != null) {
                        System.err.println(s);
                    }
                }
            }
            if (startsWith(line, TOO_MANY)) {
                joined.completeExceptionally(new IllegalStateException(s));
            }
        } else if (startsWith(line, WELCOME)) {
            welcome(line.toString(StandardCharsets.UTF_8));
        } else if (amendments.size() < 50 && ByteBufUtil.indexOf(AMENDMENT_PROPOSED, line) >= 0) {
            String a = field(line.toString(StandardCharsets.UTF_8), "\"amendment\":\"");
            if (a != null) {
                amendments.add(a);
            }
        } else if (startsWith(line, BYE)) {
            joined.completeExceptionally(new IllegalStateException(line.toString(StandardCharsets.UTF_8)));
        }
    }

    private static final ByteBuf ACK = ascii("{\"type\":\"ack\"");
    private static final ByteBuf ERROR = ascii("{\"type\":\"error\"");
    private static final ByteBuf TOO_MANY = ascii("{\"type\":\"error\",\"code\":\"too_many");
    private static final ByteBuf WELCOME = ascii("{\"type\":\"welcome\"");
    private static final ByteBuf BYE = ascii("{\"type\":\"bye\"");
    private static final ByteBuf AMENDMENT_PROPOSED = ascii("\"amendment_proposed\"");

    private static ByteBuf ascii(String s) {
        return Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(s.getBytes(StandardCharsets.US_ASCII)));
    }

    private static boolean startsWith(ByteBuf line, ByteBuf prefix) {
        int n = prefix.readableBytes();
        return line.readableBytes() >= n
                && ByteBufUtil.equals(line, line.readerIndex(), prefix, prefix.readerIndex(), n);
    }

    private void welcome(String s) {
        try {
            JsonNode w = Json.mapper().readTree(s);
            seat = w.path("seat").asText(null);
            w.path("view")
                    .path("delegations")
                    .forEach(d -> seats.add(d.path("id").asText()));
            w.path("view")
                    .path("text")
                    .forEach(c -> c.path("options")
                            .forEach(o -> clauses.add(c.path("id").asText() + "\"," + "\"option\":\""
                                    + o.path("id").asText())));
        } catch (java.io.IOException e) {
            // The baseline's welcome is not JSON with a view; it needs none.
        }
        joined.complete(this);
    }

    /** Starts sending after a random fraction of one interval, so clients do not beat in step. */
    void start() {
        ctx.executor().execute(() -> {
            running = true;
            next = System.nanoTime() + (long) (random.nextDouble() * 1e9 / ratePerSecond);
            schedule();
        });
    }

    /** Sends only floor statements (full fan-out), to compare throughput with the baseline. */
    void floorOnly() {
        floorOnly = true;
    }

    void stop() {
        ctx.executor().execute(() -> running = false);
    }

    private void schedule() {
        long delay = Math.max(0, next - System.nanoTime());
        ctx.executor().schedule(this::tick, delay, TimeUnit.NANOSECONDS);
    }

    private void tick() {
        if (!running || !ctx.channel().isActive()) {
            return;
        }
        send();
        double interval = 1e9 / ratePerSecond;
        next += (long) (interval * (0.8 + 0.4 * random.nextDouble()));
        schedule();
    }

    private int ids;

    private void send() {
        String id = "c" + (++ids);
        String other = seats.isEmpty() ? null : seats.get(random.nextInt(seats.size()));
        int roll = floorOnly ? 0 : random.nextInt(100);
        String command;
        if (roll < 50) {
            command = "{\"type\":\"say\",\"text\":\"We believe the declaration must reflect shared responsibility, "
                    + "point " + ids + ".\"}";
        } else if (roll < 75 && other != null && !other.equals(seat)) {
            command = "{\"type\":\"dm\",\"to\":\"" + other + "\",\"text\":\"Could you support our wording? (" + ids
                    + ")\"}";
        } else if (roll < 85 && !clauses.isEmpty()) {
            command = "{\"type\":\"propose\",\"clause\":\"" + clauses.get(random.nextInt(clauses.size()))
                    + "\",\"rationale\":\"A clearer text.\"}";
        } else if (roll < 95 && !amendments.isEmpty()) {
            command = "{\"type\":\"vote\",\"amendment\":\"" + amendments.get(random.nextInt(amendments.size()))
                    + "\",\"ballot\":\"" + (random.nextBoolean() ? "SUPPORT" : "OPPOSE") + "\"}";
        } else if (!amendments.isEmpty()) {
            command = "{\"type\":\"cosponsor\",\"amendment\":\"" + amendments.get(random.nextInt(amendments.size()))
                    + "\"}";
        } else {
            command = "{\"type\":\"say\",\"text\":\"We are listening.\"}";
        }
        pending.put(id, System.nanoTime());
        if (traffic.measuring) {
            traffic.sent.increment();
        }
        ctx.writeAndFlush(Unpooled.copiedBuffer(
                "{\"type\":\"command\",\"id\":\"" + id + "\",\"stage\":\"ROUND 1\",\"command\":" + command + "}\n",
                StandardCharsets.UTF_8));
    }

    private void write(String line) {
        ctx.write(Unpooled.copiedBuffer(line + "\n", StandardCharsets.UTF_8));
    }

    static String field(String s, String key) {
        int i = s.indexOf(key);
        if (i < 0) {
            return null;
        }
        int start = i + key.length();
        int end = s.indexOf('"', start);
        return end < 0 ? null : s.substring(start, end);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        joined.completeExceptionally(cause);
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        joined.completeExceptionally(new IllegalStateException("connection closed"));
    }
}
