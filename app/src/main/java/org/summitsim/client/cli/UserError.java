package org.summitsim.client.cli;

/**
 * A failure the user can fix (a missing file, a bad scenario id, a refused connection).
 * Its message is shown as is, without a stack trace, and the command exits with 1.
 * Write the message as a full sentence that says what to do.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
