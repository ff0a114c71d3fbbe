package org.summitsim.client.net;

import java.io.IOException;

/** The server said no to entering a room: its stable code and its sentence for people. */
public final class Refused extends IOException {

    private final String code;

    public Refused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
