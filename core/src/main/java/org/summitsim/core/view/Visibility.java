package org.summitsim.core.view;

import java.util.Set;
import org.summitsim.core.rules.Audience;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Settings;

/**
 * The one place that decides who may see each event. Everything sent to a seat, a spectator or
 * the facilitator passes through {@link #canSee}. Each event declares its {@link Audience};
 * this turns the declaration into yes or no for one viewer:
 * <ul>
 * <li>public: everyone;</li>
 * <li>private talk and deals: the parties only, and the facilitator when the room lets the
 * facilitator read private channels;</li>
 * <li>a sealed decision: the deciding seat and the facilitator; everyone else sees only that the
 * seat decided, until the reveal.</li>
 * </ul>
 */
public final class Visibility {

    private Visibility() {}

    public static boolean canSee(Viewer viewer, Event event, Settings settings) {
        Audience audience = event.audience();
        return switch (audience.reach()) {
            case PUBLIC -> true;
            case PARTIES ->
                switch (viewer.kind()) {
                    case SEAT -> audience.seats().contains(viewer.seat());
                    case FACILITATOR -> settings.facilitatorReadsPrivate();
                    case SPECTATOR -> false;
                };
            case SEALED ->
                switch (viewer.kind()) {
                    case SEAT -> audience.seats().contains(viewer.seat());
                    case FACILITATOR -> true;
                    case SPECTATOR -> false;
                };
        };
    }

    /**
     * Event {@code seq} as anyone is sent it again once the facilitator took its words off the
     * screens ({@code hidden}): a floor statement not at all (null), a pledge, a proposal or a
     * sealed decision without its words; any other event as it is.
     */
    public static Event withoutHiddenWords(long seq, Event event, Set<Long> hidden) {
        if (hidden.isEmpty() || !hidden.contains(seq)) {
            return event;
        }
        if (event instanceof Event.FloorStatement) {
            return null;
        }
        if (event instanceof Event.PledgeMade p) {
            return new Event.PledgeMade(p.pledge(), p.seat(), p.decision(), p.conditions(), null, p.ifCoalition());
        }
        if (event instanceof Event.AmendmentProposed a) {
            return new Event.AmendmentProposed(a.amendment(), a.seat(), a.clause(), a.option(), null);
        }
        if (event instanceof Event.DecisionSealed d) {
            return new Event.DecisionSealed(d.seat(), d.decision(), "");
        }
        return event;
    }

    /** Whether only some seats (and perhaps the facilitator) may see the event. */
    public static boolean isPrivate(Event event) {
        return event.audience().isPrivate();
    }
}
