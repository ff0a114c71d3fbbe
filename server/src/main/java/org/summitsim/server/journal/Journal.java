package org.summitsim.server.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.summitsim.protocol.journal.JournalLines;
import org.summitsim.protocol.journal.JournalRecord;

/**
 * One room's append-only journal. The room appends records on its own thread and gets their
 * position; the {@link Listener} hears when records up to a position are stored, as safely as
 * the server's {@link Durability} promises, and only then does the room send what they report.
 * How and where the bytes are written is the subclass's job; a {@link JournalWriter} thread
 * takes each journal's background turn ({@link #background}) when it is dirty.
 */
public abstract sealed class Journal implements AutoCloseable permits GroupCommitJournal, WriteThroughJournal {

    /** Told when records up to a position are stored, or that storing failed for good. */
    public interface Listener {
        /** May run on the appending thread itself (write-through) or on a writer thread (group commit). */
        void stored(long position);

        /** Always on a writer thread or after the append returned: the room handles it in its own time. */
        void failed(IOException e);
    }

    private final Path file;
    final JournalWriter writer;
    final AtomicBoolean queued = new AtomicBoolean();
    /** When the journal was last queued for its writer thread ({@link System#nanoTime}). */
    volatile long queuedAt;

    private final Object fileLock = new Object();
    private FileChannel channel;
    private volatile Listener listener;
    volatile boolean closeWhenIdle;
    volatile boolean broken;
    /** Background turns taken so far (by its one writer thread): how often the journal woke it. */
    volatile int turns;
    /** Records appended so far, counting those already in the file; the appending thread's. */
    long appended;

    Journal(Path file, FileChannel channel, JournalWriter writer, long existing) {
        this.file = file;
        this.channel = channel;
        this.writer = writer;
        this.appended = existing;
    }

    public final void listener(Listener listener) {
        this.listener = listener;
    }

    public final Path file() {
        return file;
    }

    /** Appends one record; returns its position (1-based count of records in the file). */
    public final long append(JournalRecord record) {
        return append(List.of(record));
    }

    /** Appends records in order, in one write where the mode writes at once; returns the last one's position. */
    public abstract long append(List<JournalRecord> records);

    public final long appended() {
        return appended;
    }

    /**
     * Keeps the file closed except while writing: for a finished room, which rarely writes again,
     * so a server holding many finished rooms does not hold a file handle for each.
     */
    public final void closeWhenIdle() {
        closeWhenIdle = true;
        writer.dirty(this);
    }

    /** A writer thread's turn: write, force and close as the mode needs. */
    abstract void background();

    final void stored(long position) {
        Listener l = listener;
        if (l != null) {
            l.stored(position);
        }
    }

    final void fail(IOException e) {
        broken = true;
        Listener l = listener;
        if (l != null) {
            l.failed(e);
        }
    }

    /** Writes whole records at the end of the file, opening it if it was closed while idle. */
    final void write(ByteBuffer bytes, Runnable whileLocked) throws IOException {
        synchronized (fileLock) {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            }
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            whileLocked.run();
        }
    }

    /**
     * Forces what was written to disk. Not under the file lock, so a room writing meanwhile is
     * never held up by the disk; only writer threads close the file, so it stays open here.
     */
    final void force() throws IOException {
        FileChannel ch;
        synchronized (fileLock) {
            ch = channel;
        }
        if (ch != null) {
            ch.force(false);
        }
    }

    /** Closes the file when the room is finished and {@code idle} holds (checked under the file lock). */
    final void closeIfIdle(BooleanSupplier idle) {
        if (!closeWhenIdle) {
            return;
        }
        synchronized (fileLock) {
            if (channel != null && idle.getAsBoolean()) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // Everything written reached the OS already; nothing is lost by a failed close.
                }
                channel = null;
            }
        }
    }

    /** Records as journal lines, newlines included, in one buffer. */
    static ByteBuffer lines(List<JournalRecord> records) {
        return ByteBuffer.wrap(JournalLines.encode(records));
    }

    @Override
    public void close() throws IOException {
        synchronized (fileLock) {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        }
    }
}
