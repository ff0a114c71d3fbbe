package org.summitsim.client.report.debrief;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.client.report.debrief.DebriefReport.CommitmentResult;
import org.summitsim.client.report.journal.LoggedEvent;
import org.summitsim.client.report.journal.PlayedMatch;
import org.summitsim.core.rules.CommitmentCheck;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.scenario.Decision;

/**
 * Pledges and accepted deals, each side checked at the end. A pledge is public, so its text is
 * shown; a deal's terms were private to its parties, so they appear only when the room let the
 * facilitator read private channels. Whether it was kept is public in the outcome either way, and
 * so is who a deal was between (the outcome checks both sides under one deal).
 *
 * <p>Players never see pledge numbers, so each commitment is named for people by whose it is and
 * what it is ("Netherlands' pledge", "Costa Rica's side of a deal with Austria"); the ids stay in
 * the data for the JSON.
 */
final class CommitmentList {

    private CommitmentList() {}

    static List<CommitmentResult> build(PlayedMatch played, Outcome outcome) {
        boolean dealsVisible = played.journal().settings().facilitatorReadsPrivate();
        Map<String, String> terms = new HashMap<>();
        Map<String, Decision> pledged = new HashMap<>();
        Map<String, String> partners = new HashMap<>();
        // Words the facilitator took off the screens stay off the debrief, which goes on the projector.
        java.util.Set<Long> hidden = new java.util.HashSet<>();
        for (LoggedEvent le : played.journal().events()) {
            if (le.event() instanceof Event.StatementHidden h) {
                hidden.add(h.seq());
            }
        }
        for (LoggedEvent le : played.journal().events()) {
            if (le.event() instanceof Event.PledgeMade p) {
                String words = hidden.contains(le.seq()) ? null : p.text();
                // A pledge is described by what it promises when that holds conditions (its words
                // may leave them out, and the result turns on them) or it has no words of its own.
                boolean conditional = !p.conditions().isEmpty() || Boolean.TRUE.equals(p.ifCoalition());
                terms.put(
                        p.pledge(),
                        conditional || words == null || words.isBlank()
                                ? Promises.pledge(played.scenario(), p)
                                : words);
                pledged.put(p.pledge(), p.decision());
            } else if (le.event() instanceof Event.DealOffered d) {
                partners.put(d.deal() + "\n" + d.from(), d.to());
                partners.put(d.deal() + "\n" + d.to(), d.from());
                if (dealsVisible) {
                    // A deal binds each party to its own side: each row says what that party promised.
                    String give = Promises.describe(played.scenario(), d.give());
                    String want = Promises.describe(played.scenario(), d.want());
                    terms.put(
                            d.deal() + "\n" + d.from(),
                            "Promised to " + give + ", in return for " + played.name(d.to()) + " agreeing to " + want);
                    terms.put(
                            d.deal() + "\n" + d.to(),
                            "Promised to " + want + ", in return for " + played.name(d.from()) + " agreeing to "
                                    + give);
                }
            }
        }
        return outcome.commitments().stream()
                .map(c -> new CommitmentResult(
                        c.id(),
                        c.kind(),
                        c.seat(),
                        played.name(c.seat()),
                        label(played, c, partners.get(c.id() + "\n" + c.seat())),
                        c.status().name(),
                        reason(c, pledged.get(c.id()), outcome),
                        terms.getOrDefault(c.id() + "\n" + c.seat(), terms.get(c.id()))))
                .toList();
    }

    /** "Netherlands' pledge", "Costa Rica's side of a deal with Austria". */
    private static String label(PlayedMatch played, CommitmentCheck c, String partner) {
        String name = played.name(c.seat());
        String whose = Labels.whose(name);
        if (c.kind().equals("pledge")) {
            return whose + " pledge";
        }
        return whose + " side of a deal" + (partner == null ? "" : " with " + played.name(partner));
    }

    /**
     * Why a pledge was kept or broken, in the words the rest of the report uses for decisions
     * ("promised to push for binding law, decided to abstain"); other reasons as the rules give them.
     */
    private static String reason(CommitmentCheck c, Decision promised, Outcome outcome) {
        if (promised == null || c.status() == CommitmentCheck.Status.VOID) {
            return c.reason();
        }
        FinalDecision actual = outcome.decisions().get(c.seat());
        return "promised to " + Labels.decisionVerb(promised) + ", decided to "
                + Labels.decisionVerb(actual == null ? null : actual.decision());
    }
}
