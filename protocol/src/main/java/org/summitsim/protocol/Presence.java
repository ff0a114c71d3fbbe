package org.summitsim.protocol;

import java.util.List;

/** Who is at each seat; {@code players} (connection ids) only for the facilitator. */
public record Presence(String id, List<SeatPresence> seats, int spectators, List<PlayerEntry> players)
        implements ServerMessage {

    /**
     * {@code status}: empty, present, absent or bot. {@code graceEndsAt} while an absent seat's
     * grace period runs; {@code fallback} what applies after it (open or default).
     */
    public record SeatPresence(
            String seat,
            String status,
            int humans,
            List<String> names,
            Long graceEndsAt,
            String fallback,
            String bot) {}

    /** {@code bot}: true for a program that joined as a bot (null for a person). */
    public record PlayerEntry(String player, String name, String role, String seat, Boolean bot) {}
}
