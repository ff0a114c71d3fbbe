package org.summitsim.client.report.journal;

import java.util.Map;

/**
 * The first line of a journal: which room, which scenario, and (for headless matches) which
 * strategy played each seat. {@code code} is the room's join code, used only to find the room.
 * {@code scenarioHash} is the content hash of the scenario as played; null in older journals.
 */
public record RoomLine(String room, String code, String scenario, String label, long created,
                       Map<String, String> strategies, String scenarioHash) {
}
