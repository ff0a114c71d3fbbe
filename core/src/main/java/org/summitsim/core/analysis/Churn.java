package org.summitsim.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Event;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Scenario;

/**
 * How busy a match's floor was: the amendments tabled, those adopted, and the adoptions that
 * brought back a wording its clause had read before (the draft included), so that the text went
 * back and forth. A person at the table reads every amendment; the last figure is the churn a
 * player sees as the text flip-flopping.
 */
record Churn(int tabled, int adopted, int restored) {

    static Churn of(Scenario scenario, List<Event> log) {
        Map<String, List<String>> readings = new HashMap<>();
        for (Clause c : scenario.clauses()) {
            readings.put(c.id(), new ArrayList<>(List.of(c.draft())));
        }
        int tabled = 0;
        int adopted = 0;
        int restored = 0;
        for (Event e : log) {
            if (e instanceof Event.AmendmentProposed) {
                tabled++;
            } else if (e instanceof Event.AmendmentResolved r && r.adopted()) {
                adopted++;
                List<String> before = readings.get(r.clause());
                restored += before.contains(r.option()) ? 1 : 0;
                before.add(r.option());
            }
        }
        return new Churn(tabled, adopted, restored);
    }
}
