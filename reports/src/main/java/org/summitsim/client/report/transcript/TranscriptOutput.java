package org.summitsim.client.report.transcript;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.summitsim.client.csv.Csv;
import org.summitsim.client.report.debrief.Labels;
import org.summitsim.client.report.render.Html;
import org.summitsim.client.report.render.Md;
import org.summitsim.client.report.transcript.Transcript.Entry;
import org.summitsim.client.report.transcript.Transcript.Result;

/** A transcript as Markdown (to read) or CSV (one row per entry, to sort and count). */
public final class TranscriptOutput {

    // spotless:off
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("floor", "On the floor"), Map.entry("dm_sent", "Private message to"),
            Map.entry("dm_received", "Private message from"), Map.entry("caucus_created", "Created caucus"),
            Map.entry("caucus_joined", "Joined caucus"), Map.entry("caucus_invited", "Invited to caucus"),
            Map.entry("caucus_left", "Left caucus"), Map.entry("caucus_sent", "In caucus"),
            Map.entry("caucus_received", "Heard in caucus"), Map.entry("proposed", "Proposed"),
            Map.entry("cosponsored", "Co-sponsored"), Map.entry("withdrew", "Withdrew"), Map.entry("vote", "Voted"),
            Map.entry("amendment_result", "Own amendment"), Map.entry("pledge", "Pledged"),
            Map.entry("deal_offered", "Offered a deal to"), Map.entry("deal_received", "Was offered a deal by"),
            Map.entry("deal_accepted", "Deal accepted with"), Map.entry("deal_declined", "Deal declined with"),
            Map.entry("decision", "Decided (sealed)"), Map.entry("revealed", "Decision revealed"),
            Map.entry("muted", "Muted by the facilitator (no messages)"), Map.entry("unmuted", "Unmuted by the facilitator"));
    // spotless:on

    private TranscriptOutput() {}

    /** Whom an entry was with: a delegation as a sentence names it ("Was offered a deal by the United States"). */
    private static String with(Entry e) {
        boolean delegation = e.kind().startsWith("dm_") || e.kind().startsWith("deal_");
        return delegation ? org.summitsim.core.scenario.StateName.inSentence(e.with()) : e.with();
    }

    public static String markdown(Transcript t) {
        StringBuilder b = new StringBuilder("# Transcript: ")
                .append(Md.text(t.name()))
                .append("\n\n")
                .append(t.players().isEmpty() ? "" : "Played by " + Md.text(String.join(", ", t.players())) + " · ")
                .append(Md.text(t.scenarioTitle()))
                .append(" · ")
                .append(Md.text(t.label()))
                .append(" · ")
                .append(t.entries().size())
                .append(" entries\n\n");
        String stage = null;
        for (Entry e : t.entries()) {
            if (!e.stage().equals(stage)) {
                stage = e.stage();
                b.append("\n## ").append(Labels.stageTitle(stage)).append("\n\n");
            }
            b.append("- ")
                    .append(e.elapsed() == null ? "" : "`" + e.elapsed() + "` ")
                    .append("**")
                    .append(WORDS.getOrDefault(e.kind(), e.kind()))
                    .append(e.with() == null ? "" : " " + Md.text(with(e)))
                    .append("**")
                    .append(e.detail() == null ? "" : " — " + Md.text(e.detail()))
                    .append(
                            e.text() == null || e.text().isBlank()
                                    ? ""
                                    : ": "
                                            + Md.text(org.summitsim.core.talk.Quoted.of(e.text()))
                                                    .replace("\n", " "))
                    .append('\n');
        }
        Result r = t.result();
        b.append("\n## Result\n\n");
        if (r == null) {
            b.append("The match has not ended yet.\n");
        } else {
            b.append("- Decision: ")
                    .append(Labels.decision(r.decision()))
                    .append(r.defaulted() ? " (no decision; default)" : "")
                    .append("\n- Score: ")
                    .append(Html.num(r.score()))
                    .append(" points, ")
                    .append(Labels.outOf100(r.percent()))
                    .append(" out of 100 (")
                    .append(Labels.outOf100Explained(r.parTable()))
                    .append(")\n- Commitments: ")
                    .append(r.kept())
                    .append(" kept, ")
                    .append(r.broken())
                    .append(" broken\n");
        }
        return b.toString();
    }

    /** An entry's time as a spreadsheet and a person read it: ISO 8601 in UTC to the second, e.g. 2025-11-29T16:21:40Z. */
    static String utc(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public static String csv(Transcript t) {
        StringBuilder b = new StringBuilder(
                Csv.line(List.of("seat", "seq", "time", "elapsed", "stage", "kind", "with", "detail", "text")));
        for (Entry e : t.entries()) {
            b.append(Csv.line(List.of(
                    Csv.text(t.seat()),
                    String.valueOf(e.seq()),
                    e.time() == null ? "" : utc(e.time()),
                    Csv.text(e.elapsed()),
                    Csv.text(e.stage()),
                    e.kind(),
                    Csv.text(e.with()),
                    Csv.text(e.detail()),
                    Csv.text(e.text()))));
        }
        return b.toString();
    }
}
