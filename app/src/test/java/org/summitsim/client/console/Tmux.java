package org.summitsim.client.console;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Drives a program in a real pseudo-terminal through tmux: send keys, read the screen. */
final class Tmux implements AutoCloseable {

    private final String session;

    private Tmux(String session) {
        this.session = session;
    }

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Starts {@code command} (run by sh) in a detached 120x40 session. */
    static Tmux start(String command) throws Exception {
        return start(command, 120, 40);
    }

    /** Starts {@code command} (run by sh) in a detached session of that many columns and rows. */
    static Tmux start(String command, int columns, int rows) throws Exception {
        String name = "summit-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        // When a test closes the last session, the tmux server exits; a session started in that
        // moment meets a dying server ("server exited unexpectedly"). Then it is started again.
        for (int attempt = 1; ; attempt++) {
            try {
                run(
                        "tmux",
                        "new-session",
                        "-d",
                        "-s",
                        name,
                        "-x",
                        String.valueOf(columns),
                        "-y",
                        String.valueOf(rows),
                        command);
                return new Tmux(name);
            } catch (IOException e) {
                if (attempt == 3 || !e.getMessage().contains("server exited")) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /** The screen's rows as the terminal shows them, long lines not joined. */
    String rows() throws Exception {
        return run("tmux", "capture-pane", "-p", "-t", session);
    }

    /** Types text (literally) into the terminal. */
    void type(String text) throws Exception {
        run("tmux", "send-keys", "-t", session, "-l", text);
    }

    /** Presses named keys: Enter, Tab, C-u... */
    void press(String... keys) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "send-keys", "-t", session));
        cmd.addAll(List.of(keys));
        run(cmd.toArray(String[]::new));
    }

    /** The screen and its scrollback, with wrapped lines joined. */
    String screen() throws Exception {
        return run("tmux", "capture-pane", "-p", "-J", "-S", "-500", "-t", session);
    }

    /** Only what is on the screen now, without the scrollback. */
    String visible() throws Exception {
        return run("tmux", "capture-pane", "-p", "-J", "-t", session);
    }

    /** Waits until the screen or its scrollback shows {@code text}; fails with the screen otherwise. */
    void await(String text) throws Exception {
        awaitIn(text, true);
    }

    /** Waits until {@code text} is on the screen itself (scrolled out of sight does not count). */
    void awaitVisible(String text) throws Exception {
        awaitIn(text, false);
    }

    private void awaitIn(String text, boolean scrollback) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!(scrollback ? screen() : visible()).contains(text)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("The terminal never showed \"" + text + "\". Screen:\n" + screen());
            }
            Thread.sleep(50);
        }
    }

    /** The console's pager prompt, as it reads after the count of lines left. */
    static final String MORE = "Space for more, or type a command";

    /** Presses Space at the console's pager, a page at a time, until {@code last} is on the screen and no page waits. */
    void pageTo(String last) throws Exception {
        for (int page = 0; page < 20; page++) {
            String now = visible();
            if (now.contains(last) && !now.contains(MORE)) {
                return;
            }
            String prompt =
                    now.lines().filter(l -> l.contains(MORE)).findFirst().orElse(null);
            if (prompt != null) {
                press("Space");
                // One key per page: wait until this prompt (its count of lines left) has gone.
                for (int wait = 0; wait < 100 && visible().contains(prompt); wait++) {
                    Thread.sleep(50);
                }
            } else {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("The page never came to \"" + last + "\". Screen:\n" + visible());
    }

    boolean alive() {
        try {
            run("tmux", "has-session", "-t", session);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** This test JVM's own tmux server, so that tests in other JVMs (or a person's tmux) never share one. */
    private static final String SOCKET =
            "summit-test-" + ProcessHandle.current().pid();

    private static String run(String... cmd) throws Exception {
        List<String> line = new ArrayList<>(List.of(cmd));
        if (line.get(0).equals("tmux")) {
            line.addAll(1, List.of("-L", SOCKET));
        }
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", line) + " failed: " + out);
        }
        return out;
    }

    /** The command line that runs the real `summit` entry point with this JVM's classpath. */
    static String summit(File home, String args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return "env HOME=" + home + " TERM=xterm-256color " + java
                + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Duser.home=" + home + " -cp "
                + System.getProperty("java.class.path") + " org.summitsim.client.cli.Main " + args;
    }

    @Override
    public void close() {
        try {
            run("tmux", "kill-session", "-t", session);
        } catch (Exception ignored) {
            // The program ended and took the session with it.
        }
    }
}
