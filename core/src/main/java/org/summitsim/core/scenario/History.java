package org.summitsim.core.scenario;

import java.util.List;

/**
 * What the real state did at the summit.
 *
 * @param attended "yes", "no", "not-invited" or "unclear"
 * @param decision what it did, or null where sources are silent or disagree (then say so in note)
 * @param note     sources and caveats in a sentence
 * @param standIn  true for a background group that stands in for governments the scenario does
 *                 not name: its decision is what the group must do for the historical count to
 *                 match the reported one, an assumption and not a record of what anyone did.
 *                 Only background states may be stand-ins; a played delegation is a real state.
 * @param sources  where each fact comes from (a citation or web address each); reports list them
 */
public record History(String attended, Decision decision, String note, Boolean standIn, List<String> sources) {

    public History {
        standIn = standIn != null && standIn;
        sources = Scenario.listOrEmpty(sources);
    }

    public History(String attended, Decision decision, String note) {
        this(attended, decision, note, false, null);
    }

    /** Whether this is a recorded decision of a real state: known, and not a stand-in's assumption. */
    public boolean recorded() {
        return decision != null && !standIn;
    }
}
