package org.summitsim.client.report.debrief;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.client.report.debrief.DebriefReport.CommitmentResult;
import org.summitsim.client.report.journal.LoggedEvent;
import org.summitsim.client.report.journal.PlayedMatch;
import org.summitsim.core.rules.Event;
import org.summitsim.core.scoring.Outcome;

/**
 * Pledges and accepted deals, each side checked at the end. A pledge is public, so its text is
 * shown; a deal's terms were private to its parties, so they appear only when the room let the
 * facilitator read private channels. Whether it was kept is public in the outcome either way.
 */
final class CommitmentList {

    private CommitmentList() {
    }

    static List<CommitmentResult> build(PlayedMatch played, Outcome outcome) {
        boolean dealsVisible = played.journal().settings().facilitatorReadsPrivate();
        Map<String, String> terms = new HashMap<>();
        for (LoggedEvent le : played.journal().events()) {
            if (le.event() instanceof Event.PledgeMade p) {
                terms.put(p.pledge(), p.text());
            } else if (dealsVisible && le.event() instanceof Event.DealOffered d) {
                terms.put(d.deal(), played.name(d.from()) + " offers to " + Promises.describe(played.scenario(), d.give())
                        + " if " + played.name(d.to()) + " will " + Promises.describe(played.scenario(), d.want()));
            }
        }
        return outcome.commitments().stream().map(c -> new CommitmentResult(c.id(), c.kind(), c.seat(),
                played.name(c.seat()), c.status().name(), c.reason(), terms.get(c.id()))).toList();
    }
}
