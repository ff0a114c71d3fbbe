package org.summitsim.core.rules;

import java.util.List;

/** What {@link Rules#decide} says of a move: the events it causes, or why it was refused. */
public record Verdict(List<Event> events, Rejection rejection) {

    public static Verdict accept(List<Event> events) {
        return new Verdict(List.copyOf(events), null);
    }

    public static Verdict accept(Event... events) {
        return new Verdict(List.of(events), null);
    }

    public static Verdict reject(RejectionCode code, String message) {
        return new Verdict(List.of(), new Rejection(code, message));
    }

    public boolean accepted() {
        return rejection == null;
    }
}
