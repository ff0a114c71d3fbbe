package org.summitsim.client.report.render;

import static org.summitsim.client.report.render.Md.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitsim.client.report.debrief.Breakdown;
import org.summitsim.client.report.debrief.Choice;
import org.summitsim.client.report.debrief.DebriefReport;
import org.summitsim.client.report.debrief.DebriefReport.AmendmentResult;
import org.summitsim.client.report.debrief.DebriefReport.ClauseResult;
import org.summitsim.client.report.debrief.DebriefReport.CommitmentResult;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.client.report.debrief.DebriefReport.RoundResult;
import org.summitsim.client.report.debrief.Labels;
import org.summitsim.core.scenario.Decision;

/** The debrief in Markdown: the same sections and figures as the HTML page, with tables for charts. */
public final class MarkdownReport {

    private MarkdownReport() {}

    public static String render(DebriefReport r) {
        StringBuilder b = new StringBuilder();
        b.append("# ")
                .append(Md.text(r.meta().scenarioTitle()))
                .append("\n\n")
                .append(Md.text(HtmlReport.subtitle(r.meta())))
                .append("\n\n");
        b.append("## At a glance\n\n").append(MarkdownSummary.render(r));
        b.append("## The final text against the chair's draft\n\n").append(text(r));
        b.append("## Each delegation's decision\n\n").append(decisions(r));
        b.append("## The binding-law coalition\n\n").append(MarkdownSummary.binding(r));
        b.append("## The class against what really happened\n\n").append(MarkdownSummary.history(r));
        b.append("## Scores\n\n").append(scores(r));
        b.append("## Amendments and votes\n\n").append(amendments(r));
        b.append("## Who talked to whom\n\n").append(MarkdownSummary.talk(r));
        b.append("## Pledges and deals: kept and broken\n\n").append(commitments(r));
        b.append("## For discussion\n\n");
        for (int i = 0; i < r.questions().size(); i++) {
            b.append(i + 1).append(". ").append(Md.text(r.questions().get(i))).append('\n');
        }
        if (r.epilogue() != null) {
            b.append("\n### What happened next\n\n")
                    .append(Md.text(r.epilogue()))
                    .append("\n");
        }
        if (!r.sources().isEmpty()) {
            b.append("\n## Sources and notes\n\n");
            for (DebriefReport.SourceNote n : r.sources()) {
                b.append("**").append(Md.text(n.subject())).append("**");
                if (n.notes() != null) {
                    b.append(": ").append(Md.text(n.notes()));
                }
                b.append('\n');
                n.sources().forEach(src -> b.append("- ").append(Md.text(src)).append('\n'));
                b.append('\n');
            }
        }
        return b.append("\n---\n")
                .append(Md.text(HtmlReport.footer(r.meta())))
                .append('\n')
                .toString();
    }

    private static String text(DebriefReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (ClauseResult c : r.text()) {
            List<String> by = c.adopted().stream()
                    .map(a -> a.id() + " by " + a.name() + " (" + Labels.stage(a.resolvedIn()) + ", " + a.supports()
                            + " for, " + a.objections() + " against)")
                    .toList();
            rows.add(List.of(
                    "**" + cell(c.title()) + "**",
                    cell(c.draftLabel()),
                    (c.changed()
                                    ? "**" + cell(c.label()) + "**: " + cell(c.optionText())
                                    : cell(c.label())
                                            + (c.adopted().isEmpty()
                                                    ? " (unchanged from the chair's draft)"
                                                    : " (changed, then restored)"))
                            + (c.realLabel() == null ? "" : " (in reality: " + cell(c.realLabel()) + ")"),
                    by.isEmpty() ? "—" : cell(String.join("; ", by))));
        }
        return Md.table(List.of("Clause", "Chair's draft", "Final text", "Changed by"), rows);
    }

    private static String decisions(DebriefReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (DelegationResult d : r.delegations()) {
            rows.add(List.of(
                    cell(d.name()) + (d.bot() == null ? "" : " (" + cell(Labels.bot(d.bot())) + ")"),
                    Labels.decision(d.decision()) + (d.defaulted() ? " (no decision; default)" : ""),
                    d.statement() == null || d.statement().isBlank()
                            ? "—"
                            : cell(org.summitsim.core.talk.Quoted.of(d.statement()))));
        }
        return Md.table(List.of("Delegation", "Decision", "Statement"), rows);
    }

    private static String scores(DebriefReport r) {
        List<String> parts = new ArrayList<>();
        r.delegations()
                .forEach(d -> d.breakdown().keySet().forEach(p -> {
                    if (!parts.contains(p)) {
                        parts.add(p);
                    }
                }));
        List<String> head = new ArrayList<>(List.of("Delegation", "#Out of 100", "", "#Points"));
        parts.forEach(p -> head.add("#" + Breakdown.label(p)));
        List<List<String>> rows = new ArrayList<>();
        for (DelegationResult d : r.delegations()) {
            List<String> row = new ArrayList<>(List.of(
                    cell(d.name()),
                    Labels.outOf100(d.percent()),
                    "█".repeat((int) Math.round(Math.max(0, d.percent()) / 10)),
                    Html.num(d.score())));
            parts.forEach(p -> row.add(
                    d.breakdown().containsKey(p) ? Html.num(d.breakdown().get(p)) : ""));
            rows.add(row);
        }
        return Labels.outOf100Explained(r.meta().parTable()) + "\n\n" + Md.table(head, rows) + choices(r);
    }

    /** Each delegation's three possible totals at the end, the one it took marked: how well it chose. */
    private static String choices(DebriefReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (DelegationResult d : r.delegations()) {
            if (Choice.best(d) == null) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(cell(d.name())));
            for (Decision x : Decision.values()) {
                String n = Html.num(d.ifDecided().get(x));
                row.add(x == d.decision() ? "**" + n + "**" : n);
            }
            row.add(Choice.inWords(d));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            return "";
        }
        return "\n### Each decision, in hindsight\n\n" + Choice.EXPLAINED + " In bold: the decision taken.\n\n"
                + Md.table(List.of("Delegation", "#Sign", "#Abstain", "#Push for binding law", "Its choice"), rows);
    }

    private static String amendments(DebriefReport r) {
        if (r.rounds().isEmpty()) {
            return "No amendment was proposed: the chair's draft stood as written.\n\n";
        }
        StringBuilder b = new StringBuilder();
        for (RoundResult round : r.rounds()) {
            b.append("### ")
                    .append(Labels.stageTitle(round.stage()))
                    .append(": ")
                    .append(round.proposed())
                    .append(" proposed, ")
                    .append(round.adopted())
                    .append(" adopted, ")
                    .append(round.rejected())
                    .append(" rejected")
                    .append(round.withdrawn() > 0 ? ", " + round.withdrawn() + " withdrawn" : "")
                    .append("\n\n");
            List<List<String>> rows = new ArrayList<>();
            for (AmendmentResult a : round.amendments()) {
                boolean voted = a.status().equals("ADOPTED") || a.status().equals("REJECTED");
                rows.add(List.of(
                        a.id(),
                        cell(a.name()),
                        "**" + cell(a.clauseTitle()) + "** → " + cell(a.optionLabel()),
                        cell(String.join(
                                ", ",
                                a.cosponsors().stream().map(s -> name(r, s)).toList())),
                        a.status().toLowerCase(Locale.ROOT),
                        voted ? a.supports() + "–" + a.objections() + "–" + a.abstentions() : "",
                        cell(String.join(
                                ", ", a.against().stream().map(s -> name(r, s)).toList())),
                        cell(a.rationale())));
            }
            b.append(Md.table(
                    List.of(
                            "Id",
                            "Proposed by",
                            "Change",
                            "Co-sponsors",
                            "Result",
                            "For–against–abstain",
                            "Voted against",
                            "Rationale"),
                    rows));
        }
        return b.toString();
    }

    private static String commitments(DebriefReport r) {
        if (r.commitments().isEmpty()) {
            return "No pledge was made and no deal accepted.\n\n";
        }
        List<List<String>> rows = new ArrayList<>();
        for (CommitmentResult c : r.commitments()) {
            rows.add(List.of(
                    cell(c.label()),
                    c.terms() == null ? "(private)" : cell(c.terms()),
                    switch (c.status()) {
                        case "KEPT" -> "kept";
                        case "BROKEN" -> "**broken**";
                        default -> "never came due";
                    },
                    cell(c.reason())));
        }
        return Md.table(List.of("Commitment", "Terms", "Result", "Why"), rows);
    }

    private static String name(DebriefReport r, String seat) {
        return r.delegations().stream()
                .filter(d -> d.seat().equals(seat))
                .map(DelegationResult::name)
                .findFirst()
                .orElse(seat);
    }
}
