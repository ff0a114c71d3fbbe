package org.summitsim.server.session;

import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Inbound;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.server.room.Member;
import org.summitsim.server.room.Room;
import org.summitsim.server.transport.Connection;
import org.summitsim.server.transport.Session;

/** A connection in a room: room messages go to the room's loop, lobby ones are answered here. */
public final class RoomSession implements Session {

    private final Lobby lobby;
    private final Room room;
    private final Member member;

    public RoomSession(Lobby lobby, Room room, Member member) {
        this.lobby = lobby;
        this.room = room;
        this.member = member;
    }

    @Override
    public void handle(Connection c, Inbound in) {
        if (lobby.common(c, in)) {
            return;
        }
        ClientMessage m = in.message();
        if (m instanceof ClientMessage.CreateRoom
                || m instanceof ClientMessage.Join
                || m instanceof ClientMessage.Resume
                || m instanceof ClientMessage.UploadScenario) {
            throw new ProtocolError(ErrorCodes.ALREADY_IN_ROOM, "You are in room " + room.id() + "; send leave first.");
        }
        if (m instanceof ClientMessage.GetReport) {
            room.handleReport(member, in, lobby.reports());
            return;
        }
        room.handle(member, in);
    }
}
