package org.summitsim.server.session;

import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.server.secret.Secrets;
import org.summitsim.server.transport.AddressLimits;

/**
 * The server's facilitator key ({@code summit serve --require-key}): when set, whatever only a
 * facilitator may start on the server (creating a room) must carry it. The one place the key is
 * checked; a wrong key counts as a failed attempt for the address, like a wrong join code.
 */
public final class FacilitatorKey {

    private static final FacilitatorKey NONE = new FacilitatorKey(null);

    private final String key;

    private FacilitatorKey(String key) {
        this.key = key;
    }

    /** No key: anyone who can connect may create rooms. */
    public static FacilitatorKey none() {
        return NONE;
    }

    /** {@code key}, or none when it is null. */
    public static FacilitatorKey of(String key) {
        return key == null ? NONE : new FacilitatorKey(key);
    }

    /** A fresh random key, printed by the server at start. */
    public static String generate() {
        return Secrets.token("fk.");
    }

    public boolean required() {
        return key != null;
    }

    /**
     * Lets {@code offered} through when no key is required or it is the key; otherwise throws
     * {@code key_required} naming {@code action}, and records the failure against the address.
     */
    public void check(String offered, String action, SocketAddress from, AddressLimits limits) {
        if (key == null) {
            return;
        }
        if (offered == null || offered.isEmpty()) {
            throw new ProtocolError(
                    ErrorCodes.KEY_REQUIRED,
                    "This server asks for the facilitator key to "
                            + action + ". Add \"key\" to your request (with summit class create: --key KEY); the server"
                            + " printed the key when it started.");
        }
        if (!limits.mayAttempt(from)) {
            throw Lobby.tooManyAttempts();
        }
        // Constant time, so the key cannot be guessed a character at a time.
        if (!MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8))) {
            limits.failed(from);
            throw new ProtocolError(
                    ErrorCodes.KEY_REQUIRED,
                    "That is not this server's facilitator key, so you" + " cannot " + action
                            + ". Check the key the server printed when it started.");
        }
    }
}
