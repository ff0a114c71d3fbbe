package org.summitsim.server.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.rules.Event;
import org.summitsim.protocol.journal.JournalReader;
import org.summitsim.protocol.journal.JournalRecord;

/**
 * In the default mode a record is in the file (handed to the OS, so a killed server keeps it)
 * before {@code append} returns, and it is reported stored on the appending thread itself: the
 * room sends its ack at once, with no other thread involved. The sync interval here is a
 * minute, so no background fsync can be what put the records there.
 */
class WriteThroughJournalTest {

    @TempDir
    Path dir;

    private static JournalRecord event(long seq) {
        return new JournalRecord.EventRecord(seq, seq, new Event.Announced("x" + seq));
    }

    @Test
    void recordsAreInTheFileAndStoredBeforeAppendReturns() throws Exception {
        for (Durability mode : List.of(Durability.INTERVAL, Durability.NEVER)) {
            Path f = dir.resolve(mode.label() + ".jsonl");
            JournalWriter w = new JournalWriter(1, mode, 60_000);
            try {
                Journal j = w.open(f, 0);
                List<String> heard = new ArrayList<>();
                Thread self = Thread.currentThread();
                j.listener(new Journal.Listener() {
                    @Override
                    public void stored(long position) {
                        heard.add(position + (Thread.currentThread() == self ? " here" : " elsewhere"));
                    }

                    @Override
                    public void failed(IOException e) {
                        heard.add("failed");
                    }
                });
                assertThat(j.append(event(1))).isEqualTo(1);
                assertThat(j.append(List.of(event(2), event(3)))).isEqualTo(3);
                assertThat(heard).containsExactly("1 here", "3 here");
                assertThat(JournalReader.read(f).records()).hasSize(3);
            } finally {
                w.close();
            }
        }
    }

    /**
     * With fsync off the writer thread has nothing to do for an appended record, so appends do
     * not wake it; only a journal to be closed once idle does. With fsync every interval they do.
     */
    @Test
    void withoutFsyncAppendsDoNotWakeTheWriterThread() throws Exception {
        int[] turns = new int[2];
        for (Durability mode : List.of(Durability.NEVER, Durability.INTERVAL)) {
            JournalWriter w = new JournalWriter(1, mode, 5);
            try {
                Journal j = w.open(dir.resolve(mode.label() + "-turns.jsonl"), 0);
                for (int i = 1; i <= 40; i++) {
                    j.append(event(i));
                    Thread.sleep(2);
                }
                if (mode == Durability.INTERVAL) {
                    awaitTurn(j);
                } else {
                    Thread.sleep(50); // ten intervals: an append that woke the writer would show by now
                }
                turns[mode == Durability.NEVER ? 0 : 1] = j.turns;
                if (mode == Durability.NEVER) {
                    j.closeWhenIdle(); // a finished room's journal: woken once, to close the file
                    awaitTurn(j);
                    assertThat(j.turns).isEqualTo(1);
                }
            } finally {
                w.close();
            }
        }
        assertThat(turns[0]).as("turns without fsync").isZero();
        assertThat(turns[1]).as("turns with fsync every 5 ms").isPositive();
    }

    /**
     * Three rooms written at once, with a minute's interval: the first journal is forced
     * straight away (nothing was forced for a while), the next ones twenty seconds apart, not
     * all three together; closing the writer forces them at once.
     */
    @Test
    void journalsWrittenTogetherAreForcedOneAtATimeSpreadOverTheInterval() throws Exception {
        JournalWriter w = new JournalWriter(1, Durability.INTERVAL, 60_000);
        List<Journal> journals = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                journals.add(w.open(dir.resolve("spread-" + i + ".jsonl"), 0));
            }
            journals.forEach(j -> j.append(event(1)));
            awaitTurn(journals.get(0));
            Thread.sleep(200); // far inside the twenty seconds until the next force is due
            assertThat(journals).extracting(j -> j.turns).containsExactly(1, 0, 0);
        } finally {
            w.close();
        }
        assertThat(w.running()).isFalse();
        for (int i = 0; i < 3; i++) {
            assertThat(JournalReader.read(dir.resolve("spread-" + i + ".jsonl")).records())
                    .hasSize(1);
        }
    }

    private static void awaitTurn(Journal j) throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        while (j.turns == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(5);
        }
    }

    @Test
    void aNewJournalHoldsItsFirstRecordsWhenCreated() throws Exception {
        JournalWriter w = new JournalWriter(1, Durability.INTERVAL, 60_000);
        try {
            Path f = dir.resolve("rooms").resolve("new.jsonl");
            Journal j = w.create(f, List.of(event(1), event(2))).getNow(null);
            assertThat(j).isNotNull();
            assertThat(j.appended()).isEqualTo(2);
            assertThat(JournalReader.read(f).records()).hasSize(2);
            // Created private (it holds seat tokens), not created readable and restricted after.
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                    .isEqualTo("rw-------");
            j.append(event(3));
            assertThat(Files.readAllLines(f)).hasSize(3);
        } finally {
            w.close();
        }
    }

    /**
     * A record appended just before close waits for an fsync a minute away; close forces it at
     * once and returns with its writer thread gone, rather than waiting or leaving it behind.
     */
    @Test
    void closeForcesWhatIsPendingAndStopsTheWriterAtOnce() throws Exception {
        JournalWriter w = new JournalWriter(1, Durability.INTERVAL, 60_000);
        Journal j = w.open(dir.resolve("closing.jsonl"), 0);
        j.append(event(1));
        w.close();
        assertThat(w.running()).isFalse();
        assertThat(JournalReader.read(dir.resolve("closing.jsonl")).records()).hasSize(1);
    }
}
