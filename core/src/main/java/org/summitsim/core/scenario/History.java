package org.summitsim.core.scenario;

/**
 * What the real state did at the summit.
 *
 * @param attended "yes", "no", "not-invited" or "unclear"
 * @param decision what it did, or null where sources are silent or disagree (then say so in note)
 * @param note     sources and caveats in a sentence
 */
public record History(String attended, Decision decision, String note) {
}
