package org.summitsim.client.headless;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Event;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.protocol.journal.JournalLines;
import org.summitsim.protocol.journal.JournalRecord;
import org.summitsim.protocol.journal.ScenarioCopy;

/**
 * Writes a headless match as a journal (docs/PROTOCOL.md, "Journal files"), with the server's
 * records and line format: a room record whose options name the strategy of each seat, then one
 * event record per event. Headless matches have no clock, so times are 0. As a server does, it
 * keeps a copy of the scenario beside the journal, for reports.
 */
public final class HeadlessJournal {

    private HeadlessJournal() {}

    public static void write(
            Path file, ScenarioFile scenario, long seed, Map<String, String> strategies, List<Event> log)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ScenarioCopy.write(file, scenario.text(), false);
        JournalRecord room = new JournalRecord.RoomOpened(
                "headless-" + Long.toUnsignedString(seed, 36),
                null,
                scenario.id(),
                0,
                JournalRecord.SavedOptions.headless("headless match, seed " + seed, strategies),
                null,
                null,
                scenario.hash());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(JournalLines.encode(room));
            for (int i = 0; i < log.size(); i++) {
                out.write(JournalLines.encode(new JournalRecord.EventRecord(i + 1, 0, log.get(i))));
            }
        }
    }
}
