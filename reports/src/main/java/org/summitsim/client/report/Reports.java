package org.summitsim.client.report;

import java.nio.file.Path;
import java.util.List;
import org.summitsim.client.report.compare.ComparisonBuilder;
import org.summitsim.client.report.debrief.DebriefBuilder;
import org.summitsim.client.report.debrief.DebriefReport;
import org.summitsim.client.report.journal.Journal;
import org.summitsim.client.report.journal.JournalLocator;
import org.summitsim.client.report.journal.PlayedMatch;
import org.summitsim.client.report.journal.ReportException;
import org.summitsim.client.report.journal.ScenarioResolver;
import org.summitsim.client.report.render.ComparisonHtml;
import org.summitsim.client.report.render.ComparisonMarkdown;
import org.summitsim.client.report.render.CsvReport;
import org.summitsim.client.report.render.HtmlReport;
import org.summitsim.client.report.render.JsonOutput;
import org.summitsim.client.report.render.MarkdownReport;
import org.summitsim.client.report.transcript.Transcript;
import org.summitsim.client.report.transcript.TranscriptBuilder;
import org.summitsim.client.report.transcript.TranscriptOutput;

/**
 * The three reports, each from journals to text in one format ("html", "md", "json", "csv"):
 * a room's debrief, a seat's transcript, and several rooms compared.
 */
public final class Reports {

    private final JournalLocator locator;
    private final ScenarioResolver scenarios;

    /** {@code scenarioFile} may be null: then the journal's scenario must be a shipped one. */
    public Reports(Path dataDir, Path scenarioFile) {
        this.locator = new JournalLocator(dataDir);
        this.scenarios = new ScenarioResolver(scenarioFile);
    }

    public PlayedMatch load(String roomOrJournal) {
        return PlayedMatch.load(Journal.read(locator.locate(roomOrJournal)), scenarios);
    }

    public String debrief(String roomOrJournal, String format) {
        DebriefReport r = DebriefBuilder.build(load(roomOrJournal));
        return switch (format) {
            case "html" -> HtmlReport.render(r);
            case "md" -> MarkdownReport.render(r);
            case "json" -> JsonOutput.render(r);
            case "csv" -> CsvReport.render(r);
            default -> throw new ReportException("A report comes as html, md, json or csv, not " + format + ".");
        };
    }

    /** One CSV grade book of several finished rooms (a class's parallel worlds), a row per delegation and room. */
    public String gradeBook(List<String> roomsOrJournals) {
        return CsvReport.render(
                roomsOrJournals.stream().map(s -> DebriefBuilder.build(load(s))).toList());
    }

    /** The seats people played in the room, in the scenario's order; every seat when only bots played. */
    public List<String> seatsPeoplePlayed(String roomOrJournal) {
        PlayedMatch played = load(roomOrJournal);
        List<String> seats = played.scenario().playable().stream()
                .map(d -> d.id())
                .filter(id ->
                        !played.journal().players().getOrDefault(id, List.of()).isEmpty())
                .toList();
        return seats.isEmpty()
                ? played.scenario().playable().stream().map(d -> d.id()).toList()
                : seats;
    }

    public String transcript(String roomOrJournal, String seat, String format) {
        Transcript t = TranscriptBuilder.build(load(roomOrJournal), seat);
        return switch (format) {
            case "md" -> TranscriptOutput.markdown(t);
            case "csv" -> TranscriptOutput.csv(t);
            case "json" -> JsonOutput.render(t);
            default -> throw new ReportException("A transcript comes as md, csv or json, not " + format + ".");
        };
    }

    public String compare(List<String> roomsOrJournals, String format) {
        if (roomsOrJournals.size() < 2) {
            throw new ReportException("A comparison needs at least two rooms or journals.");
        }
        var c = ComparisonBuilder.build(
                roomsOrJournals.stream().map(s -> DebriefBuilder.build(load(s))).toList());
        return switch (format) {
            case "html" -> ComparisonHtml.render(c);
            case "md" -> ComparisonMarkdown.render(c);
            case "json" -> JsonOutput.render(c);
            default -> throw new ReportException("A comparison comes as html, md or json, not " + format + ".");
        };
    }
}
