package org.summitsim.server.transport;

import org.summitsim.protocol.Inbound;

/**
 * What a connection does with a decoded message in its current phase (handshake, lobby, room).
 * Called on the connection's event loop; may throw {@link org.summitsim.protocol.ProtocolError}.
 */
public interface Session {
    void handle(Connection connection, Inbound message);
}
