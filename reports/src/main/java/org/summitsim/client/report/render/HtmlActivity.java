package org.summitsim.client.report.render;

import static org.summitsim.client.report.render.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitsim.client.report.debrief.Breakdown;
import org.summitsim.client.report.debrief.Choice;
import org.summitsim.client.report.debrief.DebriefReport;
import org.summitsim.client.report.debrief.DebriefReport.Activity;
import org.summitsim.client.report.debrief.DebriefReport.AmendmentResult;
import org.summitsim.client.report.debrief.DebriefReport.CaucusSummary;
import org.summitsim.client.report.debrief.DebriefReport.CommitmentResult;
import org.summitsim.client.report.debrief.DebriefReport.DelegationResult;
import org.summitsim.client.report.debrief.DebriefReport.RoundResult;
import org.summitsim.client.report.debrief.Labels;
import org.summitsim.core.scenario.Decision;

/** The sections about what delegations did: scores, amendments, talk, commitments. */
final class HtmlActivity {

    private HtmlActivity() {}

    static String scores(DebriefReport r) {
        List<String> parts = new ArrayList<>();
        r.delegations()
                .forEach(d -> d.breakdown().keySet().forEach(p -> {
                    if (!parts.contains(p)) {
                        parts.add(p);
                    }
                }));
        List<String> head = new ArrayList<>(List.of("Delegation", "#Points", "#Out of 100"));
        parts.forEach(p -> head.add("#" + Breakdown.label(p)));
        HtmlTable t = new HtmlTable("compact").head(head.toArray(String[]::new));
        for (DelegationResult d : r.delegations()) {
            List<String> cells = new ArrayList<>(
                    List.of(esc(d.name()), "#" + Html.num(d.score()), "#" + Labels.outOf100(d.percent())));
            parts.forEach(p -> cells.add(
                    "#" + (d.breakdown().containsKey(p) ? Html.num(d.breakdown().get(p)) : "")));
            t.row(null, cells.toArray(String[]::new));
        }
        return HtmlPage.figure(
                        ScoreChart.render(r.delegations()),
                        Labels.outOf100Explained(r.meta().parTable()) + " The colour is the delegation's decision.")
                + "<h3>Breakdown in points</h3>\n" + t.render() + partsExplained(parts) + choices(r);
    }

    /** Each delegation's three possible totals at the end, the one it took marked: how well it chose. */
    private static String choices(DebriefReport r) {
        if (r.delegations().stream().allMatch(d -> Choice.best(d) == null)) {
            return "";
        }
        HtmlTable t =
                new HtmlTable("compact").head("Delegation", "#Sign", "#Abstain", "#Push for binding law", "Its choice");
        for (DelegationResult d : r.delegations()) {
            if (Choice.best(d) == null) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(esc(d.name())));
            for (Decision x : Decision.values()) {
                String n = Html.num(d.ifDecided().get(x));
                cells.add("#" + (x == d.decision() ? "<strong>" + n + "</strong>" : n));
            }
            cells.add(esc(Choice.inWords(d)));
            t.row(null, cells.toArray(String[]::new));
        }
        return "<h3>Each decision, in hindsight</h3>\n<p>" + esc(Choice.EXPLAINED)
                + " In bold: the decision taken.</p>\n" + t.render();
    }

    /** Each breakdown column in words, so the table reads without the rules at hand. */
    private static String partsExplained(List<String> parts) {
        StringBuilder dl = new StringBuilder("<dl class=\"parts\">\n");
        parts.forEach(p -> dl.append("<dt>")
                .append(esc(Breakdown.label(p)))
                .append("</dt><dd>")
                .append(esc(Breakdown.meaning(p)))
                .append("</dd>\n"));
        return dl.append("</dl>\n").toString();
    }

    static String amendments(DebriefReport r) {
        if (r.rounds().isEmpty()) {
            return "<p>No amendment was proposed: the chair's draft stood as written.</p>\n";
        }
        HtmlTable t = new HtmlTable()
                .head(
                        "Id",
                        "Proposed by",
                        "Change",
                        "Co-sponsors",
                        "Result",
                        "#For",
                        "#Against",
                        "#Abstain",
                        "Voted against");
        for (RoundResult round : r.rounds()) {
            for (AmendmentResult a : round.amendments()) {
                String change = "<strong>" + esc(a.clauseTitle()) + "</strong> → " + esc(a.optionLabel())
                        + (a.rationale() == null ? "" : "<br><span class=\"muted\">" + esc(a.rationale()) + "</span>");
                boolean later = a.resolvedIn() != null && !a.resolvedIn().equals(a.proposedIn());
                String result = esc(a.status().toLowerCase(Locale.ROOT))
                        + (later ? " <span class=\"muted\">(" + esc(Labels.stage(a.resolvedIn())) + ")</span>" : "");
                boolean voted = a.status().equals("ADOPTED") || a.status().equals("REJECTED");
                t.row(
                        null,
                        esc(a.id()),
                        esc(a.name()) + " <span class=\"muted\">(" + esc(Labels.stage(a.proposedIn())) + ")</span>",
                        change,
                        esc(String.join(", ", names(r, a.cosponsors()))),
                        result,
                        "#" + (voted ? a.supports() : ""),
                        "#" + (voted ? a.objections() : ""),
                        "#" + (voted ? a.abstentions() : ""),
                        esc(String.join(", ", names(r, a.against()))));
            }
        }
        return HtmlPage.figure(
                        TimelineChart.render(r.rounds()),
                        "One square per delegation in each vote; "
                                + "sponsors count as support and delegations that did not vote as abstaining.")
                + t.render();
    }

    static String talk(DebriefReport r, Map<String, String> names) {
        StringBuilder b = new StringBuilder(HtmlPage.figure(
                TalkChart.render(r.talk(), names),
                "Private messages are counted, never quoted: a debrief is shown to the whole class."));
        HtmlTable t = new HtmlTable("compact")
                .head(
                        "Delegation",
                        "#Floor",
                        "#Private sent",
                        "#Caucus",
                        "#Proposed",
                        "#Adopted",
                        "#Co-sponsored",
                        "#Votes",
                        "#Pledges",
                        "#Deals offered");
        for (DelegationResult d : r.delegations()) {
            Activity a = d.activity();
            t.row(
                    null,
                    esc(d.name()),
                    "#" + a.floorStatements(),
                    "#" + a.messagesSent(),
                    "#" + a.caucusMessages(),
                    "#" + a.amendmentsProposed(),
                    "#" + a.amendmentsAdopted(),
                    "#" + a.cosponsored(),
                    "#" + a.votes(),
                    "#" + a.pledges(),
                    "#" + a.dealsOffered());
        }
        b.append("<h3>Activity</h3>\n").append(t.render());
        if (r.talk().privateDetail() && !r.talk().caucuses().isEmpty()) {
            HtmlTable c = new HtmlTable().head("Caucus", "Members", "#Messages");
            for (CaucusSummary s : r.talk().caucuses()) {
                c.row(null, esc(s.name()), esc(String.join(", ", names(r, s.members()))), "#" + s.messages());
            }
            b.append("<h3>Caucuses</h3>\n").append(c.render());
        } else if (!r.talk().privateDetail()) {
            b.append("<p class=\"muted\">This room kept private channels from the facilitator, so caucuses are "
                    + "not named and deal terms are not shown.</p>\n");
        }
        return b.toString();
    }

    static String commitments(DebriefReport r) {
        if (r.commitments().isEmpty()) {
            return "<p>No pledge was made and no deal accepted.</p>\n";
        }
        HtmlTable t = new HtmlTable().head("Commitment", "Terms", "Result", "Why");
        for (CommitmentResult c : r.commitments()) {
            String status = switch (c.status()) {
                case "KEPT" -> "<span class=\"yes\">kept</span>";
                case "BROKEN" -> "<span class=\"no\">broken</span>";
                default -> "<span class=\"muted\">never came due</span>";
            };
            t.row(
                    null,
                    esc(c.label()),
                    c.terms() == null ? "<span class=\"muted\">private</span>" : esc(c.terms()),
                    status,
                    esc(c.reason()));
        }
        return t.render();
    }

    private static List<String> names(DebriefReport r, List<String> seats) {
        return seats.stream()
                .map(s -> r.delegations().stream()
                        .filter(d -> d.seat().equals(s))
                        .map(DelegationResult::name)
                        .findFirst()
                        .orElse(s))
                .toList();
    }
}
