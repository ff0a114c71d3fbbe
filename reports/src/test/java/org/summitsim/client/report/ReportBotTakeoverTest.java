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

    /**
     * The report a class reads names the bot in words, not by its strategy's name (a play-test's
     * read "played by hardliner until the lobby"), and a bot that gave way before the summit began
     * is not named at all: the person played the whole game.
     */
    @Test
    void theReportNamesTheBotInWordsAndForgetsOneThatLeftInTheLobby() throws IOException {
        String md = new Reports(dir, null).debrief(takenOverInRound2().toString(), "md");
        assertThat(md)
                .contains("(a bot that plays its own interest until round 2)")
                .doesNotContain("utility");

        List<String> lines = new ArrayList<>(Files.readAllLines(takenOverInRound2()));
        lines.removeIf(l -> l.contains("\"kind\":\"unbot\"") || l.contains("\"name\":\"Zed\""));
        // In the lobby: a bot sat in Austria's seat and gave way to Zed before the briefing.
        int briefing = 0;
        while (!lines.get(briefing).contains("\"phase\":\"BRIEFING\"")) {
            briefing++;
        }
        lines.removeIf(l -> l.contains("\"kind\":\"bot\"") && l.contains("\"austria\""));
        lines.add(
                briefing, "{\"kind\":\"bot\",\"seat\":\"austria\",\"strategy\":\"hardliner\",\"time\":1764433100000}");
        lines.add(briefing + 1, "{\"kind\":\"unbot\",\"seat\":\"austria\",\"time\":1764433100000}");
        lines.add(briefing + 2, "{\"kind\":\"player\",\"seat\":\"austria\",\"name\":\"Zed\",\"time\":1764433100000}");
        Path lobby = dir.resolve("lobby.jsonl");
        Files.writeString(lobby, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        String report = new Reports(dir, null).debrief(lobby.toString(), "md");
        assertThat(report).contains("Austria").doesNotContain("hardliner", "holds firm", "until the lobby");
    }

    @Test
    void theSheetSaysUntilWhenTheBotPlayedASeatAPersonTookOver() throws IOException {
        String csv = new Reports(dir, null).debrief(takenOverInRound2().toString(), "csv");

        String austria =
                csv.lines().filter(l -> l.startsWith("austria,")).findFirst().orElseThrow();
        assertThat(austria).startsWith("austria,Austria,Zed,").endsWith(",utility until round 2");
    }
}
