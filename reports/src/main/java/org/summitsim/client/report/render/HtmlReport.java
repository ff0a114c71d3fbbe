package org.summitsim.client.report.render;

import static org.summitsim.client.report.render.Html.esc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitsim.client.report.debrief.DebriefReport;
import org.summitsim.client.report.debrief.DebriefReport.AmendmentResult;
import org.summitsim.client.report.debrief.DebriefReport.ClauseResult;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.client.report.debrief.DebriefReport.Meta;
import org.summitsim.client.report.debrief.Labels;
import org.summitsim.core.scenario.Decision;

/** The debrief as one self-contained HTML page: no scripts, no external files, print-ready. */
public final class HtmlReport {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private HtmlReport() {}

    public static String render(DebriefReport r) {
        Map<String, String> names = new LinkedHashMap<>();
        r.delegations().forEach(d -> names.put(d.seat(), d.name()));
        StringBuilder body = new StringBuilder();
        body.append(HtmlPage.section("summary", "At a glance", Summary.cards(r)));
        body.append(HtmlPage.section("text", "The final text against the chair's draft", text(r)));
        body.append(HtmlPage.section("decisions", "Each delegation's decision", decisions(r)));
        body.append(HtmlPage.section(
                "binding",
                "The binding-law coalition",
                HtmlPage.figure(
                        CoalitionChart.render(r.binding()),
                        r.binding().description() == null ? "" : r.binding().description())));
        body.append(HtmlPage.section("history", "The class against what really happened", HtmlHistory.render(r)));
        body.append(HtmlPage.section("scores", "Scores", HtmlActivity.scores(r)));
        body.append(HtmlPage.section("amendments", "Amendments and votes", HtmlActivity.amendments(r)));
        body.append(HtmlPage.section("talk", "Who talked to whom", HtmlActivity.talk(r, names)));
        body.append(HtmlPage.section("commitments", "Pledges and deals: kept and broken", HtmlActivity.commitments(r)));
        body.append(HtmlPage.section("questions", "For discussion", questions(r)));
        List<String> toc = new ArrayList<>(List.of(
                "summary",
                "At a glance",
                "text",
                "Final text",
                "decisions",
                "Decisions",
                "binding",
                "Binding law",
                "history",
                "Against history",
                "scores",
                "Scores",
                "amendments",
                "Amendments",
                "talk",
                "Talk",
                "commitments",
                "Commitments",
                "questions",
                "Discussion"));
        if (!r.sources().isEmpty()) {
            body.append(HtmlPage.section("sources", "Sources and notes", sources(r)));
            toc.addAll(List.of("sources", "Sources"));
        }
        Meta m = r.meta();
        return HtmlPage.render(
                "Debrief: " + m.scenarioTitle() + " — " + m.label(),
                m.scenarioTitle(),
                subtitle(m),
                toc,
                body.toString(),
                footer(m));
    }

    /** The small print: where the report came from, with the match's seed for researchers. */
    static String footer(Meta m) {
        return "Made by summit report from room " + m.room() + " (" + m.events() + " events, seed " + m.seed()
                + "). Private messages are counted here, never quoted.";
    }

    static String subtitle(Meta m) {
        List<String> parts = new ArrayList<>();
        parts.add("Debrief of " + m.label());
        if (!m.label().equals(m.room())) {
            parts.add("room " + m.room());
        }
        if (m.started() != null) {
            parts.add("summit started " + DATE.format(Instant.ofEpochMilli(m.started())) + ", lasted "
                    + Html.count(m.minutes().intValue(), "minute"));
        }
        parts.add("amendments by " + m.adoption());
        return String.join(" · ", parts);
    }

    private static String text(DebriefReport r) {
        HtmlTable t = new HtmlTable().head("Clause", "Chair's draft", "Final text", "Changed by");
        for (ClauseResult c : r.text()) {
            String fin = c.changed()
                    ? "<strong>" + esc(c.label()) + "</strong><br><span class=\"muted\">" + esc(c.optionText())
                            + "</span>"
                    : esc(c.label()) + "<br><span class=\"muted\">"
                            + (c.adopted().isEmpty() ? "unchanged from the chair's draft" : "changed, then restored")
                            + "</span>";
            if (c.realLabel() != null) {
                fin += "<br><span class=\"muted\">In reality: " + esc(c.realLabel()) + "</span>";
            }
            List<String> by = new ArrayList<>();
            for (AmendmentResult a : c.adopted()) {
                by.add(esc(a.id() + " by " + a.name() + " (" + Labels.stage(a.resolvedIn()) + ", " + a.supports()
                        + " for, " + a.objections() + " against)"));
            }
            t.row(
                    c.changed() ? "changed" : null,
                    "<strong>" + esc(c.title()) + "</strong>",
                    esc(c.draftLabel()) + "<br><span class=\"muted\">" + esc(c.draftText()) + "</span>",
                    fin,
                    by.isEmpty() ? "<span class=\"muted\">—</span>" : String.join("<br>", by));
        }
        long changed = r.text().stream().filter(ClauseResult::changed).count();
        boolean real = r.text().stream().anyMatch(c -> c.realLabel() != null);
        return "<p>" + changed + " of " + r.text().size() + " clauses differ from the chair's draft. "
                + "The text changed only through adopted amendments."
                + (real
                        ? " This game opened on a shorter draft than the real one: \"In reality\" is what the states"
                                + " really signed."
                        : "")
                + "</p>\n" + t.render();
    }

    private static String decisions(DebriefReport r) {
        HtmlTable t = new HtmlTable().head("Delegation", "Decision", "Statement");
        for (DelegationResult d : r.delegations()) {
            String statement = d.statement() == null || d.statement().isBlank()
                    ? "<span class=\"muted\">—</span>"
                    : "<blockquote>" + esc(d.statement()) + "</blockquote>";
            t.row(
                    null,
                    esc(d.name())
                            + (d.bot() == null
                                    ? ""
                                    : " <span class=\"muted\">(" + esc(Labels.bot(d.bot())) + ")</span>"),
                    badge(d.decision()) + (d.defaulted() ? " <span class=\"muted\">no decision; default</span>" : ""),
                    statement);
        }
        return t.render();
    }

    static String badge(Decision d) {
        return "<span class=\"badge " + Colors.cls(d) + "\">" + esc(Labels.decision(d)) + "</span>";
    }

    private static String sources(DebriefReport r) {
        StringBuilder b = new StringBuilder("<dl class=\"sources\">\n");
        for (DebriefReport.SourceNote n : r.sources()) {
            b.append("<dt>").append(esc(n.subject())).append("</dt>\n");
            if (n.notes() != null) {
                b.append("<dd>").append(esc(n.notes())).append("</dd>\n");
            }
            n.sources()
                    .forEach(src ->
                            b.append("<dd class=\"muted\">").append(esc(src)).append("</dd>\n"));
        }
        return b.append("</dl>\n").toString();
    }

    private static String questions(DebriefReport r) {
        StringBuilder b = new StringBuilder();
        if (!r.questions().isEmpty()) {
            b.append("<ol class=\"questions\">\n");
            r.questions().forEach(q -> b.append("<li>").append(esc(q)).append("</li>\n"));
            b.append("</ol>\n");
        }
        if (r.epilogue() != null && !r.epilogue().isBlank()) {
            b.append("<h3>What happened next</h3>\n<p>")
                    .append(esc(r.epilogue()))
                    .append("</p>\n");
        }
        return b.length() == 0 ? "<p class=\"muted\">The scenario has no debrief questions.</p>\n" : b.toString();
    }
}
