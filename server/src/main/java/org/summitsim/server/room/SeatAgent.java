package org.summitsim.server.room;

/**
 * Something that plays a seat in-process (a built-in bot, or the default-decision fallback for
 * an absent seat). It sees exactly what a human at the seat sees and acts through the same path.
 * Every call comes on the room's event loop; an agent must never block it.
 */
public interface SeatAgent {

    /** Events this seat may see were added to the log, or the agent has just taken the seat. */
    void wake(SeatControl control);

    /** The agent no longer plays the seat. */
    default void stop() {}
}
