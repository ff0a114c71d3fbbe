package org.summitsim.client.headless;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Event;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.protocol.journal.ScenarioCopy;

/**
 * Writes a headless match in the server's journal format (docs/PROTOCOL.md, "Journal files"):
 * a room line, then one line per event. Headless matches have no clock, so event times are 0.
 * As a server does, it keeps a copy of the scenario beside the journal, for reports.
 */
public final class HeadlessJournal {

    /** Typed as {@link Event} so the event's "type" is written. */
    record EventLine(String kind, long seq, long time, Event event) {
    }

    private HeadlessJournal() {
    }

    public static void write(Path file, ScenarioFile scenario, long seed, Map<String, String> strategies,
                             List<Event> log) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ScenarioCopy.write(file, scenario.text(), false);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            Map<String, Object> room = new LinkedHashMap<>();
            room.put("kind", "room");
            room.put("room", "headless-" + Long.toUnsignedString(seed, 36));
            room.put("scenario", scenario.id());
            room.put("scenarioHash", scenario.hash());
            room.put("created", 0);
            room.put("options", Map.of("label", "headless match, seed " + seed, "bots", strategies));
            out.write(Json.write(room));
            out.newLine();
            for (int i = 0; i < log.size(); i++) {
                out.write(Json.write(new EventLine("event", i + 1, 0, log.get(i))));
                out.newLine();
            }
        }
    }
}
