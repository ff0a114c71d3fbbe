package org.summitsim.server.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.summitsim.core.json.Json;

/** A plain NDJSON client over a real socket that keeps every message it receives, in order. */
public final class TestClient implements AutoCloseable {

    public static final long WAIT_MS = 5_000;

    private final Socket socket;
    private final OutputStream out;
    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private final Thread reader;
    private volatile boolean eof;
    private int ids;

    public TestClient(int port) throws IOException {
        this(port, true);
    }

    private TestClient(int port, boolean reading) throws IOException {
        socket = new Socket();
        if (!reading) {
            socket.setReceiveBufferSize(4096);
        }
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        reader = new Thread(this::read, "test-client-reader");
        reader.setDaemon(true);
        if (reading) {
            reader.start();
        }
    }

    /** A client that never reads what the server sends (a slow reader). */
    public static TestClient neverReading(int port) throws IOException {
        return new TestClient(port, false);
    }

    /**
     * Whether the socket is still open from the server's side, by trying to write to it for up
     * to the wait time: a busy machine may take seconds to notice, so "open" is slow to answer.
     */
    public boolean stillOpen() {
        try {
            for (int i = 0; i < WAIT_MS / 20; i++) {
                out.write("{\"type\":\"ping\"}\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(20);
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }

    /** Connects and says hello. */
    public static TestClient hello(int port, String name) throws IOException {
        TestClient c = new TestClient(port);
        c.send("{\"type\":\"hello\",\"protocol\":1,\"name\":\"" + name + "\"}");
        c.await("hello_ok");
        return c;
    }

    private void read() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                try {
                    inbox.add(Json.mapper().readTree(line));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    // A protocol violation, not a closed socket: the next await fails with it.
                    notJson.add(line);
                }
            }
        } catch (IOException e) {
            // The socket closed.
        } finally {
            eof = true;
        }
    }

    public void send(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Sends {@code message} with a fresh id and returns the id. */
    public String request(ObjectNode message) throws IOException {
        String id = "t" + (++ids);
        message.put("id", id);
        send(Json.write(message));
        return id;
    }

    public static ObjectNode msg(String type) {
        return Json.mapper().createObjectNode().put("type", type);
    }

    /** A game command for {@code stage}: {@code command} is the core command's JSON. */
    public String command(String stage, String commandJson) throws IOException {
        ObjectNode m = msg("command");
        m.put("stage", stage);
        m.set("command", Json.mapper().readTree(commandJson));
        return request(m);
    }

    /** Sends a command and waits for its ack (fails on an error). Returns the ack. */
    public JsonNode commandOk(String stage, String commandJson) throws IOException {
        String id = command(stage, commandJson);
        JsonNode reply = awaitReply(id);
        if (!reply.path("type").asText().equals("ack")) {
            throw new AssertionError("command " + commandJson + " failed: " + reply);
        }
        return reply;
    }

    /** The next message matching {@code p}; earlier ones are kept in {@link #seen()}. */
    public JsonNode await(Predicate<JsonNode> p, String what) {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (true) {
            failOnLinesNotJson();
            long left = until - System.currentTimeMillis();
            JsonNode n;
            try {
                n = left <= 0 ? null : inbox.poll(left, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            failOnLinesNotJson(); // read before n, or while it was awaited
            if (n == null) {
                throw new AssertionError("timed out waiting for " + what + "; last received: " + tail());
            }
            seen.add(n);
            if (p.test(n)) {
                return n;
            }
        }
    }

    /** Like {@link #await(Predicate, String)}, but first looks among the messages already taken. */
    public JsonNode find(Predicate<JsonNode> p, String what) {
        for (JsonNode n : seen) {
            if (p.test(n)) {
                return n;
            }
        }
        return await(p, what);
    }

    public JsonNode await(String type) {
        return await(n -> n.path("type").asText().equals(type), type);
    }

    public JsonNode awaitReply(String id) {
        return await(n -> id.equals(n.path("id").asText(null)), "reply " + id);
    }

    public JsonNode awaitError(String code) {
        return await(
                n -> n.path("type").asText().equals("error")
                        && n.path("code").asText().equals(code),
                "error " + code);
    }

    public JsonNode awaitEvent(String eventType) {
        return await(
                n -> n.path("type").asText().equals("event")
                        && n.path("event").path("type").asText().equals(eventType),
                "event " + eventType);
    }

    private String tail() {
        StringBuilder sb = new StringBuilder();
        for (JsonNode n : seen.subList(Math.max(0, seen.size() - 8), seen.size())) {
            String t = n.toString();
            sb.append(t.length() > 300 ? t.substring(0, 300) + "..." : t).append('\n');
        }
        return sb.toString();
    }

    /** Lines from the server that were not JSON; every line of the protocol is one JSON object. */
    private final java.util.Queue<String> notJson = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private void failOnLinesNotJson() {
        String bad = notJson.peek();
        if (bad != null) {
            throw new AssertionError("the server sent a line that is not JSON: " + bad);
        }
    }

    /** Everything received in the next {@code ms} (for asserting what did not arrive). */
    public List<JsonNode> drain(long ms) {
        List<JsonNode> got = new ArrayList<>();
        long until = System.currentTimeMillis() + ms;
        while (true) {
            failOnLinesNotJson();
            long left = until - System.currentTimeMillis();
            if (left <= 0) {
                return got;
            }
            try {
                JsonNode n = inbox.poll(left, TimeUnit.MILLISECONDS);
                if (n != null) {
                    seen.add(n);
                    got.add(n);
                }
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Every message taken so far (by await or drain), in order. */
    public List<JsonNode> seen() {
        return seen;
    }

    /** Whether the server closed the connection within the wait time. */
    public boolean closedByServer() {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (!eof && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return eof;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
