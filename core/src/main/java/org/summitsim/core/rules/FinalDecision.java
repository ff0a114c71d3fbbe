package org.summitsim.core.rules;

import org.summitsim.core.scenario.Decision;

/** A seat's revealed decision; {@code defaulted} when the seat never decided. */
public record FinalDecision(Decision decision, String statement, boolean defaulted) {}
