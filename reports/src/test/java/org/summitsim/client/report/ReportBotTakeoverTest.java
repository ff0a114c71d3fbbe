package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person who took a bot's seat while the summit ran is named on the grading sheet, and the
 * sheet says the bot played the seat until then: the grade is not all theirs.
 */
class ReportBotTakeoverTest {

    @TempDir
    Path dir;

    /** The kept room of the golden test, where a bot takes Austria in the opening; Zed takes it over in round 2. */
    private Path takenOverInRound2() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("golden/period3.jsonl")) {
            lines = new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
        int round2 = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"phase\":\"ROUND\",\"round\":2")) {
                round2 = i;
            }
        }
        lines.add(round2 + 1, "{\"kind\":\"unbot\",\"seat\":\"austria\",\"time\":1764433540000}");
        lines.add(round2 + 2, "{\"kind\":\"player\",\"seat\":\"austria\",\"name\":\"Zed\",\"time\":1764433540000}");
        Path file = dir.resolve("period3.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theSheetSaysUntilWhenTheBotPlayedASeatAPersonTookOver() throws IOException {
        String csv = new Reports(dir, null).debrief(takenOverInRound2().toString(), "csv");

        String austria =
                csv.lines().filter(l -> l.startsWith("austria,")).findFirst().orElseThrow();
        assertThat(austria).startsWith("austria,Austria,Zed,").endsWith(",utility until round 2");
    }
}
