package org.summitsim.protocol.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Event;

class JournalReaderTest {

    @TempDir
    Path dir;

    private static String line(long seq, String text) {
        return Json.write(new JournalRecord.EventRecord(seq, 1000 + seq, new Event.Announced(text))) + "\n";
    }

    @Test
    void aCleanJournalReadsBackWhole() throws Exception {
        Path f = dir.resolve("r.jsonl");
        Files.writeString(f, line(1, "a") + line(2, "b"));
        JournalReader.Recovered r = JournalReader.read(f);
        assertThat(r.records()).hasSize(2);
        assertThat(r.tornBytes()).isZero();
    }

    @Test
    void aTornLastLineIsReportedAndCutOff() throws Exception {
        Path f = dir.resolve("r.jsonl");
        String good = line(1, "a") + line(2, "b");
        Files.writeString(f, good + "{\"kind\":\"event\",\"seq\":3,\"ti");
        JournalReader.Recovered r = JournalReader.read(f);
        assertThat(r.records()).hasSize(2);
        assertThat(r.tornBytes()).isEqualTo(27);
        assertThat(Files.readString(f)).isEqualTo(good);
    }

    @Test
    void aWholeLineWithoutItsNewlineWasNeverAcknowledged() throws Exception {
        Path f = dir.resolve("r.jsonl");
        String last = line(2, "b");
        Files.writeString(f, line(1, "a") + last.substring(0, last.length() - 1));
        assertThat(JournalReader.read(f).records()).hasSize(1);
    }

    @Test
    void zerosAfterTheLastLineAreCutOff() throws Exception {
        Path f = dir.resolve("r.jsonl");
        byte[] good = line(1, "a").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[good.length + 64];
        System.arraycopy(good, 0, all, 0, good.length);
        Files.write(f, all);
        JournalReader.Recovered r = JournalReader.read(f);
        assertThat(r.records()).hasSize(1);
        assertThat(r.tornBytes()).isEqualTo(64);
    }

    @Test
    void aDamagedLineInTheMiddleRefusesTheJournal() throws Exception {
        Path f = dir.resolve("r.jsonl");
        Files.writeString(f, line(1, "a") + "garbage\n" + line(3, "c"));
        assertThatThrownBy(() -> JournalReader.read(f))
                .isInstanceOf(JournalReader.DamagedJournal.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void linesReadsWithoutRepairingAndReportsATornTail() throws Exception {
        Path f = dir.resolve("r.jsonl");
        String all = line(1, "a") + line(2, "b") + "{\"kind\":\"event\",\"seq\":3,\"ti";
        Files.writeString(f, all);
        JournalReader.Lines r = JournalReader.lines(f);
        assertThat(r.records()).hasSize(2);
        assertThat(r.tornTail()).isTrue();
        assertThat(Files.readString(f)).isEqualTo(all);
    }

    @Test
    void linesKeepsAWholeLastRecordWithoutItsNewline() throws Exception {
        Path f = dir.resolve("r.jsonl");
        String last = line(2, "b");
        Files.writeString(f, line(1, "a") + last.substring(0, last.length() - 1));
        JournalReader.Lines r = JournalReader.lines(f);
        assertThat(r.records()).hasSize(2);
        assertThat(r.tornTail()).isFalse();
    }

    @Test
    void linesNamesTheDamagedLine() throws Exception {
        Path f = dir.resolve("r.jsonl");
        Files.writeString(f, line(1, "a") + "\n" + line(2, "b") + "garbage\n" + line(4, "c"));
        assertThatThrownBy(() -> JournalReader.lines(f))
                .isInstanceOfSatisfying(
                        JournalReader.DamagedJournal.class,
                        e -> assertThat(e.line()).isEqualTo(4));
    }

    /** The room line `summit match --journal` wrote before it wrote through these records. */
    @Test
    void aHeadlessRoomLineOfEarlierVersionsReadsWithItsBots() throws Exception {
        String room = "{\"created\":0,\"kind\":\"room\",\"options\":{\"bots\":{\"austria\":\"utility\","
                + "\"china\":\"mediator\"},\"label\":\"headless match, seed 3\"},\"room\":\"headless-3\","
                + "\"scenario\":\"classroom-mini\",\"scenarioHash\":\"abc\"}";
        JournalRecord.RoomOpened r =
                (JournalRecord.RoomOpened) JournalLines.decode(room).orElseThrow();
        assertThat(r.options().bots()).containsEntry("austria", "utility").containsEntry("china", "mediator");
        assertThat(r.options().label()).isEqualTo("headless match, seed 3");
        assertThat(r.scenarioHash()).isEqualTo("abc");
        assertThat(r.code()).isNull();
    }
}
