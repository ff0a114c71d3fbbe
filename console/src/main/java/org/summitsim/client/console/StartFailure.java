package org.summitsim.client.console;

/** The session could not start (server unreachable, wrong code...); the message says what to do. */
public final class StartFailure extends Exception {

    public StartFailure(String message) {
        super(message);
    }
}
