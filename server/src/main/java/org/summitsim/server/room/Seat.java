package org.summitsim.server.room;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.summitsim.core.match.Match;
import org.summitsim.protocol.journal.JournalRecord;

/** One delegation's place in a room: its token, its humans, a bot or fallback. Room loop only. */
final class Seat {

    final String id;
    String token;
    final List<Member> humans = new ArrayList<>();
    /** A bot or the default-decision fallback playing the seat, or null. */
    SeatAgent agent;
    /** The bot strategy when {@link #agent} is a bot; null for the fallback. */
    String bot;
    /**
     * The bot a person took this seat over from: it comes back when the facilitator moves the
     * seat's last person elsewhere or removes them (null: none, or the facilitator took it off).
     */
    String botBefore;

    boolean everTaken;
    /** The names its people joined with, each journaled once (a restarted room reads them back). */
    final java.util.Set<String> namesRecorded = new java.util.HashSet<>();

    Long graceEndsAt;
    /** The grace period holds the seat for a program, not a person: nobody to pace the bots for. */
    boolean programAway;

    RoomClock.Timer graceTimer;
    /**
     * The last event whose private part this seat's humans may not read (0: they read all): set
     * when the seat changed hands under {@code handover: "fresh"}.
     */
    long hiddenThrough;

    Seat(String id, String token) {
        this.id = id;
        this.token = token;
    }

    boolean hasHumans() {
        return !humans.isEmpty();
    }

    /** Whether a new human may take it without a token: nobody is on it and no one is coming back. */
    boolean free() {
        return humans.isEmpty() && graceEndsAt == null;
    }

    String status() {
        if (!humans.isEmpty()) {
            return "present";
        }
        if (bot != null) {
            return "bot";
        }
        return everTaken ? "absent" : "empty";
    }

    /** Whether a human held the seat and left it for good: taking it now changes its hands. */
    boolean abandoned() {
        return everTaken && free();
    }

    /** What of {@code events} this seat's humans may read: the private ones from before a handover are left out. */
    List<Match.Sequenced> readable(List<Match.Sequenced> events) {
        if (hiddenThrough == 0) {
            return events;
        }
        return events.stream()
                .filter(e -> e.seq() > hiddenThrough || !e.event().audience().isPrivate())
                .toList();
    }

    /** Brings back what the journal's room records say of the seats: taken, bots, tokens and hidden history. */
    static void restore(Map<String, Seat> seats, List<JournalRecord> roomRecords) {
        for (JournalRecord r : roomRecords) {
            if (r instanceof JournalRecord.SeatTaken t && seats.containsKey(t.seat())) {
                seats.get(t.seat()).everTaken = true;
            } else if (r instanceof JournalRecord.PlayerSeated p && seats.containsKey(p.seat())) {
                seats.get(p.seat()).namesRecorded.add(p.name());
            } else if (r instanceof JournalRecord.BotTook b && seats.containsKey(b.seat())) {
                seats.get(b.seat()).bot = b.strategy();
            } else if (r instanceof JournalRecord.BotLeft b && seats.containsKey(b.seat())) {
                seats.get(b.seat()).bot = null;
            } else if (r instanceof JournalRecord.TokenReset t && seats.containsKey(t.seat())) {
                seats.get(t.seat()).token = t.token();
                if (t.hiddenThrough() != null) {
                    seats.get(t.seat()).hiddenThrough = t.hiddenThrough();
                }
            }
        }
    }

    void cancelGrace() {
        if (graceTimer != null) {
            graceTimer.cancel();
            graceTimer = null;
        }
        graceEndsAt = null;
    }
}
