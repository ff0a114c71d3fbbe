package org.summitsim.core.scenario;

/** One wording a clause can take; {@code text} is what appears in the declaration. */
public record ClauseOption(String id, String label, String text) {
}
