package org.summitsim.client.net;

/** How a client first enters a room: with a join code, or with a seat or facilitator token. */
public sealed interface Entry {

    record Join(String code, String seat, boolean spectator) implements Entry {}

    record Resume(String token) implements Entry {}
}
