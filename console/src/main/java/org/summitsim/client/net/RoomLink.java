package org.summitsim.client.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Welcome;

/**
 * A place in a room that survives dropped connections: enters once (by code or token), then
 * whenever the connection drops, reconnects with backoff and resumes with the token and the
 * last event seen, so the server resends exactly what was missed.
 */
public final class RoomLink implements AutoCloseable {

    /** What the link reports; called on network threads. */
    public interface Listener {
        /** Every message the server sends, decoded, with its raw line (for JSON output). */
        void message(ServerMessage message, String raw);

        void state(LinkState state);
    }

    /** How long a request waits for a reconnect in progress before giving up. */
    public static final long OFFLINE_WAIT_MS = 5_000;

    private final String host;
    private final int port;
    private final ClientTls tls;
    private final String clientName;
    private final String name;
    private final Listener listener;
    private final Backoff backoff = new Backoff();
    private volatile ProtocolClient client;
    private volatile String token;
    private volatile long lastSeq;
    private volatile boolean closed;
    /** A program plays the seat: every join and resume says so ({@code bot}), so a room with people paces it. */
    private volatile boolean program;

    private final AtomicBoolean reconnecting = new AtomicBoolean();
    private volatile LinkState state = new LinkState(LinkState.Kind.CLOSED, 0, "not connected yet");

    public RoomLink(String host, int port, String clientName, String name, Listener listener) {
        this(host, port, ClientTls.OFF, clientName, name, listener);
    }

    public RoomLink(String host, int port, ClientTls tls, String clientName, String name, Listener listener) {
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.clientName = clientName;
        this.name = name;
        this.listener = listener;
    }

    /** Says, from now on, that a program plays the seat (a bot): the room paces it as its own bots. */
    public RoomLink asBot() {
        program = true;
        return this;
    }

    /** Connects and enters the room; the welcome also reaches the listener. */
    public Welcome open(Entry entry) throws IOException {
        ObjectNode request = entry instanceof Entry.Join j
                ? Requests.join(j.code(), j.seat(), name, j.spectator() ? "spectator" : "player", 0)
                : Requests.resume(((Entry.Resume) entry).token(), name, 0);
        Welcome w = enter(request);
        setState(LinkState.connected());
        return w;
    }

    private Welcome enter(ObjectNode request) throws IOException {
        if (program) {
            request.put("bot", true);
        }
        ProtocolClient c = ProtocolClient.connect(host, port, tls, clientName, name, new ProtocolClient.Handler() {
            @Override
            public void message(JsonNode message, String raw) {
                received(message, raw);
            }

            @Override
            public void closed(String reason) {
                dropped(reason);
            }
        });
        client = c;
        JsonNode reply = c.call(request, ProtocolClient.REPLY_TIMEOUT_MS);
        if (Requests.isError(reply)) {
            c.close();
            throw new Refused(reply.path("code").asText(), reply.path("message").asText());
        }
        if (!(Incoming.decode(reply).orElse(null) instanceof Welcome w)) {
            c.close();
            throw new IOException("The server answered with something other than a welcome.");
        }
        return w;
    }

    private void received(JsonNode message, String raw) {
        ServerMessage m = Incoming.decode(message).orElse(null);
        if (m instanceof ServerMessage.EventMessage e) {
            lastSeq = Math.max(lastSeq, e.seq());
        } else if (m instanceof Welcome w) {
            // A welcome without a token (made a spectator) means the old seat token is no longer ours.
            token = w.token();
        } else if (m instanceof ServerMessage.Bye bye && "kicked".equals(bye.code())) {
            closed = true;
        }
        if (m != null) {
            listener.message(m, raw);
        }
    }

    private void dropped(String reason) {
        if (closed || token == null) {
            setState(new LinkState(LinkState.Kind.CLOSED, 0, reason));
            return;
        }
        // Failed attempts close their own connections; only one reconnect loop may run.
        if (!reconnecting.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> reconnect(reason), "summit-reconnect");
        t.setDaemon(true);
        t.start();
    }

    private void reconnect(String reason) {
        while (!closed) {
            long delay = backoff.nextDelayMs();
            setState(new LinkState(LinkState.Kind.RECONNECTING, delay, reason));
            try {
                Thread.sleep(delay);
                enter(Requests.resume(token, name, lastSeq));
                backoff.reset();
                reconnecting.set(false);
                setState(LinkState.connected());
                return;
            } catch (Refused r) {
                if (r.code().equals("forbidden") || r.code().equals("room_closed")) {
                    // The token no longer opens the seat (reset by the facilitator): retrying cannot help.
                    closed = true;
                    setState(new LinkState(LinkState.Kind.CLOSED, 0, r.getMessage()));
                    return;
                }
                reason = r.getMessage();
            } catch (IOException e) {
                reason = e.getMessage();
            } catch (InterruptedException e) {
                return;
            }
        }
        reconnecting.set(false);
    }

    private void setState(LinkState s) {
        state = s;
        listener.state(s);
    }

    public LinkState state() {
        return state;
    }

    /** The seat or facilitator token from the latest welcome. */
    public String token() {
        return token;
    }

    public long lastSeq() {
        return lastSeq;
    }

    /**
     * Sends a request and waits for its reply. While a reconnect is under way it waits a few
     * seconds for it (a Wi-Fi blip should not cost the player their command), then throws
     * {@link Offline}.
     */
    public JsonNode call(ObjectNode message) throws IOException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(OFFLINE_WAIT_MS);
        while (state.kind() == LinkState.Kind.RECONNECTING && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        ProtocolClient c = client;
        if (c == null || !state.isConnected() || !c.isOpen()) {
            throw new Offline(state);
        }
        CompletableFuture<JsonNode> f = c.request(message);
        try {
            return f.get(ProtocolClient.REPLY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new Offline(state);
        } catch (TimeoutException e) {
            throw new IOException("The server did not answer within " + ProtocolClient.REPLY_TIMEOUT_MS / 1000
                    + " s; it may be busy. Try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the server.");
        }
    }

    /**
     * Sends without waiting; dropped silently while no connection is open (the resume catches
     * up). A connection being entered counts as open: the listener hears the welcome before the
     * link calls itself connected, and what it sends in answer goes after the join on the wire.
     */
    public void send(ObjectNode message) {
        ProtocolClient c = client;
        if (c != null && c.isOpen()) {
            c.send(message);
        }
    }

    /** How fast the server lets this link send (the defaults until connected). */
    public SendLimits limits() {
        ProtocolClient c = client;
        return c == null ? SendLimits.DEFAULT : c.limits();
    }

    /** Drops the connection as a broken network would; the link then reconnects. For tests. */
    public void breakConnection() {
        ProtocolClient c = client;
        if (c != null) {
            c.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        ProtocolClient c = client;
        if (c != null) {
            c.close();
        }
    }

    /** Not connected right now; the state says whether a reconnect is under way. */
    public static final class Offline extends IOException {
        private final LinkState state;

        Offline(LinkState state) {
            super(
                    state.kind() == LinkState.Kind.RECONNECTING
                            ? "You are offline; Summit is reconnecting (next try in about "
                                    + Math.max(1, state.retryInMs() / 1000) + " s). Try again in a moment."
                            : "You are not connected to the server"
                                    + (state.reason() == null ? "." : ": " + state.reason() + ".")
                                    + " Restart the client with the same code to rejoin.");
            this.state = state;
        }

        public LinkState state() {
            return state;
        }
    }
}
