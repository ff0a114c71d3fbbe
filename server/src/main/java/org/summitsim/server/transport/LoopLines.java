package org.summitsim.server.transport;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.Arrays;

/**
 * Lines sent on an event loop to connections of that same loop, written together once the
 * loop's current work is done: one task for the whole loop instead of one per connection (a
 * room on its loop sends a statement to twenty members at once). The lines wait in arrays
 * shared by all the loop's connections, and each connection keeps only numbers (its first and
 * last line here): storing a new line into a long-lived array of each connection's own made
 * the collector's refinement threads revisit thousands of old objects a second
 * (docs/PERFORMANCE.md). One per loop thread; used on that thread only.
 */
final class LoopLines {

    private static final FastThreadLocal<LoopLines> CURRENT = new FastThreadLocal<>() {
        @Override
        protected LoopLines initialValue() {
            return new LoopLines();
        }
    };

    /** One pass's lines, each with the connection it goes to and the next line to that connection. */
    private static final class Pass {
        long id;
        int size;
        Connection[] to = new Connection[64];
        byte[][] lines = new byte[64][];
        int[] next = new int[64];

        int add(Connection c, byte[] line) {
            if (size == to.length) {
                to = Arrays.copyOf(to, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
                next = Arrays.copyOf(next, size * 2);
            }
            to[size] = c;
            lines[size] = line;
            next[size] = -1;
            return size++;
        }

        void clear() {
            Arrays.fill(to, 0, size, null);
            Arrays.fill(lines, 0, size, null);
            size = 0;
        }
    }

    private long passes;
    /** Where new lines go. */
    private Pass open = new Pass();
    /** The pass being written, or null; lines sent meanwhile go to {@link #open}. */
    private Pass writing;

    private Pass spare = new Pass();
    private boolean scheduled;
    private final Runnable write = this::write;

    private LoopLines() {
        open.id = ++passes;
    }

    /** Queues {@code line} for {@code c}, on {@code loop}'s thread, which is {@code c}'s. */
    static void add(Connection c, byte[] line, EventLoop loop) {
        CURRENT.get().queue(c, line, loop);
    }

    /**
     * Takes {@code c}'s waiting lines out, in the order sent (null if none): it is about to write
     * them itself, or to leave this loop.
     */
    static byte[][] take(Connection c) {
        return c.linesPass == 0 ? null : CURRENT.get().lines(c);
    }

    private void queue(Connection c, byte[] line, EventLoop loop) {
        int k = open.add(c, line);
        if (c.linesPass == open.id) {
            open.next[c.lastLine] = k;
            c.linesCount++;
        } else {
            c.linesPass = open.id;
            c.firstLine = k;
            c.linesCount = 1;
        }
        c.lastLine = k;
        if (!scheduled) {
            scheduled = true;
            loop.execute(write);
        }
    }

    private byte[][] lines(Connection c) {
        Pass p = c.linesPass == open.id ? open : writing != null && c.linesPass == writing.id ? writing : null;
        c.linesPass = 0;
        if (p == null) {
            return null;
        }
        byte[][] out = new byte[c.linesCount][];
        for (int k = c.firstLine, i = 0; k >= 0; k = p.next[k]) {
            out[i++] = p.lines[k];
        }
        return out;
    }

    /** Has each connection with lines in this pass write them, in the order they first got one. */
    private void write() {
        scheduled = false;
        Pass p = open;
        writing = p;
        open = spare;
        open.id = ++passes;
        try {
            for (int i = 0; i < p.size; i++) {
                Connection c = p.to[i];
                if (c.linesPass == p.id && c.firstLine == i) {
                    c.writeQueuedOrClose();
                }
            }
        } finally {
            writing = null;
            p.clear();
            spare = p;
        }
    }
}
