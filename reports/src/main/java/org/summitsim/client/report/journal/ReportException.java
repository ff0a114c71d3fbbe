package org.summitsim.client.report.journal;

/**
 * A report that cannot be made for a reason the user can fix (a missing journal, an unfinished
 * room, an unknown seat). The message is a sentence that says what to do; the command line shows
 * it without a stack trace.
 */
public class ReportException extends RuntimeException {

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
