package org.summitsim.server.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.protocol.journal.JournalRecord;

/**
 * Opens and creates journals for the server's {@link Durability}, and runs their background
 * work on a few writer threads, each owning a share of the journals. A journal with work to
 * do is queued once ({@link #dirty}). With {@link Durability#ALWAYS} its thread takes every
 * queued journal in one go: the group commit (write and fsync each room's batch, then report
 * it stored); otherwise each thread forces its written journals one at a time, spread over
 * the sync interval ({@link FsyncPace}), so every written journal is forced to disk about once
 * an interval however busy its room is, and no thread's disk work comes as one burst. The
 * threads keep schedules of their own on purpose: forces from several threads at once share
 * the file system's commits (one schedule for all measured slower at 2,000 clients).
 */
public final class JournalWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final Durability durability;
    /** Interval mode's schedule; each writer thread keeps its own clock of it. */
    private final FsyncPace pace;

    private final Journal stop;
    private final List<BlockingQueue<Journal>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<Journal, Integer> shard = new ConcurrentHashMap<>();
    /** Opened by {@link #close}: a writer waiting out its sync interval goes on at once. */
    private final CountDownLatch closing = new CountDownLatch(1);

    private volatile boolean closed;

    /**
     * @param syncIntervalMs how long written records may wait for their fsync in {@link Durability#INTERVAL}
     *                       (and for an idle finished journal to be closed in the other write-through mode)
     */
    public JournalWriter(int threadCount, Durability durability, long syncIntervalMs) {
        this.durability = durability;
        if (syncIntervalMs < 1) { // the server's Config refuses this first, with the option's name
            throw new IllegalArgumentException("sync interval " + syncIntervalMs + " ms: it must be at least 1 ms");
        }
        this.pace = new FsyncPace(TimeUnit.MILLISECONDS.toNanos(syncIntervalMs));
        this.stop = new WriteThroughJournal(null, null, this, 0, false);
        for (int i = 0; i < Math.max(1, threadCount); i++) {
            BlockingQueue<Journal> q = new LinkedBlockingQueue<>();
            queues.add(q);
            Thread t = new Thread(() -> run(q), "summit-journal-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Whether each batch waits for the disk ({@link Durability#ALWAYS}); files written beside journals do too. */
    public boolean forcesEachWrite() {
        return durability == Durability.ALWAYS;
    }

    /** Opens (creating if needed) a journal file for appending; {@code existing} records are already in it. */
    public Journal open(Path file, long existing) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            createPrivate(file);
        }
        return track(journal(
                file, FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND), existing, false));
    }

    private Journal journal(Path file, FileChannel channel, long existing, boolean newFile) {
        return durability.writesOnRoomThread()
                ? new WriteThroughJournal(file, channel, this, existing, durability == Durability.INTERVAL)
                : new GroupCommitJournal(file, channel, this, existing, newFile);
    }

    private Journal track(Journal j) {
        shard.put(j, Math.floorMod(next.getAndIncrement(), queues.size()));
        return j;
    }

    /**
     * Creates a new journal holding {@code first} records; the future completes once they are
     * stored as the durability mode promises, so a room is never announced before it would
     * survive a crash. The caller's thread only creates the file and (write-through) writes into
     * it; any fsync happens on a writer thread. On failure nothing is left behind: an error while
     * creating is thrown, one while storing fails the future.
     */
    public CompletableFuture<Journal> create(Path file, List<JournalRecord> first) throws IOException {
        Files.createDirectories(file.getParent());
        createPrivate(file);
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            if (!durability.writesOnRoomThread()) {
                return createGroupCommitted(file, ch, first);
            }
            try {
                ByteBuffer bytes = Journal.lines(first);
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            WriteThroughJournal j = (WriteThroughJournal) track(journal(file, ch, first.size(), true));
            j.newFile();
            return CompletableFuture.completedFuture(j);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private CompletableFuture<Journal> createGroupCommitted(Path file, FileChannel ch, List<JournalRecord> first) {
        CompletableFuture<Journal> done = new CompletableFuture<>();
        Journal j = track(journal(file, ch, 0, true));
        j.listener(new Journal.Listener() {
            @Override
            public void stored(long position) {
                done.complete(j);
            }

            @Override
            public void failed(IOException e) {
                release(j);
                deleteQuietly(file);
                done.completeExceptionally(e);
            }
        });
        j.append(first);
        return done;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Left for the restore to report: it has no events, so no room is restored from it.
        }
    }

    void dirty(Journal j) {
        if (j.queued.compareAndSet(false, true)) {
            j.queuedAt = System.nanoTime();
            queues.get(shard.getOrDefault(j, 0)).add(j);
        }
    }

    /** Stops tracking a journal and closes its file. */
    public void release(Journal j) {
        shard.remove(j);
        try {
            j.close();
        } catch (IOException e) {
            LOG.debug("closing {}: {}", j.file(), e.getMessage());
        }
    }

    private void run(BlockingQueue<Journal> q) {
        if (durability.writesOnRoomThread()) {
            paced(q);
            return;
        }
        List<Journal> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(q.take());
                q.drainTo(batch);
                boolean stopping = false;
                for (Journal j : batch) {
                    if (j == stop) {
                        stopping = true;
                        continue;
                    }
                    turn(j);
                }
                batch.clear();
                if (stopping) {
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

    /** Write-through modes: one journal at a time, oldest first, the forces spread over the interval. */
    private void paced(BlockingQueue<Journal> q) {
        long last = pace.neverForced(System.nanoTime());
        while (true) {
            try {
                Journal j = q.take();
                if (j == stop) {
                    return;
                }
                long wait = pace.due(last, j.queuedAt, q.size() + 1) - System.nanoTime();
                if (wait > 0) {
                    closing.await(wait, TimeUnit.NANOSECONDS); // close() lets the rest go at once
                }
                last = System.nanoTime();
                turn(j);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("journal writer failed", e);
            }
        }
    }

    private static void turn(Journal j) {
        j.queued.set(false);
        j.turns++;
        j.background();
    }

    /** Writes (and, unless the mode is never, forces) everything pending, and stops the writer threads. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queues.forEach(q -> q.add(stop));
        closing.countDown();
        for (Thread t : threads) {
            try {
                // Prompt: no writer sleeps past the latch, so this waits only for the last writes and fsyncs.
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Journal j : new ArrayList<>(shard.keySet())) {
            j.background();
            release(j);
        }
    }

    /** Whether any writer thread still runs; false once {@link #close} has returned. */
    boolean running() {
        return threads.stream().anyMatch(Thread::isAlive);
    }

    /** Makes a new file's directory entry durable (Linux needs an fsync of the directory for that). */
    static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a directory; the file's own data was forced already.
            LOG.debug("cannot force directory {}: {}", dir, e.getMessage());
        }
    }

    /**
     * Journals hold seat tokens: only the server's user may read them. The file is created with
     * those permissions, so there is no moment when another user could open it.
     */
    private static void createPrivate(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, OWNER_ONLY);
        } else {
            Files.createFile(file); // not POSIX: the directory's permissions protect the file
        }
    }
}
