package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What teachers and students read in reports uses names and labels, never the game's internal
 * ids or constants: decisions in words, readable times, pledges by whose they are, one meaning
 * for the score out of 100, and the seed only in the small print.
 */
class ReportWordsForPeopleTest {

    @TempDir
    Path dir;

    private Reports reports;
    private Path journal;

    private String debrief(String format) throws IOException {
        if (journal == null) {
            journal = ReportFixtures.serverJournal(dir.resolve("room.jsonl"), ReportFixtures.scripted(true, true));
            reports = new Reports(dir, null);
        }
        return reports.debrief(journal.toString(), format);
    }

    private String transcript(String seat, String format) throws IOException {
        debrief("json");
        return reports.transcript(journal.toString(), seat, format);
    }

    @Test
    void aBrokenPledgeSaysWhatWasPromisedAndDecidedInWords() throws IOException {
        for (String format : List.of("html", "md")) {
            assertThat(debrief(format))
                    .as(format)
                    .contains("promised to push for binding law, decided to abstain")
                    .doesNotContain("PUSH_BINDING", "PUSH\\_BINDING", "ABSTAIN");
        }
    }

    @Test
    void theGradingCsvWritesDecisionsAsLabels() throws IOException {
        List<String> rows = List.of(debrief("csv").split("\r\n"));
        assertThat(rows.get(1)).startsWith("netherlands,Netherlands,Ada; Cy,Sign,false,");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("costa-rica,Costa Rica,,Push for binding law,"));
        // real_decision is a label too: China really signed.
        assertThat(rows)
                .anySatisfy(
                        r -> assertThat(r).startsWith("china,China,,Abstain,").contains(",Sign,false,"));
        assertThat(String.join("\n", rows)).doesNotContain("PUSH_BINDING", "SIGN", "ABSTAIN");
    }

    @Test
    void theGradingCsvNamesThePeopleWhoPlayedEachSeatOnceAndTheDebriefPageDoesNot() throws IOException {
        List<String> rows = List.of(debrief("csv").split("\r\n"));
        assertThat(rows.get(0)).startsWith("seat,name,players,decision,");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("austria,Austria,Ben,"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("netherlands,Netherlands,Ada; Cy,"));
        // China's program joined as a bot: no student to grade there, and the bot column names it.
        assertThat(rows)
                .anySatisfy(r -> assertThat(r).startsWith("china,China,,").contains(",Python bot over the network"));
        for (String format : List.of("html", "md")) {
            assertThat(debrief(format)).as(format).doesNotContain("Ada", "Ben", "Cy;");
        }
    }

    @Test
    void transcriptCsvTimesAreIsoUtc() throws IOException {
        String[] rows = transcript("united-states", "csv").split("\r\n");
        // The fixture's clock starts at 2025-11-29 16:18:20 UTC and moves 15 s an event; the summit
        // starts (its first phase after the lobby) at 16:18:50, and elapsed counts from there.
        assertThat(rows[1]).startsWith("united-states,8,2025-11-29T16:20:20Z,1:30,");
        for (int i = 1; i < rows.length; i++) {
            assertThat(rows[i].split(",")[2]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        }
    }

    @Test
    void pledgesAreNamedByWhoseTheyAreNotByNumber() throws IOException {
        for (String format : List.of("html", "md")) {
            String report = debrief(format).replace("&#39;", "'");
            String commitments = report.substring(report.indexOf("Pledges and deals: kept and broken"));
            assertThat(commitments)
                    .as(format)
                    .contains("Austria's pledge", "Costa Rica's side of a deal with Austria")
                    .contains("Austria's side of a deal with Costa Rica")
                    .doesNotContainPattern("\\bP1\\b")
                    .doesNotContainPattern("\\bD1\\b");
        }
        assertThat(transcript("austria", "md")).contains("**Pledged** — push for binding law if");
        assertThat(transcript("austria", "md")).doesNotContainPattern("\\bP1\\b");
    }

    @Test
    void aPledgeMadeWithoutWordsIsDescribedByWhatItPromises() throws IOException {
        var d = ReportFixtures.scripted(true, false);
        var pledged = d.seat("germany")
                .submit(new org.summitsim.core.rules.Command.MakePledge(
                        org.summitsim.core.scenario.Decision.SIGN,
                        List.of(org.summitsim.core.MatchDriver.reads("instrument", "consider")),
                        null));
        assertThat(pledged.accepted()).as("%s", pledged).isTrue();
        d.toFinal();
        d.seat("germany").decide(org.summitsim.core.scenario.Decision.SIGN, "Germany signs.");
        d.finish();
        Path wordless = ReportFixtures.serverJournal(dir.resolve("wordless.jsonl"), d);
        Reports r = new Reports(dir, null);
        String terms =
                "Promised to sign if \u201cA legally binding instrument\u201d reads \u201cConsider whether new law is"
                        + " needed\u201d";
        String html = r.debrief(wordless.toString(), "html").replace("&#39;", "'");
        assertThat(html.substring(html.indexOf("Pledges and deals: kept and broken")))
                .contains("<td>Germany's pledge</td><td>" + terms + "</td>");
        String md = r.debrief(wordless.toString(), "md");
        assertThat(md.substring(md.indexOf("Pledges and deals: kept and broken")))
                .contains("| Germany's pledge | " + terms + " |");
    }

    @Test
    void theScoreOutOf100IsOneRatingWithOneExplanation() throws IOException {
        // classroom-mini has a par table: 50 is a typical result for the role.
        String typical = "Score out of 100: 50 is a typical result for that role";
        String html = debrief("html");
        String scores = html.substring(html.indexOf("id=\"scores\""), html.indexOf("id=\"amendments\""));
        assertThat(scores).contains(typical).doesNotContain("%", "share of the best");
        String md = debrief("md");
        String mdScores = md.substring(md.indexOf("## Scores"), md.indexOf("## Amendments"));
        assertThat(mdScores).contains(typical).contains("| Netherlands | 71 |").doesNotContain("%");
        assertThat(transcript("united-states", "md"))
                .contains("Score: 15.9 points, 97 out of 100 (" + typical)
                .doesNotContain("%");
    }

    @Test
    void theComparisonExplainsTheScoreOutOf100AsTheDebriefDoes() throws IOException {
        debrief("json");
        String typical = "Score out of 100: 50 is a typical result for that role";
        for (String format : List.of("html", "md")) {
            String compare = reports.compare(List.of(journal.toString(), journal.toString()), format);
            String decisions = compare.substring(compare.indexOf("Each delegation in each room"));
            assertThat(decisions).as(format).contains(typical).doesNotContain("share of");
        }
    }

    @Test
    void theFinalTextIsNotCalledADraft() throws IOException {
        // classroom-mini marks its draft options "(draft)"; the adopted text is no draft any more.
        for (String format : List.of("html", "md")) {
            String report = debrief(format);
            String text = report.substring(report.indexOf("Final text"), report.indexOf("Each delegation"));
            assertThat(text)
                    .as(format)
                    .contains("Multi-stakeholder process, Global Commission, next summit in Korea")
                    .contains("unchanged from the chair's draft")
                    .doesNotContain("next summit in Korea (draft) (unchanged")
                    .doesNotContain("next summit in Korea (draft)<br><span class=\"muted\">unchanged");
        }
    }

    @Test
    void stagesAndCountsReadAsWords() throws IOException {
        for (String format : List.of("html", "md")) {
            assertThat(debrief(format))
                    .as(format)
                    .doesNotContain("(ROUND 1", "ROUND 1:", "ROUND 1 —", "(BRIEFING", "objection(s)")
                    .containsPattern("[(]round 1[,)]")
                    .contains("at most 2 objections");
        }
        assertThat(transcript("united-states", "md")).contains("\n## Round 1\n").doesNotContain("## ROUND");
        // The data formats keep the stage as the game writes it.
        assertThat(transcript("united-states", "csv")).contains(",ROUND 1,");
    }

    @Test
    void theGameLastsFromTheStartOfTheSummitNotFromTheRoomsCreation() throws IOException {
        String before = debrief("md");
        // The same match, but the room waited ten minutes in the lobby before `start`.
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(journal));
        java.util.regex.Pattern time = java.util.regex.Pattern.compile("\"time\":(\\d+)");
        for (int i = 2; i < lines.size(); i++) {
            var m = time.matcher(lines.get(i));
            if (m.find()) {
                long later = Long.parseLong(m.group(1)) + 600_000;
                lines.set(i, m.replaceFirst("\"time\":" + later));
            }
        }
        java.nio.file.Files.write(journal, lines);
        String after = debrief("md");
        String header = after.substring(0, after.indexOf("## At a glance"));
        // The fixture's summit starts at 16:18:50 UTC, 15 s after the room opened; here 10 minutes later.
        assertThat(header).contains("summit started 2025-11-29 16:28 UTC, lasted ");
        assertThat(minutes(header)).isEqualTo(minutes(before));
    }

    private static String minutes(String md) {
        var m = java.util.regex.Pattern.compile("lasted (\\d+ minutes?)").matcher(md);
        assertThat(m.find()).as(md).isTrue();
        return m.group(1);
    }

    @Test
    void theSeedIsSmallPrintNotTheHeadline() throws IOException {
        String md = debrief("md");
        String header = md.substring(0, md.indexOf("## At a glance"));
        assertThat(header).doesNotContain("seed");
        assertThat(md.substring(md.lastIndexOf("---"))).contains("seed 11");
        String html = debrief("html");
        assertThat(html.substring(0, html.indexOf("<footer>"))).doesNotContain("seed 11");
        assertThat(html.substring(html.indexOf("<footer>"))).contains("seed 11");
        assertThat(debrief("json")).containsPattern("\"seed\" ?: ?11,");
    }
}
