package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.client.cli.Main;
import picocli.CommandLine;

/** `summit report` on the command line: finding rooms, choosing formats, saying what went wrong. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        CommandLine cli = Main.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path data() throws IOException {
        Path data = dir.resolve("summit-data");
        ReportFixtures.serverJournal(
                data.resolve("rooms").resolve(ReportFixtures.ROOM + ".jsonl"), ReportFixtures.scripted(true, true));
        return data;
    }

    @Test
    void findsARoomByIdOrJoinCodeUnderData() throws IOException {
        Path data = data();
        Run byId = run("report", ReportFixtures.ROOM, "--data", data.toString(), "--format", "md");
        assertThat(byId.exit()).as(byId.err()).isZero();
        assertThat(byId.out()).contains("Period 3");
        Run byCode = run("report", "kq7m-d3xp", "--data", data.toString(), "--format", "md");
        assertThat(byCode.out()).isEqualTo(byId.out());
    }

    @Test
    void withoutOutTheTerminalGetsTextAndHtmlOnlyWhenAskedFor() throws IOException {
        Path data = data();
        Run plain = run("report", ReportFixtures.ROOM, "--data", data.toString());
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(plain.out()).startsWith("# ").doesNotContain("<!DOCTYPE", "<style");
        Run asked = run("report", ReportFixtures.ROOM, "--data", data.toString(), "--format", "html");
        assertThat(asked.out()).startsWith("<!DOCTYPE html>");

        // class compare, the same rooms twice: text too, and HTML when asked for.
        String journal =
                data.resolve("rooms").resolve(ReportFixtures.ROOM + ".jsonl").toString();
        Run compare = run("class", "compare", journal, journal);
        assertThat(compare.exit()).as(compare.err()).isZero();
        assertThat(compare.out()).startsWith("# ").doesNotContain("<!DOCTYPE", "<style");
        assertThat(run("class", "compare", journal, journal, "--format", "html").out())
                .startsWith("<!DOCTYPE html>");
    }

    @Test
    void writesTheFormatOfTheOutFilesExtension() throws IOException {
        Path data = data();
        Path out = dir.resolve("out/period3.html");
        Run run = run("report", ReportFixtures.ROOM, "--data", data.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote ");
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
        Run csv = run(
                "report",
                ReportFixtures.ROOM,
                "--data",
                data.toString(),
                "--transcript",
                "china",
                "--out",
                dir.resolve("china.csv").toString());
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(Files.readString(dir.resolve("china.csv"))).startsWith("seat,seq,");
    }

    /** Several rooms to a .csv file: one grade book, each row with its room, from either command. */
    @Test
    void severalRoomsToACsvFileMakeOneGradeBook() throws IOException {
        Path data = data();
        Path other = ReportFixtures.headless(dir, "classroom-mini", 3, "utility", "hardliner");
        Path book = dir.resolve("grades.csv");
        Run run = run(
                "report", ReportFixtures.ROOM, other.toString(), "--data", data.toString(), "--out", book.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String[] lines = Files.readString(book).split("\r\n");
        assertThat(lines[0]).startsWith("room,seat,name,players,decision,");
        assertThat(lines).hasSize(1 + 6 + 6);
        assertThat(lines[1]).startsWith("Period 3,netherlands,Netherlands,");
        assertThat(lines[7]).doesNotStartWith("Period 3,").contains(",netherlands,Netherlands,");

        Path fromClass = dir.resolve("class.csv");
        Run compare = run(
                "class",
                "compare",
                ReportFixtures.ROOM,
                other.toString(),
                "--data",
                data.toString(),
                "--out",
                fromClass.toString());
        assertThat(compare.exit()).as(compare.err()).isZero();
        assertThat(Files.readString(fromClass)).isEqualTo(Files.readString(book));

        Run html = run("report", ReportFixtures.ROOM, other.toString(), "--data", data.toString(), "--format", "html");
        assertThat(html.exit()).isEqualTo(1);
        assertThat(html.err()).contains("Several rooms make a comparison (add --compare) or one grade book as CSV");
    }

    /** Every transcript at once, a file per delegation students played, to hand back. */
    @Test
    void everyTranscriptGoesToAFolder() throws IOException {
        Path data = data();
        Path folder = dir.resolve("transcripts");
        Run run = run(
                "report",
                ReportFixtures.ROOM,
                "--data",
                data.toString(),
                "--transcript",
                "all",
                "--out",
                folder.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (var files = Files.list(folder)) {
            List<String> names =
                    files.map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(names).isNotEmpty().allMatch(n -> n.endsWith(".md"));
            for (String n : names) {
                assertThat(Files.readString(folder.resolve(n))).startsWith("# Transcript: ");
            }
        }
        Run nowhere = run("report", ReportFixtures.ROOM, "--data", data.toString(), "--transcript", "all");
        assertThat(nowhere.exit()).isEqualTo(1);
        assertThat(nowhere.err()).contains("--transcript all --out FOLDER");
    }

    @Test
    void anUnknownRoomListsTheRoomsThere() throws IOException {
        Run run = run("report", "r-nope", "--data", data().toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("no room with that id or join code", ReportFixtures.ROOM)
                .doesNotContain("\tat ");
    }

    @Test
    void anUnfinishedRoomHasNoReportButHasTranscripts() throws IOException {
        Path journal = ReportFixtures.serverJournal(dir.resolve("live.jsonl"), ReportFixtures.scripted(true, false));
        Run report = run("report", journal.toString(), "--format", "md");
        assertThat(report.exit()).isEqualTo(1);
        assertThat(report.err())
                .contains("has not ended yet (it is in round 1)", "ends it with `end now`")
                .doesNotContain("ROUND 1", "with `end`;");
        assertThat(run("report", journal.toString(), "--transcript", "china").exit())
                .isZero();
    }

    @Test
    void refusesFormatsAndCombinationsThatMakeNoSense() throws IOException {
        Path data = data();
        assertThat(run(
                                "report",
                                ReportFixtures.ROOM,
                                "--data",
                                data.toString(),
                                "--transcript",
                                "china",
                                "--format",
                                "html")
                        .err())
                .contains("A transcript comes as md, csv or json");
        assertThat(run("report", "a.jsonl", "b.jsonl").err()).contains("add --compare");
        assertThat(run("report", "a.jsonl", "--compare", "--transcript", "x").err())
                .contains("not both");
        assertThat(run("report", ReportFixtures.ROOM, "--data", data.toString(), "--compare")
                        .err())
                .contains("at least two");
    }

    @Test
    void aNonJournalFileIsRefusedWithASentence() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello\n");
        Run run = run("report", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("is not a Summit journal");
    }
}
