package org.summitsim.protocol.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.rules.Event;

class JournalLinesTest {

    @TempDir
    Path dir;

    @Test
    void aRecordIsOneLineWithItsKindFirst() {
        String line = new String(
                JournalLines.encode(new JournalRecord.EventRecord(7, 1000, new Event.Announced("Hi"))),
                StandardCharsets.UTF_8);
        assertThat(line)
                .isEqualTo("{\"kind\":\"event\",\"seq\":7,\"time\":1000,"
                        + "\"event\":{\"type\":\"announcement\",\"text\":\"Hi\"}}\n");
    }

    @Test
    void severalRecordsAreOneLineEachInOrder() {
        String lines = new String(
                JournalLines.encode(
                        List.of(new JournalRecord.SeatTaken("north", 5), new JournalRecord.BotLeft("south", 6))),
                StandardCharsets.UTF_8);
        assertThat(lines)
                .isEqualTo("{\"kind\":\"taken\",\"seat\":\"north\",\"time\":5}\n"
                        + "{\"kind\":\"unbot\",\"seat\":\"south\",\"time\":6}\n");
    }

    @Test
    void everyKindOfRecordReadsBackAsWritten() throws Exception {
        List<JournalRecord> records = List.of(
                new JournalRecord.RoomOpened(
                        "r-1",
                        "K3X9",
                        "climate",
                        100,
                        new JournalRecord.SavedOptions(
                                "Period 2", "bot", 60, true, "cautious", true, 30, "anyone", "brisk", 45),
                        "f-token",
                        Map.of("north", "n-token"),
                        "sha256:abc"),
                new JournalRecord.EventRecord(1, 101, new Event.Announced("The summit opens.")),
                new JournalRecord.BotTook("north", "cautious", 102),
                new JournalRecord.BotLeft("north", 103),
                new JournalRecord.TokenReset("north", "n-token-2", 104, 1L),
                new JournalRecord.SeatTaken("north", 105));
        Path f = dir.resolve("r-1.jsonl");
        Files.write(f, JournalLines.encode(records));

        JournalReader.Recovered r = JournalReader.read(f);

        assertThat(r.records()).isEqualTo(records);
        assertThat(r.tornBytes()).isZero();
        assertThat(Files.readAllLines(f)).hasSize(records.size());
    }

    @Test
    void aLineThatIsNoRecordDecodesAsNothing() {
        assertThat(JournalLines.decode("{\"kind\":\"event\",\"seq\":1")).isEmpty();
        assertThat(JournalLines.decode("{\"kind\":\"no-such-kind\"}")).isEmpty();
        assertThat(JournalLines.decode("{\"kind\":\"bot\",\"seat\":\"north\",\"strategy\":\"x\",\"time\":3}"))
                .contains(new JournalRecord.BotTook("north", "x", 3));
    }
}
