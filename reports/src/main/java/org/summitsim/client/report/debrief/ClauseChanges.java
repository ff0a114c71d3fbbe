package org.summitsim.client.report.debrief;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.summitsim.client.report.debrief.DebriefReport.AmendmentResult;
import org.summitsim.client.report.debrief.DebriefReport.ClauseResult;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Scenario;

/**
 * The final text clause by clause against the chair's draft, which adopted amendments moved it, and
 * the real summit's wording where the scenario records one different from the draft.
 */
final class ClauseChanges {

    private ClauseChanges() {}

    static List<ClauseResult> build(Scenario s, Outcome outcome, Collection<AmendmentResult> amendments) {
        List<ClauseResult> out = new ArrayList<>();
        for (Clause c : s.clauses()) {
            String now = outcome.text().getOrDefault(c.id(), c.draft());
            // Where the game opened on another draft than the real one, what the states really signed.
            String real = s.debrief() == null ? null : s.debrief().adoptedText().get(c.id());
            List<AmendmentResult> adopted = amendments.stream()
                    .filter(a -> a.clause().equals(c.id()) && a.status().equals("ADOPTED"))
                    .toList();
            out.add(new ClauseResult(
                    c.id(),
                    c.title(),
                    c.draft(),
                    Labels.option(s, c.id(), c.draft()),
                    Labels.optionText(s, c.id(), c.draft()),
                    now,
                    Labels.finalOption(s, c.id(), now),
                    Labels.optionText(s, c.id(), now),
                    !now.equals(c.draft()),
                    adopted,
                    real == null ? null : Labels.finalOption(s, c.id(), real)));
        }
        return out;
    }
}
