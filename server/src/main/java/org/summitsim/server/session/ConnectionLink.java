package org.summitsim.server.session;

import org.summitsim.server.room.Member;
import org.summitsim.server.room.MemberLink;
import org.summitsim.server.room.Room;
import org.summitsim.server.transport.Connection;

/** A client connection as a room sees it: the room's lines go out through it, and it swaps sessions. */
record ConnectionLink(Connection connection, Lobby lobby) implements MemberLink {

    @Override
    public void send(byte[] line) {
        connection.send(line);
    }

    @Override
    public void bye(String code, String message) {
        connection.bye(code, message);
    }

    @Override
    public boolean isOpen() {
        return connection.isOpen();
    }

    @Override
    public String remote() {
        return connection.remote();
    }

    @Override
    public void onClose(Runnable then) {
        connection.channel().closeFuture().addListener(f -> then.run());
    }

    @Override
    public void enteredRoom(Room room, Member member) {
        connection.execute(() -> {
            connection.become(new RoomSession(lobby, room, member));
            room.eventLoop().ifPresent(connection::moveTo);
        });
    }

    @Override
    public void backToLobby() {
        connection.execute(() -> connection.become(new LobbySession(lobby, connection)));
    }
}
