package org.summitsim.tools.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.summitsim.core.json.Json;

/**
 * What the clients were told, per room: every event (by seq) and every acknowledgement. After
 * the run it is checked against the journals on disk: an acknowledged command's events and every
 * event any client received must be there, the same, at the same seq.
 */
final class Ledger {

    record Ack(String room, String seat, long seq, String command) {}

    /** room → seq → {"time":..,"event":..} as a client received it. */
    final Map<String, Map<Long, JsonNode>> told = new ConcurrentHashMap<>();

    final List<Ack> acks = new CopyOnWriteArrayList<>();
    final List<String> conflicts = new CopyOnWriteArrayList<>();
    final AtomicInteger eventsReceived = new AtomicInteger();

    void event(String room, JsonNode message) {
        eventsReceived.incrementAndGet();
        long seq = message.path("seq").asLong();
        JsonNode record = Json.mapper()
                .createObjectNode()
                .put("time", message.path("time").asLong())
                .set("event", message.get("event"));
        JsonNode before =
                told.computeIfAbsent(room, r -> new ConcurrentHashMap<>()).putIfAbsent(seq, record);
        if (before != null && !before.equals(record)) {
            conflicts.add("room " + room + " seq " + seq + " was told as " + before + " and later as " + record);
        }
    }

    void ack(String room, String seat, long seq, String command) {
        acks.add(new Ack(room, seat, seq, command));
    }

    /** The result of checking the ledger against the journals in {@code roomsDir}. */
    record Check(int rooms, int eventsChecked, int acksChecked, int finishedRooms, List<String> problems) {}

    Check against(Path roomsDir) throws IOException {
        List<String> problems = new ArrayList<>(conflicts);
        Map<String, Map<Long, JsonNode>> journals = new HashMap<>();
        int finished = 0;
        for (String room : rooms()) {
            Map<Long, JsonNode> events = readJournal(roomsDir.resolve(room + ".jsonl"), problems);
            journals.put(room, events);
            if (events.values().stream()
                    .anyMatch(e -> e.path("event").path("type").asText().equals("match_ended"))) {
                finished++;
            }
        }
        int events = 0;
        for (var room : told.entrySet()) {
            Map<Long, JsonNode> journal = journals.get(room.getKey());
            for (var e : room.getValue().entrySet()) {
                events++;
                JsonNode stored = journal.get(e.getKey());
                if (stored == null) {
                    problems.add("room " + room.getKey() + ": event " + e.getKey() + " was sent to a client but is"
                            + " not in the journal: " + e.getValue());
                } else if (!stored.equals(e.getValue())) {
                    problems.add("room " + room.getKey() + ": event " + e.getKey() + " differs: told " + e.getValue()
                            + ", journal " + stored);
                }
            }
        }
        int acked = 0;
        for (Ack a : acks) {
            acked++;
            Map<Long, JsonNode> journal = journals.get(a.room());
            if (journal == null || !journal.containsKey(a.seq())) {
                problems.add("room " + a.room() + ": " + a.seat() + "'s " + a.command() + " was acknowledged as seq "
                        + a.seq() + " but the journal does not have it");
            }
        }
        return new Check(journals.size(), events, acked, finished, problems);
    }

    java.util.Set<String> rooms() {
        java.util.Set<String> rooms = new java.util.TreeSet<>(told.keySet());
        acks.forEach(a -> rooms.add(a.room()));
        return rooms;
    }

    /** The events of a journal by seq; a torn last line is what a crash leaves and is skipped. */
    static Map<Long, JsonNode> readJournal(Path file, List<String> problems) throws IOException {
        Map<Long, JsonNode> events = new HashMap<>();
        if (!Files.exists(file)) {
            problems.add("no journal " + file.getFileName());
            return events;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n;
            try {
                n = Json.mapper().readTree(lines.get(i));
            } catch (IOException e) {
                if (i < lines.size() - 1) {
                    problems.add(file.getFileName() + ": line " + (i + 1) + " is damaged");
                }
                continue;
            }
            if (n != null && n.path("kind").asText().equals("event")) {
                JsonNode record = Json.mapper()
                        .createObjectNode()
                        .put("time", n.path("time").asLong())
                        .set("event", n.get("event"));
                if (events.put(n.path("seq").asLong(), record) != null) {
                    problems.add(file.getFileName() + ": seq " + n.path("seq").asLong() + " appears twice");
                }
            }
        }
        return events;
    }
}
