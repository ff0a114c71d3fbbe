package org.summitsim.client.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Scripted mode: commands line by line from a file or a pipe, everything printed as plain lines.
 * Each command is echoed ("> say ...") so a log reads like the session it records. With --json,
 * stdout carries only protocol lines and the human-readable pages go to stderr.
 */
public final class PlainIo implements ConsoleIo {

    private final BufferedReader in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    public PlainIo(BufferedReader in, PrintWriter out, PrintWriter err, boolean json) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.json = json;
    }

    @Override
    public String readLine() {
        String line = read();
        if (line != null && !json && !line.isBlank()) {
            out.println("> " + line.strip());
        }
        return line;
    }

    private String read() {
        try {
            return in.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String ask(String question) {
        return read();
    }

    @Override
    public void print(String text) {
        (json ? err : out).println(text);
    }

    @Override
    public void event(String text) {
        if (!json) {
            out.println(text);
        }
    }

    @Override
    public void raw(String line) {
        out.println(line);
    }

    @Override
    public void status(String text) {
        // Scripts have no status line; `status` prints it on demand.
    }

    @Override
    public void prompt(String prompt) {
        // No prompt in scripts: the echo shows each command instead.
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void close() {
        out.flush();
        err.flush();
    }
}
