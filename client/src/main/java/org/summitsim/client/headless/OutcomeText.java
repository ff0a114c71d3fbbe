package org.summitsim.client.headless;

import java.util.Locale;
import java.util.Map;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scoring.CommitmentCheck;
import org.summitsim.core.scoring.Outcome;
import org.summitsim.core.scoring.Score;

/** The outcome of a match as plain text: final text, decisions and scores, the tally. */
public final class OutcomeText {

    private OutcomeText() {
    }

    public static String render(Scenario scenario, Outcome outcome) {
        StringBuilder s = new StringBuilder();
        s.append("Final text:\n");
        for (Clause c : scenario.clauses()) {
            String now = outcome.text().get(c.id());
            String label = c.option(now).map(o -> o.label() == null ? o.id() : o.label()).orElse(now);
            s.append(String.format(Locale.ROOT, "  %-28s %-32s %s%n", c.title(), label,
                    now.equals(c.draft()) ? "(chair's draft)" : "(amended from " + c.draft() + ")"));
        }
        s.append("\nDecisions and scores:\n");
        for (Delegation d : scenario.playable()) {
            FinalDecision f = outcome.decisions().get(d.id());
            Score score = outcome.scores().get(d.id());
            s.append(String.format(Locale.ROOT, "  %-26s %-13s %7.1f points  %5.1f%%%s%n", d.name(),
                    f.decision() + (f.defaulted() ? "*" : ""), score.total(), score.percent(),
                    f.statement() == null || f.statement().isBlank() ? "" : "  \"" + f.statement() + "\""));
        }
        s.append("  (* no decision; the scenario default applied)\n\n");
        if (outcome.adopted() != null) {
            s.append(scenario.finalAdoption().result(outcome.adopted())).append('\n');
        }
        s.append(String.format(Locale.ROOT, "Signatories: %d of %d attending states", outcome.signatoryCount(),
                outcome.attendingStates()));
        if (scenario.debrief() != null && scenario.debrief().reportedSignatories() != null) {
            s.append(" (reported for the real summit: ").append(scenario.debrief().reportedSignatories()).append(")");
        }
        s.append(String.format(Locale.ROOT, "%nBinding-law coalition: %d states, %d needed: %s%n",
                outcome.bindingCount(), outcome.bindingThreshold(), outcome.bindingReached() ? "reached" : "not reached"));
        Map<CommitmentCheck.Status, Long> counts = new java.util.EnumMap<>(CommitmentCheck.Status.class);
        outcome.commitments().forEach(c -> counts.merge(c.status(), 1L, Long::sum));
        s.append(String.format(Locale.ROOT, "Commitments: %d kept, %d broken, %d void%n",
                counts.getOrDefault(CommitmentCheck.Status.KEPT, 0L),
                counts.getOrDefault(CommitmentCheck.Status.BROKEN, 0L),
                counts.getOrDefault(CommitmentCheck.Status.VOID, 0L)));
        return s.toString();
    }
}
