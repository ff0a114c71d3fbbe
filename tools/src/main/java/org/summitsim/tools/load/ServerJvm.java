package org.summitsim.tools.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A server in a JVM of its own: Summit's {@code ServerMain} or the {@link BroadcastBaseline}.
 * Both take {@code --port 0} and print a line with {@code listening on HOST:PORT} once they accept
 * connections; the port is read from it, so no port is guessed. Closing stops it (SIGTERM, then
 * SIGKILL if it lingers).
 */
final class ServerJvm implements AutoCloseable {

    private static final String READY = "listening on ";

    private final Process process;
    private final int port;

    private ServerJvm(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** This JVM's class path. Under Failsafe it is a manifest-only jar, and the real one is in a property. */
    static String ownClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Starts {@code mainClass} with {@code args} on class path {@code cp}, and waits until it listens. */
    static ServerJvm start(String cp, List<String> jvmOptions, String mainClass, List<String> args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", cp, mainClass));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        ConcurrentLinkedDeque<String> last = new ConcurrentLinkedDeque<>();
        Thread reader = new Thread(() -> read(p, listening, last), "server-jvm-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerJvm(p, listening.get(60, TimeUnit.SECONDS));
        } catch (InterruptedException | java.util.concurrent.ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IOException(mainClass + " did not start: " + String.join("\n", last), e);
        }
    }

    /** Reads the child's output to its end (so it never blocks on a full pipe), keeping the last lines. */
    private static void read(Process p, CompletableFuture<Integer> listening, ConcurrentLinkedDeque<String> last) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                last.add(line);
                if (last.size() > 20) {
                    last.poll();
                }
                int at = line.indexOf(READY);
                if (at >= 0 && !listening.isDone()) {
                    String hostPort = line.substring(at + READY.length()).split("[ ,]")[0];
                    listening.complete(Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)));
                }
            }
        } catch (IOException | RuntimeException e) {
            listening.completeExceptionally(e);
        }
        listening.completeExceptionally(new IOException("the server exited"));
    }

    int port() {
        return port;
    }

    /** The CPU time the server's process has used so far (user and system), -1 where the system does not say. */
    long cpuNanos() {
        return process.toHandle()
                .info()
                .totalCpuDuration()
                .map(java.time.Duration::toNanos)
                .orElse(-1L);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
