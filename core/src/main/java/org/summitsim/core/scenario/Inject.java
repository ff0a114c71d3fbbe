package org.summitsim.core.scenario;

/**
 * News or a non-state voice the facilitator can release during play.
 *
 * @param source who says it (e.g. "Human Rights Watch"), shown with the text
 * @param when   a hint for the facilitator, e.g. "ROUND 1"
 */
public record Inject(String id, String title, String text, String source, String when) {}
