package org.summitsim.server.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for every room's journal. A few writer threads each own a share of the
 * journals; each thread takes all journals with pending records, writes them and fsyncs each
 * once, so a burst of commands costs one fsync per room per batch. Several threads let the
 * disk work on several rooms' fsyncs at once.
 */
public final class JournalWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);
    private static final Journal STOP = new Journal(null, null, null, 0);

    private final boolean fsync;
    private final List<BlockingQueue<Journal>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final java.util.Map<Journal, Integer> shard = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean closed;

    public JournalWriter(int threadCount, boolean fsync) {
        this.fsync = fsync;
        for (int i = 0; i < Math.max(1, threadCount); i++) {
            BlockingQueue<Journal> q = new LinkedBlockingQueue<>();
            queues.add(q);
            Thread t = new Thread(() -> run(q), "summit-journal-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Opens (creating if needed) a journal file for appending; {@code existing} records are already in it. */
    public Journal open(Path file, long existing) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.createFile(file);
            ownerOnly(file);
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        Journal j = new Journal(file, ch, this, existing);
        shard.put(j, Math.floorMod(next.getAndIncrement(), queues.size()));
        return j;
    }

    /**
     * Creates a new journal holding {@code first} records, written (and forced to disk when fsync
     * is on) before this returns, so a room is never announced before it would survive a crash.
     * On failure nothing is left behind and the error is thrown.
     */
    public Journal create(Path file, List<JournalRecord> first) throws IOException {
        Files.createDirectories(file.getParent());
        Files.createFile(file);
        try {
            ownerOnly(file);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                for (JournalRecord r : first) {
                    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(Journal.line(r));
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                }
                if (fsync) {
                    ch.force(true);
                }
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Left for the restore to report: it has no events, so no room is restored from it.
            }
            throw e;
        }
        return open(file, first.size());
    }

    void dirty(Journal j) {
        if (j.queued.compareAndSet(false, true)) {
            queues.get(shard.getOrDefault(j, 0)).add(j);
        }
    }

    /** Stops tracking a journal and closes its file once everything pending is written. */
    public void release(Journal j) {
        shard.remove(j);
        try {
            j.close();
        } catch (IOException e) {
            LOG.debug("closing {}: {}", j.file(), e.getMessage());
        }
    }

    private void run(BlockingQueue<Journal> q) {
        List<Journal> batch = new ArrayList<>();
        while (true) {
            try {
                Journal first = q.take();
                batch.add(first);
                q.drainTo(batch);
                boolean stop = false;
                for (Journal j : batch) {
                    if (j == STOP) {
                        stop = true;
                        continue;
                    }
                    j.queued.set(false);
                    j.flush(fsync);
                }
                batch.clear();
                if (stop) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("journal writer failed", e);
                batch.clear();
            }
        }
    }

    /** Writes everything pending and stops the writer threads. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queues.forEach(q -> q.add(STOP));
        for (Thread t : threads) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Journal j : new ArrayList<>(shard.keySet())) {
            j.flush(fsync);
            release(j);
        }
    }

    /** Journals hold seat tokens: only the server's user may read them. */
    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system; the directory's permissions protect the file.
        }
    }
}
