package org.summitsim.client.console;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.HashMap;
import java.util.Map;
import org.summitsim.core.rules.Event;

/** The wire name of each event type ("amendment_resolved"), read from the core's own JSON mapping. */
final class EventNames {

    private static final Map<Class<?>, String> NAMES = new HashMap<>();

    static {
        for (JsonSubTypes.Type t : Event.class.getAnnotation(JsonSubTypes.class).value()) {
            NAMES.put(t.value(), t.name());
        }
    }

    private EventNames() {}

    static String of(Event e) {
        return NAMES.getOrDefault(e.getClass(), e.getClass().getSimpleName());
    }
}
