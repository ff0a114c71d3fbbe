package org.summitsim.server.session;

import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Inbound;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Wire;
import org.summitsim.server.transport.Connection;
import org.summitsim.server.transport.Session;

/** A new connection: only {@code hello} (and {@code ping}) until the protocol version is agreed. */
public final class HandshakeSession implements Session {

    private final Lobby lobby;

    public HandshakeSession(Lobby lobby) {
        this.lobby = lobby;
    }

    @Override
    public void handle(Connection c, Inbound in) {
        if (in.message() instanceof ClientMessage.Ping) {
            c.send(new ServerMessage.Pong(in.id(), System.currentTimeMillis()));
            return;
        }
        if (!(in.message() instanceof ClientMessage.Hello hello)) {
            throw new ProtocolError(
                    ErrorCodes.HELLO_REQUIRED,
                    "Say hello first: {\"type\":\"hello\",\"protocol\":" + ServerMessage.PROTOCOL + "}.");
        }
        if (hello.protocol() != ServerMessage.PROTOCOL) {
            c.closeWith(Wire.error(
                    in.id(),
                    ErrorCodes.UNSUPPORTED_PROTOCOL,
                    "This server speaks protocol version " + ServerMessage.PROTOCOL + ", not " + hello.protocol()
                            + ". Update your client."));
            return;
        }
        c.name(hello.name());
        c.become(new LobbySession(lobby, c));
        c.send(lobby.helloOk(in.id()));
    }
}
