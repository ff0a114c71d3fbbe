package org.summitsim.client.report.debrief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.client.report.debrief.DebriefReport.AmendmentResult;
import org.summitsim.client.report.debrief.DebriefReport.RoundResult;
import org.summitsim.client.report.journal.LoggedEvent;
import org.summitsim.client.report.journal.PlayedMatch;
import org.summitsim.core.rules.Amendment;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Event;
import org.summitsim.core.scenario.Scenario;

/** Every amendment in the order proposed, with its fate and tally, grouped by the stage it was proposed in. */
final class AmendmentTimeline {

    private AmendmentTimeline() {}

    static Map<String, AmendmentResult> amendments(PlayedMatch played) {
        Scenario s = played.scenario();
        Map<String, String> proposedIn = new LinkedHashMap<>();
        Map<String, LoggedEvent> resolved = new LinkedHashMap<>();
        Map<String, String> withdrawnIn = new LinkedHashMap<>();
        for (LoggedEvent le : played.journal().events()) {
            if (le.event() instanceof Event.AmendmentProposed p) {
                proposedIn.put(p.amendment(), le.stage().toString());
            } else if (le.event() instanceof Event.AmendmentResolved r) {
                resolved.put(r.amendment(), le);
            } else if (le.event() instanceof Event.AmendmentWithdrawn w) {
                withdrawnIn.put(w.amendment(), le.stage().toString());
            }
        }
        Map<String, AmendmentResult> out = new LinkedHashMap<>();
        for (String id : proposedIn.keySet()) {
            Amendment a = played.match().state().amendment(id).orElseThrow();
            Event.AmendmentResolved r = resolved.containsKey(id)
                    ? (Event.AmendmentResolved) resolved.get(id).event()
                    : null;
            String status = a.status().name();
            String closedIn = r != null ? resolved.get(id).stage().toString() : withdrawnIn.get(id);
            out.put(
                    id,
                    new AmendmentResult(
                            id,
                            a.proposer(),
                            played.name(a.proposer()),
                            a.clause(),
                            Labels.clauseTitle(s, a.clause()),
                            a.option(),
                            Labels.option(s, a.clause(), a.option()),
                            a.rationale(),
                            List.copyOf(a.cosponsors()),
                            proposedIn.get(id),
                            status,
                            closedIn,
                            r == null ? 0 : r.supports(),
                            r == null ? 0 : r.objections(),
                            r == null ? 0 : r.abstentions(),
                            a.votes().entrySet().stream()
                                    .filter(v -> v.getValue() == Ballot.OPPOSE)
                                    .map(Map.Entry::getKey)
                                    .toList()));
        }
        return out;
    }

    static List<RoundResult> rounds(Map<String, AmendmentResult> amendments) {
        Map<String, List<AmendmentResult>> byStage = new LinkedHashMap<>();
        amendments
                .values()
                .forEach(a -> byStage.computeIfAbsent(a.proposedIn(), k -> new ArrayList<>())
                        .add(a));
        List<RoundResult> out = new ArrayList<>();
        byStage.forEach((stage, list) -> out.add(new RoundResult(
                stage,
                list.size(),
                count(list, "ADOPTED"),
                count(list, "REJECTED"),
                count(list, "WITHDRAWN"),
                count(list, "OPEN"),
                List.copyOf(list))));
        return out;
    }

    private static int count(List<AmendmentResult> list, String status) {
        return (int) list.stream().filter(a -> a.status().equals(status)).count();
    }
}
