package org.summitsim.server.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.summitsim.core.json.Json;

/**
 * One room's append-only journal. The room appends records on its own thread and gets a
 * position; a {@link JournalWriter} thread writes and fsyncs what is pending in batches and
 * then reports the durable position to the {@link Listener}.
 */
public final class Journal implements AutoCloseable {

    /** Told, on a writer thread, when records up to a position are on disk, or that writing failed. */
    public interface Listener {
        void durable(long position);

        void failed(IOException e);
    }

    private final Path file;
    private FileChannel channel;
    private volatile boolean closeWhenIdle;
    private final JournalWriter writer;
    private final Queue<byte[]> pending = new ConcurrentLinkedQueue<>();
    final AtomicBoolean queued = new AtomicBoolean();
    private volatile Listener listener;
    private long appended;
    private long durable;
    private volatile boolean broken;

    Journal(Path file, FileChannel channel, JournalWriter writer, long existing) {
        this.file = file;
        this.channel = channel;
        this.writer = writer;
        this.appended = existing;
        this.durable = existing;
    }

    public void listener(Listener listener) {
        this.listener = listener;
    }

    public Path file() {
        return file;
    }

    /** Queues one record; returns its position (1-based count of records in the file). */
    public long append(JournalRecord record) {
        pending.add(line(record));
        appended++;
        writer.dirty(this);
        return appended;
    }

    /** One record as a journal line, newline included. */
    static byte[] line(JournalRecord record) {
        try {
            byte[] json = Json.mapper().writeValueAsBytes(record);
            byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long appended() {
        return appended;
    }

    /** Called by the writer thread: writes everything pending, forces it to disk if asked. */
    void flush(boolean fsync) {
        if (broken) {
            pending.clear();
            return;
        }
        List<byte[]> lines = new ArrayList<>();
        byte[] line;
        int bytes = 0;
        while ((line = pending.poll()) != null) {
            lines.add(line);
            bytes += line.length;
        }
        if (lines.isEmpty()) {
            closeIfIdle();
            return;
        }
        ByteBuffer buf = ByteBuffer.allocate(bytes);
        lines.forEach(buf::put);
        buf.flip();
        try {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            }
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            if (fsync) {
                channel.force(false);
            }
            durable += lines.size();
            Listener l = listener;
            if (l != null) {
                l.durable(durable);
            }
            closeIfIdle();
        } catch (IOException e) {
            broken = true;
            Listener l = listener;
            if (l != null) {
                l.failed(e);
            }
        }
    }

    /**
     * Keeps the file closed except while writing: for a finished room, which rarely writes again,
     * so a server holding many finished rooms does not hold a file handle for each.
     */
    public void closeWhenIdle() {
        closeWhenIdle = true;
        writer.dirty(this);
    }

    /** On the writer thread, after a flush. */
    private void closeIfIdle() {
        if (closeWhenIdle && channel != null && pending.isEmpty()) {
            try {
                channel.close();
            } catch (IOException e) {
                // Everything written was forced already; nothing is lost by a failed close.
            }
            channel = null;
        }
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
