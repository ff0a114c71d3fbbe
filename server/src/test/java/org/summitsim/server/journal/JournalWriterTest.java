package org.summitsim.server.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.rules.Event;
import org.summitsim.protocol.journal.JournalReader;
import org.summitsim.protocol.journal.JournalRecord;

class JournalWriterTest {

    @TempDir
    Path dir;

    @Test
    void theWriterAppendsWholeLinesAndReportsThemStored() throws Exception {
        Path f = dir.resolve("w.jsonl");
        JournalWriter w = new JournalWriter(1, Durability.ALWAYS, 100);
        Journal j = w.open(f, 0);
        CountDownLatch done = new CountDownLatch(1);
        j.listener(new Journal.Listener() {
            @Override
            public void stored(long position) {
                if (position == 3) {
                    done.countDown();
                }
            }

            @Override
            public void failed(IOException e) {}
        });
        for (int i = 1; i <= 3; i++) {
            j.append(new JournalRecord.EventRecord(i, i, new Event.Announced("x" + i)));
        }
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        w.close();
        assertThat(JournalReader.read(f).records()).hasSize(3);
    }
}
