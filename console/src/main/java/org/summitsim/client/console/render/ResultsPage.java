package org.summitsim.client.console.render;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.summitsim.core.rules.CommitmentCheck;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.History;
import org.summitsim.core.talk.Quoted;
import org.summitsim.core.view.PlayerView;

/** `results`: the final text, who decided what, the binding-law count, commitments and scores. */
public final class ResultsPage {

    private ResultsPage() {}

    public static String render(PlayerView v, Style s) {
        return render(v, null, null, s);
    }

    /**
     * With {@code history} (from a shipped scenario file), ends with what the real state did;
     * {@code scale}: the player's role's anchors from the par table (see {@link ScorePage#anchors}), or null.
     */
    public static String render(PlayerView v, History history, double[] scale, Style s) {
        Outcome o = v.outcome();
        if (o == null) {
            return "The summit is not over yet (it is " + v.stage().inWords() + "). Results appear when it ends.";
        }
        Names names = new Names(v);
        StringBuilder out = new StringBuilder(s.heading("Results: " + v.title())).append("\n\n");
        out.append(s.bold("Final text")).append('\n');
        // In the declaration's own order, each clause by its title.
        for (PlayerView.ClauseView clause : v.text()) {
            String option = o.text().get(clause.id());
            if (option != null) {
                // The final text is no draft: an unchanged clause says so instead of "(draft)".
                String label =
                        names.option(clause.id(), option).map(x -> x.label()).orElse(option);
                boolean unchanged = option.equals(clause.draft());
                out.append("  ")
                        .append(s.dim(clause.title() + ": "))
                        .append(
                                unchanged && label.endsWith(" (draft)")
                                        ? label.substring(0, label.length() - " (draft)".length())
                                        : label)
                        .append(
                                !unchanged
                                        ? ""
                                        : v.amendments().stream()
                                                        .anyMatch(a -> a.clause()
                                                                        .equals(clause.id())
                                                                && a.status().equals("adopted"))
                                                ? s.dim(" (changed, then back to the chair's draft)")
                                                : s.dim(" (unchanged from the chair's draft)"))
                        .append('\n');
            }
        }
        out.append('\n')
                .append(s.bold(o.signatoryCount() + " of " + o.attendingStates() + " attending states signed."))
                .append(' ')
                .append(EventText.signedSplit(o))
                .append(' ')
                .append("Binding law: ")
                .append(o.bindingCount())
                .append(o.bindingCount() == 1 ? " state pushed" : " states pushed")
                .append(EventText.pushedSplit(o))
                .append(", ")
                .append(o.bindingThreshold())
                .append(" needed — ")
                .append(o.bindingReached() ? s.good("the coalition formed.") : "no coalition.")
                .append("\n\n");
        out.append(s.bold("Decisions")).append('\n');
        for (Map.Entry<String, FinalDecision> e : o.decisions().entrySet()) {
            FinalDecision d = e.getValue();
            out.append(String.format(
                            Locale.ROOT, "  %-22s %-22s", names.seat(e.getKey()), EventText.decision(d.decision())))
                    .append(d.defaulted() ? s.dim("(did not decide)") : "")
                    .append(d.statement() == null || d.statement().isBlank() ? "" : Quoted.of(d.statement()))
                    .append('\n');
        }
        if (!o.commitments().isEmpty()) {
            out.append('\n').append(s.bold("Commitments")).append('\n');
            Map<CommitmentCheck.Status, Long> others = o.commitments().stream()
                    .filter(c -> !c.seat().equals(v.seat()))
                    .collect(Collectors.groupingBy(CommitmentCheck::status, Collectors.counting()));
            // A facilitator has no seat: the line counts every delegation's, not everyone else's.
            out.append(v.seat() == null ? "  All delegations: " : "  Other delegations: ")
                    .append(others.getOrDefault(CommitmentCheck.Status.KEPT, 0L))
                    .append(" kept, ")
                    .append(others.getOrDefault(CommitmentCheck.Status.BROKEN, 0L))
                    .append(" broken, ")
                    .append(others.getOrDefault(CommitmentCheck.Status.VOID, 0L))
                    .append(" never came due.\n");
            for (CommitmentCheck c : o.commitments()) {
                if (v.seat() != null && !c.seat().equals(v.seat())) {
                    continue;
                }
                String status = c.status() == CommitmentCheck.Status.BROKEN
                        ? s.error("BROKEN")
                        : c.status() == CommitmentCheck.Status.KEPT ? s.good("kept") : s.dim("never came due");
                String name = names.subject(c.seat());
                out.append("  ")
                        .append(org.summitsim.client.report.debrief.Labels.whose(name))
                        .append(c.kind().equals("pledge") ? pledge(v, c) : " side of deal " + c.id())
                        .append(yourSide(v, c, names, s))
                        .append(": ")
                        .append(status)
                        .append(repeatsStatus(c) ? "" : " — " + c.reason())
                        .append('\n');
            }
            promisedToMe(v, o, names, s, out);
        }
        // Labelled columns, the score out of 100 first: a negative point total can be a good result.
        out.append('\n')
                .append(tableHead(
                        s,
                        "Scores",
                        "Delegation",
                        org.summitsim.client.report.debrief.Labels.outOf100Explained(parTable(o)),
                        "Points add up each delegation's own parts and do not compare across delegations:"
                                + " a negative total can still be a good result."));
        o.scores().entrySet().stream()
                .sorted((a, b) ->
                        Double.compare(b.getValue().percent(), a.getValue().percent()))
                .forEach(e -> {
                    String line = row(names.seat(e.getKey()), e.getValue());
                    out.append(e.getKey().equals(v.seat()) ? s.bold(line + "  ← you") : line)
                            .append('\n');
                });
        Score mine = v.seat() == null ? null : o.scores().get(v.seat());
        if (mine != null) {
            out.append('\n')
                    .append("Your score: ")
                    .append(s.dim(ScorePage.breakdown(mine)))
                    .append('\n')
                    .append(scale == null ? "" : s.dim(ScorePage.anchors(names.seat(v.seat()), scale)) + "\n")
                    .append(ScoreParts.legend(java.util.List.of(mine), s))
                    .append('\n')
                    .append(hindsight(v, s));
        }
        if (history != null && history.decision() != null) {
            out.append('\n')
                    .append(s.bold("What really happened: "))
                    .append(names.subject(v.seat()))
                    .append(" chose to ")
                    .append(EventText.decision(history.decision()))
                    .append(".")
                    .append(history.note() == null ? "" : " " + history.note())
                    .append('\n');
        } else if (history != null) {
            out.append('\n')
                    .append(s.bold("What really happened: "))
                    .append("the sources do not say what ")
                    .append(names.inSentence(v.seat()))
                    .append(" decided.")
                    .append(history.note() == null ? "" : " " + history.note())
                    .append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** A table of scores begins: its title, what it shows ({@code notes}), and its columns, {@code first} over the names. */
    private static String tableHead(Style s, String title, String first, String... notes) {
        StringBuilder out = new StringBuilder(s.bold(title)).append('\n');
        for (String note : notes) {
            out.append("  ").append(s.dim(note)).append('\n');
        }
        return out.append(s.dim(String.format(Locale.ROOT, "  %-22s %10s  %7s", first, "out of 100", "points")))
                .append('\n')
                .toString();
    }

    /** One line of a table of scores: out of 100 first, then the points. */
    private static String row(String name, Score sc) {
        return String.format(Locale.ROOT, "  %-22s %10.0f  %7.1f", name, sc.percent(), sc.total());
    }

    /**
     * What each decision would have scored the player, the rest of the outcome as it was: a low
     * result can be the room's doing, the choice at the end was the player's own. Empty when the
     * view has no such figures.
     */
    static String hindsight(PlayerView v, Style s) {
        Map<Decision, Score> scores = v.hindsight();
        FinalDecision taken = v.outcome().decisions().get(v.seat());
        if (scores == null || scores.size() != Decision.values().length || taken == null) {
            return "";
        }
        Map<Decision, Double> totals = new java.util.EnumMap<>(Decision.class);
        scores.forEach((d, sc) -> totals.put(d, sc.total()));
        StringBuilder out = new StringBuilder("\n")
                .append(tableHead(
                        s,
                        "Your decision, in hindsight",
                        "Decision",
                        "What each decision would have scored you, with the final text and every other"
                                + " delegation's decision as they were."));
        for (Decision d : Decision.values()) {
            String line = row(EventText.decision(d), scores.get(d));
            out.append(d == taken.decision() ? s.bold(line + "  ← yours") : line)
                    .append('\n');
        }
        String verdict = org.summitsim.client.report.debrief.Choice.inWords(totals, taken.decision());
        return out.append("  ")
                .append(
                        taken.defaulted()
                                ? "You did not decide in time, so the default counted: "
                                        + EventText.decision(taken.decision()) + ". "
                                : "")
                .append("Your choice was ")
                .append(verdict.startsWith("the best") ? s.good(verdict) : verdict)
                .append(". ")
                .append(s.dim("Your result depends on the whole room; this choice was yours alone."))
                .append('\n')
                .toString();
    }

    /** A deal's public reason only says kept, broken or never due again: the status says it already. */
    private static boolean repeatsStatus(CommitmentCheck c) {
        return c.reason() == null
                || c.kind().equals("deal")
                        && (c.reason().endsWith("side of the deal")
                                || c.reason().endsWith("never came due"));
    }

    /**
     * " pledge to sign", " pledge to push for binding law if enough states pushed": by what it
     * said, not its id (the console confirms a pledge in words, so a student never sees "P3").
     */
    private static String pledge(PlayerView v, CommitmentCheck c) {
        return v.pledges().stream()
                .filter(p -> p.id().equals(c.id()))
                .findFirst()
                .map(p -> " pledge to " + EventText.decision(p.decision())
                        + (p.ifCoalition()
                                ? " if enough states pushed"
                                : p.conditions().isEmpty() ? "" : " (on conditions)"))
                .orElse(" pledge");
    }

    /**
     * What others promised the player in deals, kept or not: a broken promise is news to the one
     * it was made to, who may want to know whom to trust next time.
     */
    private static void promisedToMe(PlayerView v, Outcome o, Names names, Style s, StringBuilder out) {
        if (v.seat() == null) {
            return;
        }
        for (CommitmentCheck c : o.commitments()) {
            PlayerView.DealView deal = c.kind().equals("deal") && !c.seat().equals(v.seat())
                    ? v.deals().stream()
                            .filter(d -> d.id().equals(c.id()) && d.involves(v.seat()))
                            .findFirst()
                            .orElse(null)
                    : null;
            if (deal == null) {
                continue;
            }
            String status = c.status() == CommitmentCheck.Status.BROKEN
                    ? s.error("BROKEN")
                    : c.status() == CommitmentCheck.Status.KEPT ? s.good("kept") : s.dim("never came due");
            out.append("  Promised to you: ")
                    .append(org.summitsim.client.report.debrief.Labels.whose(names.subject(c.seat())))
                    .append(" side of deal ")
                    .append(c.id())
                    .append(" (to ")
                    .append(new EventText(names, v.seat(), s).promise(deal.promiseBy(c.seat())))
                    .append("): ")
                    .append(status)
                    .append('\n');
        }
    }

    /**
     * For the player's own deal, with whom and what they promised (they saw the terms, so the
     * results can say which promise the verdict is about); empty for anything else.
     */
    private static String yourSide(PlayerView v, CommitmentCheck c, Names names, Style s) {
        if (!c.kind().equals("deal") || v.seat() == null) {
            return "";
        }
        return v.deals().stream()
                .filter(d -> d.id().equals(c.id()))
                .findFirst()
                .map(d -> {
                    String partner = names.inSentence(d.partnerOf(v.seat()));
                    String promise = new EventText(names, v.seat(), s).promise(d.promiseBy(v.seat()));
                    return " with " + partner + " (to " + promise + ")";
                })
                .orElse("");
    }

    /** Whether the scores are rated against a par table: then the score out of 100 differs from the share. */
    private static boolean parTable(Outcome o) {
        return o.scores().values().stream().anyMatch(sc -> Math.abs(sc.percent() - sc.share()) > 1e-9);
    }
}
