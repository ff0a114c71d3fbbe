package org.summitsim.protocol;

/** A room's public facts, as listed by {@code rooms}; {@code code} only for listed rooms. */
public record RoomSummary(
        String room,
        String label,
        String scenario,
        String title,
        String stage,
        boolean paused,
        boolean over,
        int seats,
        int seatsTaken,
        int bots,
        int players,
        int spectators,
        long created,
        String code) {}
