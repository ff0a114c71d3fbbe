package org.summitsim.client.report.debrief;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.core.scenario.BackgroundState;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.History;
import org.summitsim.core.scenario.Scenario;

/**
 * The author's notes and sources of a scenario, as the debrief lists them: for the scenario as a
 * whole, each clause, each delegation and each history entry that has any. What a class played
 * rests on these, so a teacher can show where each fact comes from.
 */
final class SourceNotes {

    private SourceNotes() {}

    static List<DebriefReport.SourceNote> of(Scenario s) {
        List<DebriefReport.SourceNote> out = new ArrayList<>();
        add(out, "The scenario", s.notes(), s.sources());
        for (Clause c : s.clauses()) {
            add(out, "Clause: " + c.title(), c.notes(), c.sources());
        }
        for (Delegation d : s.delegations()) {
            add(out, d.name(), d.notes(), d.sources());
            history(out, d.name(), d.history());
        }
        for (BackgroundState b : s.backgroundStates()) {
            history(out, b.name(), b.history());
        }
        return out;
    }

    private static void history(List<DebriefReport.SourceNote> out, String name, History h) {
        if (h != null) {
            add(out, name + ": what it really did", null, h.sources());
        }
    }

    private static void add(List<DebriefReport.SourceNote> out, String subject, String notes, List<String> sources) {
        if ((notes != null && !notes.isBlank()) || !sources.isEmpty()) {
            out.add(new DebriefReport.SourceNote(subject, notes, sources));
        }
    }
}
