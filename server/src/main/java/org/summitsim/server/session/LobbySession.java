package org.summitsim.server.session;

import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Inbound;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.server.transport.Connection;
import org.summitsim.server.transport.Session;

/** A connection that said hello and is in no room: it may list, create, join or resume. */
public final class LobbySession implements Session {

    private final Lobby lobby;
    private final Connection connection;
    private boolean entering;

    public LobbySession(Lobby lobby, Connection connection) {
        this.lobby = lobby;
        this.connection = connection;
    }

    @Override
    public void handle(Connection c, Inbound in) {
        if (lobby.common(c, in)) {
            return;
        }
        ClientMessage m = in.message();
        if (m instanceof ClientMessage.UploadScenario part) {
            lobby.upload(c, in.id(), part);
            return;
        }
        boolean enters = m instanceof ClientMessage.CreateRoom
                || m instanceof ClientMessage.Join
                || m instanceof ClientMessage.Resume;
        if (!enters) {
            throw new ProtocolError(
                    ErrorCodes.NOT_IN_ROOM,
                    "You are not in a room yet; join one (join or resume) or create one first.");
        }
        if (entering) {
            throw new ProtocolError(
                    ErrorCodes.ALREADY_IN_ROOM, "You are already entering a room; wait for its welcome.");
        }
        if (m instanceof ClientMessage.CreateRoom r) {
            lobby.createRoom(c, in.id(), r, this);
        } else if (m instanceof ClientMessage.Join j) {
            lobby.join(c, in.id(), j, this);
        } else {
            lobby.resume(c, in.id(), (ClientMessage.Resume) m, this);
        }
    }

    void entering() {
        entering = true;
    }

    /** The room refused the entry (called on the room's loop). */
    void refused() {
        connection.execute(() -> entering = false);
    }
}
