package org.summitsim.tools.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.summitsim.core.json.Json;

/**
 * A bare NDJSON connection that sends any bytes at all and queues every line the server sends,
 * decoded. For the fuzzer, which must be able to send what no real client would.
 */
final class RawConnection implements AutoCloseable {

    /** Put in the queue when the server closed the connection. */
    static final JsonNode CLOSED = Json.mapper().createObjectNode().put("type", "__closed__");
    /** Put in the queue for a line the server sent that is not JSON (a protocol violation). */
    static final String NOT_JSON = "__not_json__";

    private final Socket socket;
    private final OutputStream out;
    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private volatile boolean eof;

    RawConnection(String host, int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        Thread reader = new Thread(this::read, "fuzz-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                try {
                    JsonNode n = Json.mapper().readTree(line);
                    if (n == null || !n.isObject()) {
                        throw new IOException("not an object");
                    }
                    inbox.add(n);
                } catch (IOException e) {
                    inbox.add(Json.mapper()
                            .createObjectNode()
                            .put("type", NOT_JSON)
                            .put("line", line));
                }
            }
        } catch (IOException e) {
            // Closed by either side.
        } finally {
            eof = true;
            inbox.add(CLOSED);
        }
    }

    /** Writes the bytes; false when the connection is already gone. */
    boolean write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    boolean writeLine(String line) {
        return write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The next message, or null after {@code ms}. */
    JsonNode poll(long ms) {
        try {
            return inbox.poll(ms, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    boolean eof() {
        return eof;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
