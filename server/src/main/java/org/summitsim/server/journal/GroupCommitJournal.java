package org.summitsim.server.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.summitsim.protocol.journal.JournalRecord;

/**
 * A journal for {@link Durability#ALWAYS}: the room only queues its records; a writer thread
 * writes everything queued, forces it to disk once, and then reports it stored. So a burst of
 * commands in one room costs one fsync, and the room's thread never waits for the disk.
 */
final class GroupCommitJournal extends Journal {

    private record Pending(ByteBuffer bytes, long position) {}

    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    /** A new file's directory entry must be forced too, once, before anything counts as stored. */
    private boolean newFile;

    GroupCommitJournal(Path file, FileChannel channel, JournalWriter writer, long existing, boolean newFile) {
        super(file, channel, writer, existing);
        this.newFile = newFile;
    }

    @Override
    public long append(List<JournalRecord> records) {
        ByteBuffer bytes = lines(records);
        appended += records.size();
        pending.add(new Pending(bytes, appended));
        writer.dirty(this);
        return appended;
    }

    @Override
    void background() {
        if (broken) {
            pending.clear();
            return;
        }
        List<Pending> batch = new ArrayList<>();
        Pending p;
        int bytes = 0;
        while ((p = pending.poll()) != null) {
            batch.add(p);
            bytes += p.bytes().remaining();
        }
        if (batch.isEmpty()) {
            closeIfIdle(pending::isEmpty);
            return;
        }
        ByteBuffer all = ByteBuffer.allocate(bytes);
        batch.forEach(b -> all.put(b.bytes()));
        all.flip();
        try {
            write(all, () -> {});
            force();
            if (newFile) {
                JournalWriter.forceDirectory(file().getParent());
                newFile = false;
            }
        } catch (IOException e) {
            fail(e);
            return;
        }
        stored(batch.get(batch.size() - 1).position());
        closeIfIdle(pending::isEmpty);
    }
}
