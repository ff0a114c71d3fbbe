package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.client.cli.Main;
import org.summitsim.protocol.journal.JournalReader;
import org.summitsim.protocol.journal.JournalRecord;

/**
 * The kept headless journal of {@link ReportGoldenTest}, played again with `summit match
 * --journal`: today's journal gives the same reports, byte for byte.
 */
class MatchJournalGoldenTest {

    @TempDir
    Path dir;

    /** The same match played again with `summit match --journal` today gives the kept journal's reports. */
    @Test
    void aJournalSummitMatchWritesNowReportsAsTheKeptOne() throws IOException {
        Path journal = dir.resolve(ReportGoldenTest.HEADLESS);
        int exit = Main.newCommandLine()
                .setOut(new PrintWriter(new StringWriter()))
                .execute(
                        "match",
                        "--scenario",
                        "classroom-mini",
                        "--bots",
                        "utility,hardliner,mediator",
                        "--seed",
                        "3",
                        "--journal",
                        journal.toString());
        assertThat(exit).isZero();
        JournalRecord.RoomOpened room = (JournalRecord.RoomOpened)
                JournalReader.lines(journal).records().get(0);
        assertThat(room.options().bots()).containsEntry("germany", "mediator").hasSize(6);
        ReportGoldenTest.check(dir, ReportGoldenTest.headlessOutputs(new Reports(dir, null), journal), false);
    }
}
