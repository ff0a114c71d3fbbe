package org.summitsim.client.headless;

import java.util.Locale;
import java.util.Map;
import org.summitsim.client.report.debrief.Labels;
import org.summitsim.core.rules.CommitmentCheck;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;

/** The outcome of a match as plain text: final text, decisions and scores, the tally. */
public final class OutcomeText {

    private OutcomeText() {}

    /** The outcome, with the strategy that played each seat ({@code lineup}: seat id → strategy). */
    public static String render(Scenario scenario, Outcome outcome, Map<String, String> lineup) {
        StringBuilder s = new StringBuilder();
        s.append("Final text:\n");
        int titles = scenario.clauses().stream()
                .mapToInt(c -> c.title().length())
                .max()
                .orElse(0);
        int labels = scenario.clauses().stream()
                .mapToInt(c -> label(c, outcome.text().get(c.id())).length())
                .max()
                .orElse(0);
        for (Clause c : scenario.clauses()) {
            String now = outcome.text().get(c.id());
            s.append(String.format(
                    Locale.ROOT,
                    "  %-" + titles + "s  %-" + labels + "s  %s%n",
                    c.title(),
                    label(c, now),
                    now.equals(c.draft())
                            ? "(the chair's draft, unchanged)"
                            : "(amended; the draft said \u201c" + label(c, c.draft()) + "\u201d)"));
        }
        s.append("\nDecisions and scores (points, then the score out of 100):\n");
        int names = scenario.playable().stream()
                .mapToInt(d -> d.name().length())
                .max()
                .orElse(0);
        // A script's strategy is its file: the column is as wide as the longest, so rows stay in line.
        int strategies = Math.max(
                12, lineup.values().stream().mapToInt(String::length).max().orElse(0));
        boolean defaulted = false;
        for (Delegation d : scenario.playable()) {
            FinalDecision f = outcome.decisions().get(d.id());
            Score score = outcome.scores().get(d.id());
            defaulted |= f.defaulted();
            s.append(String.format(
                    Locale.ROOT,
                    "  %-" + names + "s  %-" + strategies + "s %-21s %7.1f points  %3s%s%n",
                    d.name(),
                    lineup.getOrDefault(d.id(), ""),
                    Labels.decision(f.decision()) + (f.defaulted() ? "*" : ""),
                    score.total(),
                    Labels.outOf100(score.percent()),
                    f.statement() == null || f.statement().isBlank() ? "" : "  \"" + f.statement() + "\""));
        }
        if (defaulted) {
            s.append("  (* no decision; the scenario default applied)\n");
        }
        s.append('\n');
        if (outcome.adopted() != null) {
            s.append(scenario.finalAdoption().result(outcome.adopted())).append('\n');
        }
        s.append(String.format(
                Locale.ROOT,
                "Signatories: %d of %d attending states",
                outcome.signatoryCount(),
                outcome.attendingStates()));
        if (scenario.debrief() != null && scenario.debrief().reportedSignatories() != null) {
            s.append(" (reported for the real summit: ")
                    .append(scenario.debrief().reportedSignatories())
                    .append(")");
        }
        s.append(String.format(
                Locale.ROOT,
                "%nBinding-law coalition: %d states, %d needed: %s%n",
                outcome.bindingCount(),
                outcome.bindingThreshold(),
                outcome.bindingReached() ? "reached" : "not reached"));
        Map<CommitmentCheck.Status, Long> counts = new java.util.EnumMap<>(CommitmentCheck.Status.class);
        outcome.commitments().forEach(c -> counts.merge(c.status(), 1L, Long::sum));
        s.append(String.format(
                Locale.ROOT,
                "Commitments: %d kept, %d broken, %d void%n",
                counts.getOrDefault(CommitmentCheck.Status.KEPT, 0L),
                counts.getOrDefault(CommitmentCheck.Status.BROKEN, 0L),
                counts.getOrDefault(CommitmentCheck.Status.VOID, 0L)));
        return s.toString();
    }

    /** An option's label without the "(draft)" mark some scenarios add, as the line says it anyway. */
    private static String label(Clause c, String option) {
        String label = c.option(option)
                .map(o -> o.label() == null ? o.id() : o.label())
                .orElse(option);
        return label.endsWith(" (draft)") ? label.substring(0, label.length() - " (draft)".length()) : label;
    }
}
