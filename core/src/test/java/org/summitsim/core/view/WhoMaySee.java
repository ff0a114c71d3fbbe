package org.summitsim.core.view;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.rules.Event;
import org.summitsim.core.scenario.Decision;

/**
 * docs/RULES.md, "Who sees what", written down as a test's oracle: which kind each event type is
 * (public, private, sealed) and who may see each kind. Taken from the document, never from
 * {@link Visibility} or the events' own {@code audience()}, so a test can hold one against the
 * other. Who is party to an event comes from a model of the match fed with the log in order
 * ({@link Parties}), not from the member lists the events carry.
 */
public final class WhoMaySee {

    /** The document's columns. */
    public enum Kind {
        /**
         * "Phase changes, pause, extensions, news, announcements, floor statements, amendments and
         * every vote, pledges, "ready", "delegation X has decided", the reveal, the outcome."
         */
        PUBLIC,
        /**
         * "Direct messages, caucus creation/joining/leaving/messages (a caucus and its name are seen
         * by its members only), deal offers, acceptances and refusals."
         */
        PRIVATE,
        /** "The decision itself and its statement, until the reveal." */
        SEALED
    }

    /** Every event type, by the lists under the document's table. */
    public static final Map<Class<? extends Event>, Kind> KINDS = Map.ofEntries(
            Map.entry(Event.MatchOpened.class, Kind.PUBLIC),
            Map.entry(Event.PhaseStarted.class, Kind.PUBLIC),
            Map.entry(Event.Paused.class, Kind.PUBLIC),
            Map.entry(Event.Resumed.class, Kind.PUBLIC),
            Map.entry(Event.PhaseExtended.class, Kind.PUBLIC),
            Map.entry(Event.NewsReleased.class, Kind.PUBLIC),
            Map.entry(Event.Announced.class, Kind.PUBLIC),
            Map.entry(Event.FloorStatement.class, Kind.PUBLIC),
            Map.entry(Event.AmendmentProposed.class, Kind.PUBLIC),
            Map.entry(Event.AmendmentCosponsored.class, Kind.PUBLIC),
            Map.entry(Event.AmendmentWithdrawn.class, Kind.PUBLIC),
            Map.entry(Event.VoteCast.class, Kind.PUBLIC),
            Map.entry(Event.AmendmentResolved.class, Kind.PUBLIC),
            Map.entry(Event.PledgeMade.class, Kind.PUBLIC),
            Map.entry(Event.SeatReady.class, Kind.PUBLIC),
            Map.entry(Event.DelegationDecided.class, Kind.PUBLIC),
            Map.entry(Event.DecisionsRevealed.class, Kind.PUBLIC),
            Map.entry(Event.MatchEnded.class, Kind.PUBLIC),
            Map.entry(Event.StatementHidden.class, Kind.PUBLIC),
            Map.entry(Event.SeatNotReady.class, Kind.PUBLIC),
            Map.entry(Event.DirectMessage.class, Kind.PRIVATE),
            Map.entry(Event.CaucusCreated.class, Kind.PRIVATE),
            Map.entry(Event.CaucusJoined.class, Kind.PRIVATE),
            Map.entry(Event.CaucusLeft.class, Kind.PRIVATE),
            Map.entry(Event.CaucusMessage.class, Kind.PRIVATE),
            Map.entry(Event.DealOffered.class, Kind.PRIVATE),
            Map.entry(Event.DealAccepted.class, Kind.PRIVATE),
            Map.entry(Event.DealDeclined.class, Kind.PRIVATE),
            Map.entry(Event.DecisionSealed.class, Kind.SEALED),
            // A mute is the muted delegation's and the facilitator's, as a sealed decision is.
            Map.entry(Event.SeatMuted.class, Kind.SEALED),
            Map.entry(Event.SeatUnmuted.class, Kind.SEALED));

    private WhoMaySee() {}

    public static Kind kind(Event e) {
        if (e instanceof Event.StatementHidden h && Boolean.TRUE.equals(h.decision())) {
            return Kind.SEALED; // the words of a sealed decision: nobody but the seat read them
        }
        Kind k = KINDS.get(e.getClass());
        if (k == null) {
            throw new AssertionError(e.getClass().getSimpleName() + " is not in the table of docs/RULES.md");
        }
        return k;
    }

    /**
     * The document's table: a delegation sees public events, the private ones it is party to and
     * only its own sealed decision; a spectator public events only; the facilitator everything,
     * private talk and deals only when the room lets it read them.
     */
    public static boolean maySee(Viewer viewer, Event e, Set<String> parties, boolean facilitatorReadsPrivate) {
        Kind kind = kind(e);
        if (kind == Kind.PUBLIC) {
            return true;
        }
        return switch (viewer.kind()) {
            case SEAT -> parties.contains(viewer.seat());
            case SPECTATOR -> false;
            case FACILITATOR -> kind == Kind.SEALED || facilitatorReadsPrivate;
        };
    }

    /** Who is party to each event of a log, fed in order: caucus members and deal parties as the match went. */
    public static final class Parties {

        private final Map<String, Set<String>> caucuses = new HashMap<>();
        private final Map<String, Set<String>> deals = new HashMap<>();

        /** The seats party to {@code e} (empty for public events); call once per event, in log order. */
        public Set<String> of(Event e) {
            if (e instanceof Event.DirectMessage m) {
                return Set.of(m.from(), m.to());
            }
            if (e instanceof Event.CaucusCreated c) {
                caucuses.put(c.caucus(), new LinkedHashSet<>(c.members()));
                return Set.copyOf(c.members());
            }
            if (e instanceof Event.CaucusJoined j) {
                // The newcomer learns it is in; it does not see what was said before.
                caucuses.get(j.caucus()).add(j.seat());
                return Set.copyOf(caucuses.get(j.caucus()));
            }
            if (e instanceof Event.CaucusLeft l) {
                // The one who leaves hears of it, and of nothing after.
                Set<String> told = Set.copyOf(caucuses.get(l.caucus()));
                caucuses.get(l.caucus()).remove(l.seat());
                return told;
            }
            if (e instanceof Event.CaucusMessage m) {
                return Set.copyOf(caucuses.get(m.caucus()));
            }
            if (e instanceof Event.DealOffered o) {
                deals.put(o.deal(), Set.of(o.from(), o.to()));
                return deals.get(o.deal());
            }
            if (e instanceof Event.DealAccepted a) {
                return deals.get(a.deal());
            }
            if (e instanceof Event.DealDeclined d) {
                return deals.get(d.deal());
            }
            if (e instanceof Event.DecisionSealed s) {
                return Set.of(s.seat());
            }
            if (e instanceof Event.SeatMuted m) {
                return Set.of(m.seat());
            }
            if (e instanceof Event.StatementHidden h && Boolean.TRUE.equals(h.decision())) {
                return Set.of(h.seat());
            }
            if (e instanceof Event.SeatUnmuted m) {
                return Set.of(m.seat());
            }
            return Set.of();
        }
    }

    /** One event of every type, north and south its parties where it has any (the caucus C1: north, south). */
    public static List<Event> oneOfEach() {
        return List.of(
                new Event.MatchOpened("test-4x3", 1, null),
                new Event.PhaseStarted(null, 60),
                new Event.Paused(),
                new Event.Resumed(),
                new Event.PhaseExtended(30),
                new Event.NewsReleased("report", "Report", "A report.", null),
                new Event.Announced("Coffee."),
                new Event.FloorStatement("north", "Hello."),
                new Event.DirectMessage("north", "south", "Between us."),
                new Event.CaucusCreated("C1", "Pair", "north", List.of("north", "south")),
                new Event.CaucusMessage("C1", "north", "In the caucus.", List.of("north", "south")),
                new Event.CaucusJoined("C1", "east", "north", List.of("north", "south", "east")),
                new Event.CaucusLeft("C1", "east", List.of("north", "south")),
                new Event.AmendmentProposed("A1", "north", "forum", "un", ""),
                new Event.AmendmentCosponsored("A1", "south"),
                new Event.VoteCast("A1", "east", null),
                new Event.AmendmentWithdrawn("A1", "north"),
                new Event.AmendmentResolved("A1", "forum", "un", true, 3, 0, 1),
                new Event.PledgeMade("P1", "north", Decision.SIGN, List.of(), "We sign."),
                new Event.DealOffered("D1", "north", "south", null, null, ""),
                new Event.DealAccepted("D1", "north", "south"),
                new Event.DealDeclined("D1", "north", "south"),
                new Event.SeatReady("north", null),
                new Event.DecisionSealed("north", Decision.SIGN, "Yes."),
                new Event.DelegationDecided("north"),
                new Event.DecisionsRevealed(Map.of()),
                new Event.MatchEnded(null),
                new Event.StatementHidden(8, "north"),
                new Event.StatementHidden(9, "north", true),
                new Event.SeatNotReady("north", null),
                new Event.SeatMuted("north"),
                new Event.SeatUnmuted("north"));
    }
}
