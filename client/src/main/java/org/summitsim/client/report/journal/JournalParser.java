package org.summitsim.client.report.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Stage;

/**
 * Reads a journal file (docs/PROTOCOL.md, "Journal files") without changing it. A cut-short
 * last line is a crash's leftover and is skipped; a bad line anywhere else means the file is
 * damaged, and no report is made from it rather than a wrong one.
 */
public final class JournalParser {

    private JournalParser() {
    }

    /** Reads {@code file}; {@code scenarios} is asked only if a headless match must be played again. */
    public static Journal read(Path file, ScenarioResolver scenarios) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ReportException("There is no journal at " + file + ".");
        } catch (IOException e) {
            throw new ReportException("The journal " + file + " could not be read: " + e.getMessage(), e);
        }
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        RoomLine room = null;
        List<ObjectNode> events = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        Map<String, String> bots = new LinkedHashMap<>();
        boolean torn = false;
        for (int i = 0; i <= last; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node = parse(line);
            if (node == null || !node.isObject()) {
                if (room == null) {
                    throw new ReportException(file + " is not a Summit journal: its first line is not a room record.");
                }
                if (i == last) {
                    torn = true;
                    break;
                }
                throw new ReportException("Line " + (i + 1) + " of the journal " + file
                        + " is damaged, so no report can be made from it.");
            }
            String kind = node.path("kind").asText();
            if (room == null) {
                if (!kind.equals("room")) {
                    throw new ReportException(file + " is not a Summit journal: its first line does not describe a room.");
                }
                room = roomLine(node);
            } else if (kind.equals("event") && node.path("event").isObject()) {
                events.add((ObjectNode) node.get("event"));
                seqs.add(node.path("seq").asLong(events.size()));
                times.add(node.path("time").asLong(0));
            } else if (kind.equals("bot")) {
                bots.put(node.path("seat").asText(), node.path("strategy").asText("bot"));
            }
        }
        if (room == null || events.isEmpty()) {
            throw new ReportException("The journal " + file + " has no events yet, so there is nothing to report.");
        }
        List<Event> typed = typed(events);
        return new Journal(file, room, stamp(typed, seqs, times), bots, torn);
    }

    private static List<Event> typed(List<ObjectNode> nodes) {
        if (nodes.stream().anyMatch(n -> !n.has("type"))) {
            throw new ReportException("The journal has events without a type, so it cannot be read; play the"
                    + " match again with `summit match ... --journal FILE`.");
        }
        List<Event> events = new ArrayList<>();
        for (ObjectNode n : nodes) {
            try {
                events.add(Json.mapper().treeToValue(n, Event.class));
            } catch (IOException | IllegalArgumentException e) {
                throw new ReportException("The journal has an event this version of Summit does not know ("
                        + n.path("type").asText() + "); use the Summit version that wrote it.", e);
            }
        }
        if (!(events.get(0) instanceof Event.MatchOpened)) {
            throw new ReportException("The journal does not start with the opening of a match.");
        }
        return events;
    }

    private static List<LoggedEvent> stamp(List<Event> events, List<Long> seqs, List<Long> times) {
        List<LoggedEvent> out = new ArrayList<>(events.size());
        Stage stage = Stage.LOBBY;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.PhaseStarted p) {
                stage = p.stage();
            }
            out.add(new LoggedEvent(seqs.get(i), times.get(i), stage, events.get(i)));
        }
        return out;
    }

    private static RoomLine roomLine(JsonNode node) {
        JsonNode options = node.path("options");
        Map<String, String> strategies = new LinkedHashMap<>();
        options.path("bots").properties().forEach(f -> strategies.put(f.getKey(), f.getValue().asText()));
        return new RoomLine(text(node, "room"), text(node, "code"), text(node, "scenario"),
                text(options, "label"), node.path("created").asLong(0), strategies, text(node, "scenarioHash"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode parse(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            return null;
        }
    }
}
