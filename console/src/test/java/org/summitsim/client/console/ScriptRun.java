package org.summitsim.client.console;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.summitsim.client.console.render.Style;

/** A console session in scripted mode, in this JVM, with its output captured. */
final class ScriptRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final CompletableFuture<Integer> failures = new CompletableFuture<>();

    /** Starts the script on its own thread, so several consoles can play at once. */
    static ScriptRun start(PlayOptions options, String script) {
        return start(options, script, null);
    }

    /** Starts the script with the seats remembered in {@code seats} (null: a file of its own). */
    static ScriptRun start(PlayOptions options, String script, SeatMemory seats) {
        ScriptRun run = new ScriptRun();
        Thread t = new Thread(
                () -> {
                    try (PlainIo io = new PlainIo(
                            new BufferedReader(new StringReader(script)),
                            new PrintWriter(run.out, true),
                            new PrintWriter(run.err, true),
                            options.json())) {
                        // Seats are remembered in a file of the test's own, never in the user's home.
                        SeatMemory memory = seats != null
                                ? seats
                                : new SeatMemory(java.nio.file.Files.createTempDirectory("summit-seats-")
                                        .resolve("seats"));
                        run.failures.complete(new Launcher(memory).run(options, io, Style.plain()));
                    } catch (Throwable e) {
                        run.failures.completeExceptionally(e);
                    }
                },
                "script-" + options.seat());
        t.setDaemon(true);
        t.start();
        return run;
    }

    static ScriptRun run(PlayOptions options, String script) throws Exception {
        return run(options, script, null);
    }

    static ScriptRun run(PlayOptions options, String script, SeatMemory seats) throws Exception {
        ScriptRun run = start(options, script, seats);
        run.failures();
        return run;
    }

    /** Waits for the end of the script; the number of commands that failed. */
    int failures() throws Exception {
        try {
            return failures.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The script did not finish; its output so far:\n" + output(), e);
        }
    }

    String output() {
        return out.toString();
    }
}
