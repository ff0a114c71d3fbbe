package org.summitsim.core.rules;

import org.summitsim.core.scenario.Decision;

/** What a background state (or group of {@code count} states) decided by its rule. */
public record BackgroundDecision(String name, int count, Decision decision) {}
