package org.summitsim.protocol.journal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
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
    @JsonSubTypes.Type(value = JournalRecord.SeatTaken.class, name = "taken"),
    @JsonSubTypes.Type(value = JournalRecord.PlayerSeated.class, name = "player")
})
public sealed interface JournalRecord {

    /**
     * The room as created. Tokens are secrets: the journal file is readable by its owner only.
     * {@code scenarioHash} is the content hash of the scenario copy beside the journal
     * ({@link ScenarioCopy}); null (absent) in journals written before copies were kept.
     */
    record RoomOpened(
            String room,
            String code,
            String scenario,
            long created,
            SavedOptions options,
            String facilitator,
            Map<String, String> seats,
            String scenarioHash)
            implements JournalRecord {

        public RoomOpened(
                String room,
                String code,
                String scenario,
                long created,
                SavedOptions options,
                String facilitator,
                Map<String, String> seats) {
            this(room, code, scenario, created, options, facilitator, seats, null);
        }
    }

    /**
     * The room options that are not match settings (those, the adoption rule among them, are in
     * the first event). {@code pseudonyms} is null (absent) for rooms that show real names, so
     * journals written before the option existed read the same; {@code lobbyMinutes},
     * {@code handover}, {@code pace} and {@code voteWindowSeconds} are null in such journals and
     * read as their defaults. {@code bots} is written by headless matches only ({@code summit
     * match --journal}): the strategy that played each seat from the start; null (absent) in the
     * server's rooms, whose bots come and go as {@link BotTook} and {@link BotLeft} records.
     */
    record SavedOptions(
            String label,
            String absent,
            int graceSeconds,
            boolean listed,
            String bot,
            Boolean pseudonyms,
            Integer lobbyMinutes,
            String handover,
            String pace,
            Integer voteWindowSeconds,
            Map<String, String> bots) {

        public SavedOptions(
                String label,
                String absent,
                int graceSeconds,
                boolean listed,
                String bot,
                Boolean pseudonyms,
                Integer lobbyMinutes,
                String handover,
                String pace,
                Integer voteWindowSeconds) {
            this(
                    label,
                    absent,
                    graceSeconds,
                    listed,
                    bot,
                    pseudonyms,
                    lobbyMinutes,
                    handover,
                    pace,
                    voteWindowSeconds,
                    null);
        }

        public SavedOptions(
                String label,
                String absent,
                int graceSeconds,
                boolean listed,
                String bot,
                Boolean pseudonyms,
                Integer lobbyMinutes,
                String handover) {
            this(label, absent, graceSeconds, listed, bot, pseudonyms, lobbyMinutes, handover, null, null);
        }

        /**
         * Reads the options as written: a headless match's journal of earlier versions has only
         * {@code label} and {@code bots}, so an absent {@code graceSeconds} reads as 0 and an
         * absent {@code listed} as false.
         */
        @JsonCreator
        static SavedOptions read(
                @JsonProperty("label") String label,
                @JsonProperty("absent") String absent,
                @JsonProperty("graceSeconds") Integer graceSeconds,
                @JsonProperty("listed") Boolean listed,
                @JsonProperty("bot") String bot,
                @JsonProperty("pseudonyms") Boolean pseudonyms,
                @JsonProperty("lobbyMinutes") Integer lobbyMinutes,
                @JsonProperty("handover") String handover,
                @JsonProperty("pace") String pace,
                @JsonProperty("voteWindowSeconds") Integer voteWindowSeconds,
                @JsonProperty("bots") Map<String, String> bots) {
            return new SavedOptions(
                    label,
                    absent,
                    graceSeconds == null ? 0 : graceSeconds,
                    Boolean.TRUE.equals(listed),
                    bot,
                    pseudonyms,
                    lobbyMinutes,
                    handover,
                    pace,
                    voteWindowSeconds,
                    bots);
        }

        /** The options of a headless match's journal: its label and the strategy of each seat. */
        public static SavedOptions headless(String label, Map<String, String> bots) {
            return new SavedOptions(label, null, 0, false, null, null, null, null, null, null, Map.copyOf(bots));
        }

        /** How long a room may wait in its lobby, never started, before it is removed. */
        public static final int DEFAULT_LOBBY_MINUTES = 1440;
        /** Who may take a seat its player abandoned: the facilitator decides (docs/FACILITATOR.md). */
        public static final String DEFAULT_HANDOVER = "facilitator";

        public boolean pseudonymous() {
            return Boolean.TRUE.equals(pseudonyms);
        }

        public int lobbyMinutesOrDefault() {
            return lobbyMinutes == null ? DEFAULT_LOBBY_MINUTES : lobbyMinutes;
        }

        public String handoverOrDefault() {
            return handover == null ? DEFAULT_HANDOVER : handover;
        }
    }

    record EventRecord(long seq, long time, Event event) implements JournalRecord {}

    record BotTook(String seat, String strategy, long time) implements JournalRecord {}

    record BotLeft(String seat, long time) implements JournalRecord {}

    /**
     * A seat's token replaced. {@code hiddenThrough}: when the seat changed hands, the last event
     * whose private part its new players may not read (null: they read the seat's whole history).
     */
    record TokenReset(String seat, String token, long time, Long hiddenThrough) implements JournalRecord {}

    /** A human took the seat for the first time (after a restart such seats start absent). */
    record SeatTaken(String seat, long time) implements JournalRecord {}

    /**
     * A person took the seat under {@code name} (the name they joined with), once per name and
     * seat: what the teacher's grading sheet names them by. The facilitator sees these names live
     * in any room, pseudonymous or not; reports show them only in the grading sheet.
     */
    /** {@code bot}: true when a program that joined as a bot took the seat (null for a person). */
    record PlayerSeated(String seat, String name, long time, Boolean bot) implements JournalRecord {

        public PlayerSeated(String seat, String name, long time) {
            this(seat, name, time, null);
        }

        public boolean program() {
            return Boolean.TRUE.equals(bot);
        }
    }
}
