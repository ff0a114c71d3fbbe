package org.summitsim.core.scenario;

import java.util.List;

/**
 * What the real state did at the summit.
 *
 * @param attended "yes", "no", "not-invited" or "unclear"
 * @param decision what it did, or null where sources are silent or disagree (then say so in note)
 * @param note     sources and caveats in a sentence
 * @param sources  where each fact comes from (a citation or web address each); reports list them
 */
public record History(String attended, Decision decision, String note, List<String> sources) {

    public History {
        sources = Scenario.listOrEmpty(sources);
    }

    public History(String attended, Decision decision, String note) {
        this(attended, decision, note, null);
    }
}
