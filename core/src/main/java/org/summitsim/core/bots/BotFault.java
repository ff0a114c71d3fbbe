package org.summitsim.core.bots;

/**
 * Why a bot was taken out of a match, in one line its author can act on: what it threw and
 * where ("IllegalStateException: my bug (at org.example.MyBot.act(MyBot.java:42))"). A bot's
 * exception is its author's to fix, so it is reported, never swallowed.
 */
public final class BotFault {

    private BotFault() {}

    /**
     * A failure whose message already says all a bot author needs (a bot program that ended, say):
     * reported as its message alone, with no exception's name or line of Summit's own.
     */
    public static final class Explained extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Explained(String message) {
            super(message, null, false, false);
        }
    }

    /** The line for {@code failure}, what a bot (or its constructor) threw. */
    public static String describe(Throwable failure) {
        if (failure instanceof Explained) {
            return failure.getMessage();
        }
        String message = failure.getMessage();
        StringBuilder line = new StringBuilder(failure.getClass().getSimpleName());
        if (message != null && !message.isBlank()) {
            line.append(": ").append(message.strip());
        }
        StackTraceElement where = ownFrame(failure.getStackTrace());
        if (where != null) {
            line.append(" (at ").append(where).append(')');
        }
        return line.toString();
    }

    /** The first frame outside the JDK (the line of the bot that called what threw), else the first. */
    private static StackTraceElement ownFrame(StackTraceElement[] trace) {
        for (StackTraceElement f : trace) {
            String c = f.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("javax.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                return f;
            }
        }
        return trace.length > 0 ? trace[0] : null;
    }
}
