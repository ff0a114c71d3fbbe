package org.summitsim.client.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The teacher's sheet: the debrief commands can be copied as printed, data folder included. */
class ClassSheetTest {

    private static String sheet(List<World> worlds) {
        return ClassSheet.render(new ClassCreated("hague-2023", "The Hague", null, worlds, List.of()), "10.0.0.5:7777");
    }

    /** The rules say the pace a room plays at, as a teacher would check it before class. */
    @Test
    void theRulesSayThePaceAndHowLongAVoteStaysOpen() throws Exception {
        var rules = org.summitsim.core.json.Json.mapper()
                .readTree("{\"timing\":{\"briefing\":120,\"opening\":60,\"round\":150,\"rounds\":3,"
                        + "\"decision\":90},\"adoptionText\":\"consensus\",\"privacyText\":\"Private.\","
                        + "\"absent\":\"open\",\"graceSeconds\":120,\"pace\":\"quick\",\"voteWindowSeconds\":30}");

        assertThat(ClassSheet.rules(rules))
                .contains("  Pace: quick (a vote stays open at least 30 s, so students can lobby).\n");
        assertThat(ClassSheet.rules(
                        ((com.fasterxml.jackson.databind.node.ObjectNode) rules).put("voteWindowSeconds", 0)))
                .contains("  Pace: quick (a vote closes as soon as every delegation has voted).\n");
    }

    @Test
    void theDebriefCommandsNameTheDataFolderAndWriteFilesWhenTheServerDoesNotSayWhereItIs() {
        String out = sheet(List.of(new World(1, "r-k3x9qa", "KQ7M-D3XP", "ft.x", "Period 3", null)));
        String after = out.substring(out.indexOf("After class"));
        assertThat(after)
                .contains("change ./summit-data if you started the server with another --data")
                .contains("./summit report r-k3x9qa --data ./summit-data --out debrief.html")
                .contains("./summit report r-k3x9qa --data ./summit-data --out grades.csv")
                .contains("./summit report r-k3x9qa --data ./summit-data --transcript \"SEAT\" --out transcript.md")
                .doesNotContain("--format csv", "add --data DIR");
        // Every command line there reads the server's folder.
        after.lines()
                .filter(l -> l.contains("./summit "))
                .forEach(l -> assertThat(l).contains("--data ./summit-data").contains("--out "));
    }

    @Test
    void eachWorldGetsItsOwnFilesAndTheComparison() {
        String out = sheet(List.of(
                new World(1, "r-aaaaaa", "AAAA-AAAA", "ft.a", "P3 - World 1", null),
                new World(2, "r-bbbbbb", "BBBB-BBBB", "ft.b", "P3 - World 2", null)));
        assertThat(out)
                .contains("./summit report r-aaaaaa r-bbbbbb --compare --data ./summit-data --out compare.html")
                .contains("./summit report r-bbbbbb --data ./summit-data --out grades-world2.csv")
                .contains("./summit report r-aaaaaa --data ./summit-data --out debrief-world1.html");
    }

    @Test
    void theServersOwnDataFolderIsInEveryCommand() {
        String out = sheet(List.of(
                new World(
                        1,
                        "r-aaaaaa",
                        "AAAA-AAAA",
                        "ft.a",
                        "P3 - World 1",
                        "./summit report r-aaaaaa --data /tmp/pt/data"),
                new World(
                        2,
                        "r-bbbbbb",
                        "BBBB-BBBB",
                        "ft.b",
                        "P3 - World 2",
                        "./summit report r-bbbbbb --data /tmp/pt/data")));
        String after = out.substring(out.indexOf("After class"));
        assertThat(after)
                .startsWith("After class, in the folder where the server runs:\n")
                .contains("./summit report r-aaaaaa r-bbbbbb --compare --data /tmp/pt/data --out compare.html")
                .contains("./summit report r-bbbbbb --data /tmp/pt/data --out grades-world2.csv")
                .doesNotContain("summit-data", "change ");
    }

    @Test
    void aServerOnItsDefaultFolderNeedsNoDataOption() {
        String out =
                sheet(List.of(new World(1, "r-k3x9qa", "KQ7M-D3XP", "ft.x", "Period 3", "./summit report r-k3x9qa")));
        String after = out.substring(out.indexOf("After class"));
        assertThat(after)
                .contains("  ./summit report r-k3x9qa --out grades.csv   #")
                .doesNotContain("--data");
    }
}
