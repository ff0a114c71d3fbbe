package org.summitsim.server.protocol;

import org.summitsim.core.scenario.AdoptionRule;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Timing;

/** What a room plays by: the scenario's defaults with the room's options applied. */
public record RulesInForce(Timing timing, AdoptionRule adoption, String adoptionText, boolean facilitatorReadsPrivate,
                           String absent, int graceSeconds, Decision defaultDecision, String bot) {
}
