package org.summitsim.core.view;

import java.util.List;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Settings;

/**
 * The one place that decides who may see each event. Everything sent to a seat, a spectator or
 * the facilitator passes through {@link #canSee}.
 * <ul>
 * <li>Private talk (bilateral messages, caucuses) and deals: the parties only, and the
 * facilitator when the room lets the facilitator read private channels.</li>
 * <li>A sealed decision: the deciding seat and the facilitator; everyone else sees only that the
 * seat decided, until the reveal.</li>
 * <li>Everything else is public.</li>
 * </ul>
 */
public final class Visibility {

    private Visibility() {
    }

    public static boolean canSee(Viewer viewer, Event event, Settings settings) {
        List<String> parties = parties(event);
        if (parties == null) {
            return true;
        }
        return switch (viewer.kind()) {
            case SPECTATOR -> false;
            case SEAT -> parties.contains(viewer.seat());
            case FACILITATOR -> event instanceof Event.DecisionSealed || settings.facilitatorReadsPrivate();
        };
    }

    /** Whether only some seats (and perhaps the facilitator) may see the event. */
    public static boolean isPrivate(Event event) {
        return parties(event) != null;
    }

    /** The seats a private event is for, or null when the event is public. */
    static List<String> parties(Event event) {
        if (event instanceof Event.DirectMessage e) {
            return List.of(e.from(), e.to());
        }
        if (event instanceof Event.CaucusCreated e) {
            return e.members();
        }
        if (event instanceof Event.CaucusJoined e) {
            return e.members();
        }
        if (event instanceof Event.CaucusLeft e) {
            return concat(e.members(), e.seat());
        }
        if (event instanceof Event.CaucusMessage e) {
            return e.members();
        }
        if (event instanceof Event.DealOffered e) {
            return List.of(e.from(), e.to());
        }
        if (event instanceof Event.DealAccepted e) {
            return List.of(e.from(), e.to());
        }
        if (event instanceof Event.DealDeclined e) {
            return List.of(e.from(), e.to());
        }
        if (event instanceof Event.DecisionSealed e) {
            return List.of(e.seat());
        }
        return null;
    }

    private static List<String> concat(List<String> members, String seat) {
        return java.util.stream.Stream.concat(members.stream(), java.util.stream.Stream.of(seat)).toList();
    }
}
