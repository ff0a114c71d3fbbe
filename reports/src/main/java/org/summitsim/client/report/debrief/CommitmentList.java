package org.summitsim.client.report.debrief;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.client.report.debrief.DebriefReport.CommitmentResult;
import org.summitsim.client.report.journal.LoggedEvent;
import org.summitsim.client.report.journal.PlayedMatch;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Outcome;

/**
 * Pledges and accepted deals, each side checked at the end. A pledge is public, so its text is
 * shown; a deal's terms were private to its parties, so they appear only when the room let the
 * facilitator read private channels. Whether it was kept is public in the outcome either way.
 */
final class CommitmentList {

    private CommitmentList() {}

    static List<CommitmentResult> build(PlayedMatch played, Outcome outcome) {
        boolean dealsVisible = played.journal().settings().facilitatorReadsPrivate();
        Map<String, String> terms = new HashMap<>();
        for (LoggedEvent le : played.journal().events()) {
            if (le.event() instanceof Event.PledgeMade p) {
                terms.put(p.pledge(), p.text());
            } else if (dealsVisible && le.event() instanceof Event.DealOffered d) {
                // A deal binds each party to its own side: each row says what that party promised.
                String give = Promises.describe(played.scenario(), d.give());
                String want = Promises.describe(played.scenario(), d.want());
                terms.put(
                        d.deal() + "\n" + d.from(),
                        "Promised to " + give + ", in return for " + played.name(d.to()) + " agreeing to " + want);
                terms.put(
                        d.deal() + "\n" + d.to(),
                        "Promised to " + want + ", in return for " + played.name(d.from()) + " agreeing to " + give);
            }
        }
        return outcome.commitments().stream()
                .map(c -> new CommitmentResult(
                        c.id(),
                        c.kind(),
                        c.seat(),
                        played.name(c.seat()),
                        c.status().name(),
                        c.reason(),
                        terms.getOrDefault(c.id() + "\n" + c.seat(), terms.get(c.id()))))
                .toList();
    }
}
