package org.summitsim.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.view.PlayerView;
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

    private Match(Scenario scenario) {
        this.state = new MatchState(scenario);
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
        return Views.of(state, viewer);
    }

    /** The events after {@code afterSeq} that {@code viewer} may see, with their sequence numbers. */
    public List<Sequenced> eventsFor(Viewer viewer, long afterSeq) {
        List<Sequenced> out = new ArrayList<>();
        for (int i = (int) Math.min(log.size(), Math.max(0, afterSeq)); i < log.size(); i++) {
            Event e = log.get(i);
            if (Visibility.canSee(viewer, e, state.settings())) {
                out.add(new Sequenced(i + 1, e));
            }
        }
        return out;
    }

    /** An event with its place in the log. */
    public record Sequenced(long seq, Event event) {
    }
}
