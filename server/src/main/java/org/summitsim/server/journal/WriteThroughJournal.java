package org.summitsim.server.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.protocol.journal.JournalRecord;

/**
 * A journal for {@link Durability#INTERVAL} and {@link Durability#NEVER}: the room writes its
 * records into the file itself, on its own thread, and they count as stored as soon as the
 * OS has them (a small write into the page cache, microseconds), so nothing waits for another
 * thread. A writer thread later forces written journals to disk (interval mode) and closes
 * idle ones; it never holds the room up.
 */
final class WriteThroughJournal extends Journal {

    private static final Logger LOG = LoggerFactory.getLogger(WriteThroughJournal.class);

    private final boolean fsync;
    /** Records in the file (handed to the OS); written under the file lock. */
    private volatile long written;
    /** Records known forced to disk; the writer thread's. */
    private long synced;
    /** A new file's directory entry is forced too, on the first background turn. */
    private volatile boolean newFile;

    WriteThroughJournal(Path file, FileChannel channel, JournalWriter writer, long existing, boolean fsync) {
        super(file, channel, writer, existing);
        this.fsync = fsync;
        this.written = existing;
        this.synced = existing;
    }

    void newFile() {
        newFile = true;
        writer.dirty(this);
    }

    @Override
    public long append(List<JournalRecord> records) {
        ByteBuffer bytes = lines(records);
        long position = appended += records.size();
        if (broken) {
            return position; // never stored: the room has heard of the failure and drops what waits for it
        }
        try {
            write(bytes, () -> written = position);
        } catch (IOException e) {
            fail(e);
            return position;
        }
        stored(position);
        if (fsync || closeWhenIdle) {
            // Without fsync the writer thread has nothing to do for a record in the file, unless
            // the file is to be closed once idle: it is not woken for every append.
            writer.dirty(this);
        }
        return position;
    }

    @Override
    void background() {
        long w = written;
        if (fsync && !broken && (w > synced || newFile)) {
            try {
                force();
                if (newFile) {
                    newFile = false;
                    JournalWriter.forceDirectory(file().getParent());
                }
                synced = w;
            } catch (IOException e) {
                // Acknowledged records are in the OS and survive a killed server, but this disk can no
                // longer promise to keep them through a power cut: stop the room rather than go on.
                LOG.error("Journal {} could not be forced to disk: {}", file(), e.getMessage());
                fail(e);
            }
        } else {
            synced = w;
        }
        closeIfIdle(() -> written == w);
    }
}
