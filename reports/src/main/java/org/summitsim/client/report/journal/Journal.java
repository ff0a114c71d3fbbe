package org.summitsim.client.report.journal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.rules.Stage;
import org.summitsim.protocol.journal.JournalReader;
import org.summitsim.protocol.journal.JournalRecord;

/**
 * A room's journal as read for a report: its room record, its events in order, and which seats
 * bots played at some point. It is read with the protocol's {@link JournalReader#lines}, the
 * reader the server uses too, which never changes the file: reports only read journals.
 *
 * @param bots      seat to strategy, for seats a bot took over at least once; "utility until round 2"
 *                  when the bot gave the seat up before the end (a person took it over, or the
 *                  facilitator took it off) and no bot took it again; "utility from round 2" when it
 *                  took the seat from a person while the summit ran (a student moved off, or gone)
 * @param players   seat to the names its people joined with, in the order they first took it
 * @param tornTail  whether the last line was cut short (a crash while writing it; it is skipped)
 */
public record Journal(
        Path file,
        JournalRecord.RoomOpened room,
        List<LoggedEvent> events,
        Map<String, String> bots,
        Map<String, List<String>> players,
        boolean tornTail) {

    /**
     * Reads {@code file}. A cut-short last line is a crash's leftover and is skipped; a bad line
     * anywhere else means the file is damaged, and no report is made from it rather than a wrong one.
     */
    public static Journal read(Path file) {
        JournalReader.Lines lines;
        try {
            lines = JournalReader.lines(file);
        } catch (NoSuchFileException e) {
            throw new ReportException("There is no journal at " + file + ".");
        } catch (JournalReader.DamagedJournal e) {
            if (e.line() == 1) {
                throw notAJournal(file);
            }
            throw new ReportException(
                    "Line " + e.line() + " of the journal " + file
                            + " is damaged or was not written by this version of Summit, so no report can be made from it.",
                    e);
        } catch (IOException e) {
            throw new ReportException("The journal " + file + " could not be read: " + e.getMessage(), e);
        }
        List<JournalRecord> records = lines.records();
        if (records.isEmpty() && lines.tornTail()) {
            throw notAJournal(file);
        }
        if (!records.isEmpty() && !(records.get(0) instanceof JournalRecord.RoomOpened)) {
            throw new ReportException(file + " is not a Summit journal: its first line does not describe a room.");
        }
        List<LoggedEvent> events = new ArrayList<>();
        Map<String, String> bots = new LinkedHashMap<>();
        Map<String, List<String>> players = new LinkedHashMap<>();
        Map<String, Stage> botLeft = new LinkedHashMap<>();
        Stage stage = Stage.LOBBY;
        for (JournalRecord r : records) {
            if (r instanceof JournalRecord.EventRecord e) {
                if (e.event() instanceof Event.PhaseStarted p) {
                    stage = p.stage();
                }
                events.add(new LoggedEvent(e.seq(), e.time(), stage, e.event()));
            } else if (r instanceof JournalRecord.BotTook b) {
                String strategy = b.strategy() == null ? "bot" : b.strategy();
                // After a person played the seat, the bot played only the rest: a teacher grading
                // that person reads from when.
                boolean afterAPerson = players.containsKey(b.seat()) && stage.phase() != Phase.LOBBY;
                bots.put(b.seat(), afterAPerson ? strategy + " from " + stage.inWords() : strategy);
                botLeft.remove(b.seat());
            } else if (r instanceof JournalRecord.BotLeft b
                    && bots.containsKey(b.seat())
                    && stage.phase() != Phase.RESULTS) {
                botLeft.put(b.seat(), stage);
            } else if (r instanceof JournalRecord.PlayerSeated p && p.program()) {
                // A program that joined as a bot is a bot in the reports, named as it joined: not a student to grade.
                bots.put(
                        p.seat(),
                        (p.name() == null || p.name().isBlank() ? "a program" : p.name()) + " over the network");
                botLeft.remove(p.seat());
            } else if (r instanceof JournalRecord.PlayerSeated p && stage.phase() != Phase.RESULTS) {
                // Someone seated after the end (older servers allowed it) played none of the game.
                List<String> names = players.computeIfAbsent(p.seat(), k -> new ArrayList<>());
                if (!names.contains(p.name())) {
                    names.add(p.name());
                }
            }
        }
        // A bot that gave way to a person before the end did not play the whole game: say until when.
        // One that gave way before the summit began played none of it.
        botLeft.forEach((seat, until) -> {
            if (until.phase() == Phase.LOBBY) {
                bots.remove(seat);
            } else {
                bots.put(seat, bots.get(seat) + " until " + until.inWords());
            }
        });
        if (events.isEmpty()) {
            throw new ReportException("The journal " + file + " has no events yet, so there is nothing to report.");
        }
        if (!(events.get(0).event() instanceof Event.MatchOpened)) {
            throw new ReportException("The journal does not start with the opening of a match.");
        }
        return new Journal(file, (JournalRecord.RoomOpened) records.get(0), events, bots, players, lines.tornTail());
    }

    private static ReportException notAJournal(Path file) {
        return new ReportException(file + " is not a Summit journal: its first line is not a room record.");
    }

    public Event.MatchOpened opened() {
        return (Event.MatchOpened) events.get(0).event();
    }

    public Settings settings() {
        return opened().settings();
    }

    public List<Event> log() {
        return events.stream().map(LoggedEvent::event).toList();
    }

    /** The room's label, or null when it has none. */
    public String label() {
        return room.options() == null ? null : room.options().label();
    }

    /** Seat to strategy for a headless match, whose bots played every seat from the start; else empty. */
    public Map<String, String> strategies() {
        return room.options() == null || room.options().bots() == null
                ? Map.of()
                : room.options().bots();
    }

    /** The room's name for people: its label if it has one, else its id. */
    public String title() {
        return label() == null || label().isBlank() ? room.room() : label();
    }

    /**
     * When the summit started: the time of its first event after the lobby (0 for a journal without
     * times). A game's length and the transcripts' elapsed times count from here, not from when
     * the room was made, which may have been long before the class.
     */
    public long started() {
        long first = events.get(0).time();
        return events.stream()
                .filter(e -> e.stage().phase() != Phase.LOBBY)
                .mapToLong(LoggedEvent::time)
                .findFirst()
                .orElse(first);
    }
}
