package org.summitsim.protocol;

/** A request the server refuses: a stable {@code code} for programs and a sentence for people. */
public final class ProtocolError extends RuntimeException {

    private final String code;

    public ProtocolError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
