package org.summitsim.client.net;

/** Where a {@link RoomLink} stands; {@code retryInMs} and {@code reason} say more while reconnecting. */
public record LinkState(Kind kind, long retryInMs, String reason) {

    public enum Kind {
        CONNECTED,
        RECONNECTING,
        CLOSED
    }

    public static LinkState connected() {
        return new LinkState(Kind.CONNECTED, 0, null);
    }

    public boolean isConnected() {
        return kind == Kind.CONNECTED;
    }
}
