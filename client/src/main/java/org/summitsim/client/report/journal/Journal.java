package org.summitsim.client.report.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Settings;

/**
 * A room's journal as read for a report: its room line, its events in order, and which seats
 * bots played at some point. Reports only read journals; they never repair or rewrite them.
 *
 * @param bots      seat to strategy, for seats a bot took over at least once
 * @param tornTail  whether the last line was cut short (a crash while writing it; it is skipped)
 */
public record Journal(Path file, RoomLine room, List<LoggedEvent> events, Map<String, String> bots,
                      boolean tornTail) {

    public Event.MatchOpened opened() {
        return (Event.MatchOpened) events.get(0).event();
    }

    public Settings settings() {
        return opened().settings();
    }

    public List<Event> log() {
        return events.stream().map(LoggedEvent::event).toList();
    }

    /** The room's name for people: its label if it has one, else its id. */
    public String title() {
        return room.label() == null || room.label().isBlank() ? room.room() : room.label();
    }
}
