package org.summitsim.client.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One protocol session over one connection: says hello, matches replies to requests by id,
 * pings while idle, and closes a connection that has gone silent (a dead Wi-Fi link often never
 * reports an error). Messages that answer no request go to the {@link Handler}.
 */
public final class ProtocolClient implements AutoCloseable {

    /** Receives every message (replies too, for raw logging) and the end of the connection. */
    public interface Handler {
        void message(JsonNode message, String raw);

        void closed(String reason);
    }

    public static final long REPLY_TIMEOUT_MS = 10_000;

    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong lastHeard = new AtomicLong(System.currentTimeMillis());
    private final ScheduledExecutorService timer;
    private final Handler handler;
    private volatile LineConnection connection;
    private volatile boolean closed;
    private volatile SendLimits limits = SendLimits.DEFAULT;

    private ProtocolClient(Handler handler) {
        this.handler = handler;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "summit-net-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /** Connects and completes the hello handshake; throws when the server cannot be reached. */
    public static ProtocolClient connect(String host, int port, String client, String name, Handler handler)
            throws IOException {
        return connect(host, port, ClientTls.OFF, client, name, handler);
    }

    /** As {@link #connect(String, int, String, String, Handler)}, in TLS when {@code tls} says so. */
    public static ProtocolClient connect(
            String host, int port, ClientTls tls, String client, String name, Handler handler) throws IOException {
        ProtocolClient c = new ProtocolClient(handler);
        c.connection = LineConnection.open(host, port, tls, new LineConnection.Listener() {
            @Override
            public void line(String line) {
                c.received(line);
            }

            @Override
            public void closed(String reason) {
                c.ended(reason);
            }
        });
        JsonNode ok = c.call(Requests.hello(client, name), REPLY_TIMEOUT_MS);
        if (Requests.isError(ok)) {
            c.close();
            throw new IOException(ok.path("message").asText("The server refused the handshake."));
        }
        c.limits = SendLimits.of(ok.path("limits"));
        long heartbeat = Math.max(1_000, ok.path("heartbeatMs").asLong(30_000));
        long idle = Math.max(heartbeat, ok.path("idleTimeoutMs").asLong(90_000));
        c.timer.scheduleAtFixedRate(() -> c.beat(idle), heartbeat / 2, heartbeat / 2, TimeUnit.MILLISECONDS);
        return c;
    }

    private void beat(long idleMs) {
        if (System.currentTimeMillis() - lastHeard.get() > idleMs) {
            // The server pings when it has nothing to say, so this long a silence is a dead link.
            connection.close();
            return;
        }
        send(Requests.ping());
    }

    private void received(String line) {
        lastHeard.set(System.currentTimeMillis());
        JsonNode msg;
        try {
            msg = Incoming.parse(line);
        } catch (IOException e) {
            return;
        }
        handler.message(msg, line);
        String id = msg.path("id").asText(null);
        // room_created shares its id with the welcome that follows; the welcome is the answer.
        if (id != null && !"room_created".equals(msg.path("type").asText())) {
            CompletableFuture<JsonNode> f = pending.remove(id);
            if (f != null) {
                f.complete(msg);
            }
        }
    }

    private void ended(String reason) {
        closed = true;
        timer.shutdownNow();
        IOException gone = new IOException("The connection to the server was lost.");
        pending.values().forEach(f -> f.completeExceptionally(gone));
        pending.clear();
        handler.closed(reason);
    }

    /** Sends a request and returns its reply (an error reply is a reply, not an exception). */
    public CompletableFuture<JsonNode> request(ObjectNode message) {
        String id = "c" + ids.incrementAndGet();
        message.put("id", id);
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        try {
            connection.send(message.toString());
        } catch (IOException e) {
            pending.remove(id);
            f.completeExceptionally(e);
        }
        return f;
    }

    /** Sends a request and waits for its reply. */
    public JsonNode call(ObjectNode message, long timeoutMs) throws IOException {
        try {
            return request(message).get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("The server did not answer within " + timeoutMs / 1000 + " s.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the server.");
        }
    }

    /** Sends a message that expects no reply; a failure shows up as the connection closing. */
    public void send(ObjectNode message) {
        try {
            connection.send(message.toString());
        } catch (IOException e) {
            connection.close();
        }
    }

    public boolean isOpen() {
        return !closed && connection.isOpen();
    }

    /** How fast the server lets this client send (from its {@code hello_ok}). */
    public SendLimits limits() {
        return limits;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (connection != null) {
            connection.close();
        }
    }
}
