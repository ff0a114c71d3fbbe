package org.summitsim.server.room;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.summitsim.core.rules.Event;
import org.summitsim.protocol.journal.JournalRecord;
import org.summitsim.server.journal.Journal;

/**
 * The room's side of its journal: appends records in the room's order, keeps the time each event
 * was recorded at (events carry none; replies and the monitor need them), and tells the
 * {@link Outbox} how far it must wait. Room loop only, except the journal's own callbacks.
 */
final class RoomJournal {

    private final Journal journal;
    private final Outbox outbox;
    private final List<Long> times;

    /** {@code times}: when each event already in the match was recorded, in order. */
    RoomJournal(Journal journal, Outbox outbox, List<Long> times, RoomClock roomClock, Consumer<IOException> failed) {
        this.journal = journal;
        this.outbox = outbox;
        this.times = times;
        journal.listener(new Journal.Listener() {
            @Override
            public void stored(long position) {
                if (roomClock.inRoomThread()) {
                    outbox.stored(position); // written by the room itself: nothing to wait for
                } else {
                    roomClock.execute(() -> outbox.stored(position));
                }
            }

            @Override
            public void failed(IOException e) {
                failed.accept(e);
            }
        });
    }

    /** Appends one record; whatever the room sends after this waits until it is stored. */
    long append(JournalRecord record) {
        long pos = journal.append(record);
        outbox.appended(pos);
        return pos;
    }

    /** Appends {@code events}, numbered from {@code first}, as recorded at {@code now}: one write for all. */
    void appendEvents(long first, long now, List<Event> events) {
        List<JournalRecord> records = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            times.add(now);
            records.add(new JournalRecord.EventRecord(first + i, now, events.get(i)));
        }
        outbox.appended(journal.append(records));
    }

    /** When the event numbered {@code seq} was recorded. */
    long timeOf(long seq) {
        return times.get((int) seq - 1);
    }

    /** When each event was recorded, by seq from 1; read only. */
    List<Long> times() {
        return times;
    }

    void closeWhenIdle() {
        journal.closeWhenIdle();
    }

    Path file() {
        return journal.file();
    }

    Journal journal() {
        return journal;
    }
}
