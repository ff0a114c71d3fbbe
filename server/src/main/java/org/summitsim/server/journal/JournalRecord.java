package org.summitsim.server.journal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;
import org.summitsim.core.rules.Event;

/**
 * One line of a room's journal (docs/PROTOCOL.md, "Journal files"): the room's header first,
 * then its events in order, with the room records that must survive a restart in between.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = JournalRecord.RoomOpened.class, name = "room"),
    @JsonSubTypes.Type(value = JournalRecord.EventRecord.class, name = "event"),
    @JsonSubTypes.Type(value = JournalRecord.BotTook.class, name = "bot"),
    @JsonSubTypes.Type(value = JournalRecord.BotLeft.class, name = "unbot"),
    @JsonSubTypes.Type(value = JournalRecord.TokenReset.class, name = "token"),
    @JsonSubTypes.Type(value = JournalRecord.SeatTaken.class, name = "taken")})
public sealed interface JournalRecord {

    /**
     * The room as created. Tokens are secrets: the journal file is readable by its owner only.
     * {@code scenarioHash} is the content hash of the scenario copy beside the journal
     * ({@link ScenarioCopy}); null (absent) in journals written before copies were kept.
     */
    record RoomOpened(String room, String code, String scenario, long created, SavedOptions options,
                      String facilitator, Map<String, String> seats, String scenarioHash) implements JournalRecord {

        public RoomOpened(String room, String code, String scenario, long created, SavedOptions options,
                          String facilitator, Map<String, String> seats) {
            this(room, code, scenario, created, options, facilitator, seats, null);
        }
    }

    /**
     * The room options that are not match settings (those, the adoption rule among them, are in
     * the first event). {@code pseudonyms} is null (absent) for rooms that show real names, so
     * journals written before the option existed read the same.
     */
    record SavedOptions(String label, String absent, int graceSeconds, boolean listed, String bot,
                        Boolean pseudonyms) {

        public boolean pseudonymous() {
            return Boolean.TRUE.equals(pseudonyms);
        }
    }

    record EventRecord(long seq, long time, Event event) implements JournalRecord {
    }

    record BotTook(String seat, String strategy, long time) implements JournalRecord {
    }

    record BotLeft(String seat, long time) implements JournalRecord {
    }

    record TokenReset(String seat, String token, long time) implements JournalRecord {
    }

    /** A human took the seat for the first time (after a restart such seats start absent). */
    record SeatTaken(String seat, long time) implements JournalRecord {
    }
}
