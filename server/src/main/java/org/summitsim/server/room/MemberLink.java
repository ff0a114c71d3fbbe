package org.summitsim.server.room;

/**
 * What a room needs of a member's connection: send it lines, say goodbye, hear when it closes,
 * and tell it where its next messages go. The transport's connection is one; a test's recording
 * fake is another. Calls come on the room's thread; {@link #send} may come from any.
 */
public interface MemberLink {

    /** Queues one encoded line; lines arrive in the order sent. */
    void send(byte[] line);

    /** Sends {@code bye} after everything already sent, then closes. */
    void bye(String code, String message);

    boolean isOpen();

    /** The peer's address, for the log. */
    String remote();

    /** Runs {@code then} once the connection has closed (on any thread). */
    void onClose(Runnable then);

    /** The connection's next messages are {@code member}'s requests to {@code room}. */
    void enteredRoom(Room room, Member member);

    /** The connection left the room and is back in the lobby. */
    void backToLobby();
}
