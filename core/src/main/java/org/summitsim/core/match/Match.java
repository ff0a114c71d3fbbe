package org.summitsim.core.match;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Rules;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scoring.Scorer;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.ViewCache;
import org.summitsim.core.view.Viewer;
import org.summitsim.core.view.Views;
import org.summitsim.core.view.Visibility;

/**
 * A match: its state and its event log, kept in step. {@link #submit} asks the rules, and only
 * an accepted move's events are applied and logged. Not thread-safe: one owner at a time (the
 * room's event loop, or a headless runner).
 */
public final class Match {

    private final MatchState state;
    private final List<Event> log = new ArrayList<>();
    private final ViewCache views;

    private Match(Scenario scenario) {
        this.state = new MatchState(scenario, Scorer::settle);
        this.views = new ViewCache(state);
    }

    /** A new match in the lobby. */
    public static Match open(Scenario scenario, long seed, Settings settings) {
        Match match = new Match(scenario);
        match.record(List.of(new Event.MatchOpened(scenario.id(), seed, settings)));
        return match;
    }

    /** Rebuilds a match from its log (the first event must be {@link Event.MatchOpened}). */
    public static Match replay(Scenario scenario, List<Event> events) {
        if (events.isEmpty() || !(events.get(0) instanceof Event.MatchOpened)) {
            throw new IllegalArgumentException("a match log starts with match_opened");
        }
        Match match = new Match(scenario);
        match.record(events);
        return match;
    }

    /** Decides the move; when accepted, applies and logs its events. The state is unchanged otherwise. */
    public Verdict submit(Move move) {
        Verdict verdict = Rules.decide(state, move);
        if (verdict.accepted()) {
            record(verdict.events());
        }
        return verdict;
    }

    /**
     * What {@link #submit} would decide now, without applying it: for a shell that holds a move
     * back for a while (a bot's words waiting their turn) and must say at once if it is wrong.
     */
    public Verdict check(Move move) {
        return Rules.decide(state, move);
    }

    private void record(List<Event> events) {
        for (Event e : events) {
            state.apply(e);
            log.add(e);
        }
    }

    public MatchState state() {
        return state;
    }

    /** Every event so far; event {@code i} has sequence number {@code i + 1}. */
    public List<Event> log() {
        return Collections.unmodifiableList(log);
    }

    public long lastSeq() {
        return log.size();
    }

    public PlayerView view(Viewer viewer) {
        return Views.of(views, viewer);
    }

    /**
     * The events after {@code afterSeq} that {@code viewer} may see, with their sequence numbers.
     * The list is filtered when first read (a bot that ignores its news then costs nothing), from
     * a copy of the log taken now, so it never changes and may be read on another thread.
     */
    public List<Sequenced> eventsFor(Viewer viewer, long afterSeq) {
        int from = (int) Math.min(log.size(), Math.max(0, afterSeq));
        Set<Long> hidden = state.hiddenStatements().isEmpty() ? Set.of() : Set.copyOf(state.hiddenStatements());
        return new News(
                viewer, state.settings(), hidden, log.subList(from, log.size()).toArray(new Event[0]), from);
    }

    /** The visible part of a stretch of the log, worked out on first use. */
    private static final class News extends AbstractList<Sequenced> {
        private final Viewer viewer;
        private final Settings settings;
        private final Set<Long> hidden;
        private final Event[] events;
        private final int offset;
        private List<Sequenced> visible;

        News(Viewer viewer, Settings settings, Set<Long> hidden, Event[] events, int offset) {
            this.viewer = viewer;
            this.settings = settings;
            this.hidden = hidden;
            this.events = events;
            this.offset = offset;
        }

        private synchronized List<Sequenced> visible() {
            if (visible == null) {
                List<Sequenced> out = new ArrayList<>();
                for (int i = 0; i < events.length; i++) {
                    if (Visibility.canSee(viewer, events[i], settings)) {
                        Event shown = Visibility.withoutHiddenWords(offset + i + 1, events[i], hidden);
                        if (shown != null) {
                            out.add(new Sequenced(offset + i + 1, shown));
                        }
                    }
                }
                visible = out;
            }
            return visible;
        }

        @Override
        public Sequenced get(int index) {
            return visible().get(index);
        }

        @Override
        public int size() {
            return visible().size();
        }
    }

    /** An event with its place in the log. */
    public record Sequenced(long seq, Event event) {}
}
