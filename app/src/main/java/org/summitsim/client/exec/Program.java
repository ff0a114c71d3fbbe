package org.summitsim.client.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.summitsim.core.bots.BotFault;
import org.summitsim.core.json.Json;

/**
 * One bot program and its pipes. Summit writes a line of JSON to its standard input for each
 * message and, for a turn, waits for one line back on its standard output; what the program
 * writes to its standard error goes to Summit's, under its name, so a bot author sees their
 * prints and tracebacks. Calls are one at a time (matches played in parallel take turns), so the
 * program needs no threads.
 *
 * <p>A program that ends, answers late or answers with something that is not an answer is
 * stopped: its seats are taken out of their matches with the reason. The next seat that needs it
 * starts it afresh, so one crash costs one match, not a tournament.
 */
final class Program {

    /** How long a turn may take before the program is stopped. */
    static final long TURN_MS = 10_000;

    /** How long a program may take to start and answer the greeting (an interpreter loading its libraries). */
    static final long START_MS = 30_000;

    /** Lines of its standard error kept to say why it stopped. */
    private static final int ERROR_LINES = 5;

    private static final String END = "\u0000end";

    private static final String OUT_OF_TIME =
            "a turn ran past the tournament's time budget (--turn-budget allows more)";

    private final List<String> command;
    private final String name;
    private final long turnMs;
    private final AtomicLong bots = new AtomicLong();
    private final Deque<String> lastErrors = new ArrayDeque<>();
    /**
     * The first line that names an error ("Error: Cannot find module", "TypeError: ..."): Node and
     * Java print the error first and their stack after it, so the last lines alone may miss it.
     */
    private String firstError;

    private Process process;
    private OutputStream in;
    /** Writes to the program's standard input, so that a write that blocks can be given up. */
    private java.util.concurrent.ExecutorService writer;

    private BlockingQueue<String> out;
    /** Reads the program's standard error; joined when it has ended, so that its last words are all in. */
    private Thread errorReader;
    /** Counts starts: a bot started by an earlier run of the program cannot be continued by this one. */
    private long generation;
    /** Why the running program was stopped; null while it runs or before it started. */
    private String stopped;
    /** Why the run before this one stopped. */
    private String previous;

    Program(List<String> command, String name) {
        this(command, name, TURN_MS);
    }

    Program(List<String> command, String name, long turnMs) {
        this.command = List.copyOf(command);
        this.name = name;
        this.turnMs = turnMs;
    }

    /** The program's short name, as reports call it. */
    String name() {
        return name;
    }

    /** A new bot's number, never used again in this run. */
    long nextBot() {
        return bots.incrementAndGet();
    }

    /**
     * The program's run a new bot is played by, started if it is not running. Starting waits for
     * the program's answer to a greeting, so that the time an interpreter takes to load is not
     * taken from a seat's first turn.
     */
    synchronized long start() {
        if (process == null || stopped != null) {
            launch();
            ObjectNode hello =
                    Json.mapper().createObjectNode().put("type", "hello").put("protocol", 1);
            JsonNode answer = ask(generation, hello, START_MS);
            if (!answer.isObject()) {
                throw stop("it must answer the greeting {\"type\":\"hello\",...} with a line such as"
                        + " {\"type\":\"ready\"}, not " + shorten(answer.toString()));
            }
        }
        return generation;
    }

    /** Sends a message that has no answer. */
    synchronized void tell(long run, ObjectNode message) {
        write(run, message);
    }

    /** Sends a message and waits for the program's one line of answer. */
    synchronized JsonNode ask(long run, ObjectNode message) {
        return ask(run, message, turnMs);
    }

    private JsonNode ask(long run, ObjectNode message, long waitMs) {
        write(run, message, waitMs);
        String line;
        try {
            line = out.poll(waitMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // A tournament's time budget ran out while it thought: an answer still on its way
            // would be read as the next one's, so the program stops.
            Thread.currentThread().interrupt();
            throw stop(OUT_OF_TIME);
        }
        if (line == null) {
            throw stop(
                    "it did not answer " + (message.path("type").asText().equals("hello") ? "the greeting" : "a turn")
                            + " within " + waitMs / 1000.0 + " s (an answer must end with a new line and be flushed:"
                            + " in Python, print(..., flush=True))");
        }
        if (line.equals(END)) {
            throw stop(ended());
        }
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw stop("it answered with a line that is not JSON: " + shorten(line)
                    + " (write debugging output to standard error, not standard output)");
        }
    }

    /** A line for the bot author, beside what the program writes to standard error. */
    void note(String line) {
        System.err.println("[" + name + "] Summit: " + line);
    }

    /** Stops the program for a reason a bot author can act on; the exception says it. */
    synchronized BotFault.Explained stop(String why) {
        if (stopped == null) {
            stopped = why;
            process.destroy();
            Live.remove(process);
            if (!process.isAlive()) {
                // A traceback reaches its reader a moment after the program's end reached ours.
                try {
                    errorReader.join(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return new BotFault.Explained(name + " stopped: " + stopped + errors());
    }

    private void write(long run, ObjectNode message) {
        write(run, message, turnMs);
    }

    /**
     * Writes on the program's writer thread and waits at most {@code waitMs}: a view is bigger
     * than a pipe holds, so a program that has stopped reading would otherwise hang the run.
     */
    private void write(long run, ObjectNode message, long waitMs) {
        if (run != generation) {
            throw new BotFault.Explained(name + " stopped earlier in this match: " + previous);
        }
        if (stopped != null) {
            throw new BotFault.Explained(name + " stopped: " + stopped + errors());
        }
        byte[] bytes = (message + "\n").getBytes(StandardCharsets.UTF_8);
        OutputStream target = in;
        java.util.concurrent.Future<?> written = writer.submit(() -> {
            target.write(bytes);
            target.flush();
            return null;
        });
        try {
            written.get(waitMs, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw stop("it stopped reading its standard input (a message waited " + waitMs / 1000.0 + " s)");
        } catch (java.util.concurrent.ExecutionException e) {
            throw stop(ended());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stop(OUT_OF_TIME);
        }
    }

    private void launch() {
        if (process != null) {
            process.destroyForcibly();
            Live.remove(process);
        }
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new BotFault.Explained("Cannot start " + String.join(" ", command) + ": " + e.getMessage());
        }
        if (writer != null) {
            writer.shutdownNow();
        }
        writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "summit-exec-in");
            t.setDaemon(true);
            return t;
        });
        generation++;
        previous = stopped;
        stopped = null;
        lastErrors.clear();
        firstError = null;
        in = process.getOutputStream();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        out = lines;
        Process running = process;
        daemon("summit-exec-out", () -> {
            try (BufferedReader r = reader(running.getInputStream())) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The pipe closed with the program: said as its end.
            }
            lines.add(END);
        });
        errorReader = daemon("summit-exec-err", () -> {
            try (BufferedReader r = reader(running.getErrorStream())) {
                for (String line; (line = r.readLine()) != null; ) {
                    System.err.println("[" + name + "] " + line);
                    String words = line.strip();
                    if (words.isEmpty() || words.matches("[\\^~ ]+")) {
                        continue; // a traceback's markers under the line above say nothing in one line
                    }
                    synchronized (lastErrors) {
                        if (firstError == null && ERROR_LINE.matcher(words).find()) {
                            firstError = words;
                        }
                        lastErrors.addLast(words);
                        while (lastErrors.size() > ERROR_LINES) {
                            lastErrors.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // As above.
            }
        });
        Live.add(running);
    }

    private String ended() {
        try {
            process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.isAlive() ? "it closed its standard output" : "it ended (exit code " + process.exitValue() + ")";
    }

    /** The last lines the program wrote to its standard error, to go with the reason it stopped. */
    private String errors() {
        synchronized (lastErrors) {
            if (lastErrors.isEmpty()) {
                return "";
            }
            String last = String.join(" | ", lastErrors);
            return firstError == null || lastErrors.contains(firstError)
                    ? "; its last words: " + last
                    : "; it said: " + firstError + " ... and last: " + last;
        }
    }

    /** A line that names an error, as Python, Node and Java print one. */
    private static final java.util.regex.Pattern ERROR_LINE =
            java.util.regex.Pattern.compile("^(\\w+\\.)*\\w*(Error|Exception)\\b|^Traceback \\(");

    private static String shorten(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    /** The programs running now, stopped with Summit by one hook (not one per start: a tournament may restart a program often). */
    private static final class Live {
        private static final java.util.Set<Process> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

        static {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroy), "summit-exec-stop"));
        }

        static void add(Process p) {
            RUNNING.add(p);
        }

        static void remove(Process p) {
            RUNNING.remove(p);
        }
    }

    private static BufferedReader reader(java.io.InputStream stream) {
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    private static Thread daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
