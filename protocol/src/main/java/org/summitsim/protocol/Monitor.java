package org.summitsim.protocol;

import java.util.List;

/**
 * The facilitator's monitor (docs/PROTOCOL.md, {@code get_monitor}): per seat who is there, how
 * long since the seat last did anything, and how much it has done, so a teacher can spot idle
 * or quiet delegations. It counts private talk but never shows it, and says whether a seat
 * decided, never what.
 */
public record Monitor(
        String id,
        String room,
        String label,
        Clock clock,
        List<SeatActivity> seats,
        List<String> notSpoken,
        int spectators)
        implements ServerMessage {

    /**
     * One seat. {@code status} is as in presence (present, absent, bot, empty). {@code lastActedAt}
     * is absent while the seat has done nothing; {@code idleSeconds} then counts from the start
     * of the summit (or the room's creation, in the lobby).
     */
    public record SeatActivity(
            String seat,
            String name,
            String status,
            String bot,
            int humans,
            List<Player> players,
            Long lastActedAt,
            long idleSeconds,
            boolean ready,
            boolean decided,
            Counts counts) {}

    /**
     * A connection that plays the seat, by connection id (for move_player and kick) and real name;
     * {@code bot}: true for a program that joined as a bot (null for a person).
     */
    public record Player(String player, String name, Boolean bot) {}

    /**
     * What the seat has done: floor statements, private messages sent, caucus messages sent,
     * amendments proposed, votes cast, pledges made, and deals offered or accepted.
     */
    public record Counts(
            int floor, int messages, int caucusMessages, int amendments, int votes, int pledges, int deals) {}
}
