package org.summitsim.client.classroom;

/** Something the teacher can fix (a bad option, an unreachable server); the message says what. */
public final class ClassroomException extends RuntimeException {

    public ClassroomException(String message) {
        super(message);
    }

    public ClassroomException(String message, Throwable cause) {
        super(message, cause);
    }
}
