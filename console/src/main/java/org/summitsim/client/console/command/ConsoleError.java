package org.summitsim.client.console.command;

/** A command the client cannot send as typed: a sentence saying what is wrong, and a hint. */
public final class ConsoleError extends RuntimeException {

    private final String hint;

    public ConsoleError(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
