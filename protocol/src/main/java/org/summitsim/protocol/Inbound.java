package org.summitsim.protocol;

/**
 * One decoded line or frame: the request {@code id} (may be null) and either the message or
 * the error that refused it, so the reply can still echo the id.
 */
public record Inbound(String id, String type, ClientMessage message, ProtocolError error) {

    public static Inbound ok(String id, String type, ClientMessage message) {
        return new Inbound(id, type, message, null);
    }

    public static Inbound failed(String id, String type, ProtocolError error) {
        return new Inbound(id, type, null, error);
    }
}
