package org.summitsim.client.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One TCP connection speaking newline-delimited JSON: writes whole lines, and hands each line
 * read to a listener on its own reader thread. Knows nothing about the messages themselves.
 */
public final class LineConnection implements AutoCloseable {

    /** Receives what the connection reads, on the reader thread. */
    public interface Listener {
        void line(String line);

        /** Called once, when the connection is gone for whatever reason. */
        void closed(String reason);
    }

    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private final Socket socket;
    private final OutputStream out;
    private final Listener listener;
    private volatile boolean closing;

    private LineConnection(Socket socket, Listener listener) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.listener = listener;
    }

    public static LineConnection open(String host, int port, Listener listener) throws IOException {
        return open(host, port, ClientTls.OFF, listener);
    }

    /** Connects, in TLS when {@code tls} says so (the handshake is done before this returns). */
    public static LineConnection open(String host, int port, ClientTls tls, Listener listener) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            if (tls.enabled()) {
                socket = tls.wrap(socket, host, port);
            }
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        LineConnection c = new LineConnection(socket, listener);
        Thread reader = new Thread(c::read, "summit-net-reader");
        reader.setDaemon(true);
        reader.start();
        return c;
    }

    /** Sends one JSON message as a line; thread-safe. */
    public void send(String json) throws IOException {
        byte[] bytes = (json + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (out) {
            out.write(bytes);
            out.flush();
        }
    }

    private void read() {
        String reason = "the server closed the connection";
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    listener.line(line);
                }
            }
        } catch (IOException e) {
            reason = closing ? "closed" : "the connection broke (" + e.getMessage() + ")";
        } finally {
            closeQuietly();
            listener.closed(closing ? "closed" : reason);
        }
    }

    public boolean isOpen() {
        return !socket.isClosed();
    }

    private void closeQuietly() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a socket that is already broken has nothing left to report.
        }
    }

    @Override
    public void close() {
        closing = true;
        closeQuietly();
    }
}
