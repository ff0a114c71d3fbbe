package org.summitsim.server.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.summitsim.core.json.Json;

/**
 * A client of either framing (NDJSON lines or WebSocket text frames) that writes everything it
 * sends and receives into a {@link WireLog}, and waits for messages by what they are.
 */
public abstract class WireClient implements AutoCloseable {

    private static final long WAIT_MS = 10_000;

    private final String name;
    private final WireLog log;
    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private int ids;
    private volatile long lastSeq;

    private WireClient(String name, WireLog log) {
        this.name = name;
        this.log = log;
    }

    /** A line client that has said hello as {@code name}. */
    public static WireClient lines(int port, String name, WireLog log) throws IOException {
        return hello(new Lines(port, name, log), name);
    }

    /** A line client that has not said hello yet. */
    public static WireClient linesBeforeHello(int port, String name, WireLog log) throws IOException {
        return new Lines(port, name, log);
    }

    /** A WebSocket client on /ws that has said hello as {@code name}. */
    public static WireClient webSocket(int port, String name, WireLog log) throws Exception {
        return hello(new Frames(port, name, log), name);
    }

    private static WireClient hello(WireClient c, String name) throws IOException {
        c.request(msg("hello").put("protocol", 1).put("client", "contract-test").put("name", name));
        c.await("hello_ok");
        return c;
    }

    public static ObjectNode msg(String type) {
        return Json.mapper().createObjectNode().put("type", type);
    }

    /** Sends {@code message} with a fresh id; returns the id. */
    public String request(ObjectNode message) throws IOException {
        String id = name.charAt(0) + "" + (++ids);
        message.put("id", id);
        send(Json.write(message), false);
        return id;
    }

    /** Sends a request and returns its reply (the first message carrying its id). */
    public JsonNode ask(ObjectNode message) throws IOException {
        return awaitReply(request(message));
    }

    /** A game command for {@code stage}; returns the reply (ack or error). */
    public JsonNode command(String stage, String commandJson) throws IOException {
        ObjectNode m = msg("command").put("stage", stage);
        m.set("command", Json.mapper().readTree(commandJson));
        return ask(m);
    }

    /** A command that must be accepted. */
    public JsonNode commandOk(String stage, String commandJson) throws IOException {
        JsonNode reply = command(stage, commandJson);
        if (!reply.path("type").asText().equals("ack")) {
            throw new AssertionError(name + ": " + commandJson + " was refused: " + reply);
        }
        return reply;
    }

    /** Sends a line meant to be refused (by the server and by the client schema); returns the reply. */
    public JsonNode sendInvalid(String line, String expectedCode) throws IOException {
        send(line, true);
        return await(
                n -> n.path("type").asText().equals("error")
                        && n.path("code").asText().equals(expectedCode),
                "error " + expectedCode);
    }

    protected void send(String line, boolean invalid) throws IOException {
        log.sent(name, line, invalid);
        write(line);
    }

    protected abstract void write(String line) throws IOException;

    protected void arrived(String json) {
        log.received(name, json);
        try {
            JsonNode n = Json.mapper().readTree(json);
            if (n.path("type").asText().equals("event")) {
                lastSeq = Math.max(lastSeq, n.path("seq").asLong());
            }
            inbox.add(n);
        } catch (IOException e) {
            inbox.add(Json.mapper().createObjectNode().put("type", "unreadable").put("text", json));
        }
    }

    /** The highest event sequence number received so far (for resume). */
    public long lastSeq() {
        return lastSeq;
    }

    public JsonNode await(Predicate<JsonNode> p, String what) {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (true) {
            JsonNode n;
            try {
                n = inbox.poll(Math.max(1, until - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            if (n == null) {
                throw new AssertionError(name + " timed out waiting for " + what);
            }
            if (p.test(n)) {
                return n;
            }
        }
    }

    public JsonNode await(String type) {
        return await(n -> n.path("type").asText().equals(type), type);
    }

    public JsonNode awaitReply(String id) {
        return await(
                n -> id.equals(n.path("id").asText(null))
                        && !n.path("type").asText().equals("event"),
                "reply " + id);
    }

    public JsonNode awaitEvent(String eventType) {
        return await(
                n -> n.path("type").asText().equals("event")
                        && n.path("event").path("type").asText().equals(eventType),
                "event " + eventType);
    }

    private static final class Lines extends WireClient {
        private final Socket socket;
        private final OutputStream out;

        Lines(int port, String name, WireLog log) throws IOException {
            super(name, log);
            socket = new Socket("127.0.0.1", port);
            out = socket.getOutputStream();
            Thread reader = new Thread(this::read, "contract-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    arrived(line);
                }
            } catch (IOException e) {
                // closed
            }
        }

        @Override
        protected void write(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static final class Frames extends WireClient {
        private final WebSocket ws;

        Frames(int port, String name, WireLog log) throws Exception {
            super(name, log);
            ws = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new WebSocket.Listener() {
                        private final StringBuilder part = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            part.append(data);
                            if (last) {
                                arrived(part.toString());
                                part.setLength(0);
                            }
                            w.request(1);
                            return null;
                        }
                    })
                    .get(WAIT_MS, TimeUnit.MILLISECONDS);
        }

        @Override
        protected void write(String line) throws IOException {
            try {
                ws.sendText(line, true).get(WAIT_MS, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new IOException(e);
            }
        }

        @Override
        public void close() {
            ws.abort();
        }
    }
}
