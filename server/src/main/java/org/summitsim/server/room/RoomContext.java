package org.summitsim.server.room;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What every room shares with the server: the wall clock, the bot factory, the token index,
 * and whom to tell when its match has ended or
 * its journal failed ({@code finished}, called on the room's loop, once or twice, so the room
 * limit counts only rooms that can still be played), and whom to tell when a room never started
 * has expired ({@code expired}: forget it and its journal).
 */
public record RoomContext(
        LongSupplier clock, BotFactory bots, TokenIndex tokens, Consumer<Room> finished, Consumer<Room> expired) {

    /** Finds rooms by secret token; rooms tell it when a token changes. Thread-safe. */
    public interface TokenIndex {
        void put(String token, Room room, String seat);

        void remove(String token);
    }
}
