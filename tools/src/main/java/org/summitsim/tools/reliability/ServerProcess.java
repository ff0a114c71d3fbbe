package org.summitsim.tools.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The server ({@code org.summitsim.server.ServerMain}) in a child JVM on a fixed port, so it can
 * be killed for real (SIGKILL) and started again where clients expect it. {@code fileLimitKb}
 * above 0 runs it under {@code ulimit -f}: past that size every write fails as on a full disk.
 */
final class ServerProcess implements AutoCloseable {

    final Process process;
    final List<String> output = new CopyOnWriteArrayList<>();

    private ServerProcess(Process process) {
        this.process = process;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** Starts the server and waits until it listens; retries while the port is still held. */
    static ServerProcess start(int port, Path data, long fileLimitKb, String... extra) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                return startOnce(port, data, fileLimitKb, extra);
            } catch (IOException e) {
                last = e;
                if (!String.valueOf(e.getMessage()).contains("Cannot listen")) {
                    throw e;
                }
                sleep(500);
            }
        }
        throw last;
    }

    private static ServerProcess startOnce(int port, Path data, long fileLimitKb, String... extra) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-Dsummit.log=WARN",
                "-cp",
                cp,
                "org.summitsim.server.ServerMain",
                "--port",
                String.valueOf(port),
                "--data",
                data.toString()));
        cmd.addAll(List.of(extra));
        if (fileLimitKb > 0) {
            List<String> quoted =
                    cmd.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList();
            cmd = List.of("bash", "-c", "ulimit -f " + fileLimitKb + " && exec " + String.join(" ", quoted));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectErrorStream(true);
        ServerProcess child = new ServerProcess(pb.start());
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(child.process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            child.output.add(line);
                            if (line.startsWith("listening on")) {
                                ready.countDown();
                            }
                        }
                    } catch (IOException e) {
                        // The child exited.
                    } finally {
                        ready.countDown();
                    }
                },
                "server-process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!ready.await(60, TimeUnit.SECONDS) || !child.process.isAlive()) {
                child.process.destroyForcibly();
                child.process.waitFor(10, TimeUnit.SECONDS);
                throw new IOException("the server did not start: " + String.join("\n", child.output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        return child;
    }

    /** How many rooms the server said it restored at start. */
    int restoredRooms() {
        for (String l : output) {
            int at = l.indexOf("rooms restored: ");
            if (l.startsWith("listening on") && at >= 0) {
                return Integer.parseInt(l.substring(at + 16).replaceAll("\\D.*", ""));
            }
        }
        return -1;
    }

    /** SIGKILL: no shutdown hook, no flush, nothing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, then the exit code (-1 if it had to be killed). */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
