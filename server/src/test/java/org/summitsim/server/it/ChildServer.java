package org.summitsim.server.it;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server in a child JVM, to kill it for real (SIGKILL) or stop it with SIGTERM. */
final class ChildServer implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on [^:]+:(\\d+)");

    final Process process;
    final List<String> output = new CopyOnWriteArrayList<>();
    private volatile int port;

    private ChildServer(Process process) {
        this.process = process;
    }

    /** Starts {@code ServerMain} on a free port; {@code extra} are more of its options. */
    static ChildServer start(Path data, String... extra) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new java.util.ArrayList<>(List.of(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dsummit.log=WARN",
                "-cp",
                cp,
                "org.summitsim.server.ServerMain",
                "--port",
                "0",
                "--data",
                data.toString()));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectErrorStream(true);
        pb.environment().put("CLASSPATH", cp.replace(File.pathSeparator, File.pathSeparator));
        ChildServer child = new ChildServer(pb.start());
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(child.process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            child.output.add(line);
                            Matcher m = LISTENING.matcher(line);
                            if (m.find()) {
                                child.port = Integer.parseInt(m.group(1));
                                ready.countDown();
                            }
                        }
                    } catch (IOException e) {
                        // The child exited.
                    }
                },
                "child-server-output");
        reader.setDaemon(true);
        reader.start();
        if (!ready.await(20, TimeUnit.SECONDS)) {
            child.process.destroyForcibly();
            throw new IllegalStateException("the child server did not start: " + child.output);
        }
        return child;
    }

    int port() {
        return port;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, then the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
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
}
