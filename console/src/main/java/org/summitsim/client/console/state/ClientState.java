package org.summitsim.client.console.state;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.summitsim.client.net.LinkState;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.view.PlayerView;
import org.summitsim.protocol.Clock;
import org.summitsim.protocol.Presence;
import org.summitsim.protocol.Welcome;

/**
 * What the client remembers between messages: the latest welcome, view, clock and presence,
 * the stage as the events report it (ahead of the view, which is refreshed a moment later),
 * the conversations, and the text as the player last looked at it. Written by network
 * threads, read by the command loop, so every access is synchronized.
 */
public final class ClientState {

    private final Transcript transcript = new Transcript();
    /** Seat → the words sent with its sealed decision, as a line, until hidden or the end. */
    private final Map<String, Transcript.Line> sealedWords = new java.util.HashMap<>();

    private final Map<String, Integer> live = new HashMap<>();
    private final Map<String, Integer> waited = new HashMap<>();
    private Welcome welcome;
    private PlayerView view;
    private Stage stage = Stage.LOBBY;
    private boolean paused;
    private Countdown countdown = new Countdown(null, 0);
    private Presence presence;
    private Presence roster;
    private LinkState link = LinkState.connected();
    private Map<String, String> lastSeenText;
    private long lastSeq;
    private boolean decided;
    private Scenario localScenario;

    /** The scenario's full file when it ships with Summit (for inject ids), else null. */
    public synchronized Scenario localScenario() {
        return localScenario;
    }

    public synchronized void localScenario(Scenario s) {
        localScenario = s;
    }

    public Transcript transcript() {
        return transcript;
    }

    public synchronized void welcome(Welcome w) {
        welcome = w;
        if (w.clock() != null) {
            clock(w.clock());
        }
        if (w.presence() != null) {
            presence(w.presence());
        }
        view(w.view());
    }

    public synchronized Welcome welcome() {
        return welcome;
    }

    /** The seat this client plays, or null for a facilitator or spectator. */
    public synchronized String seat() {
        return welcome == null ? null : welcome.seat();
    }

    public synchronized void view(PlayerView v) {
        if (v == null || (view != null && v.seq() < view.seq())) {
            return;
        }
        view = v;
        if (v.seq() >= lastSeq) {
            stage = v.stage();
            paused = v.paused();
        }
        String seat = seat();
        if (seat != null) {
            decided = v.delegations().stream().anyMatch(c -> c.id().equals(seat) && c.decided());
        }
    }

    public synchronized PlayerView view() {
        return view;
    }

    public synchronized Stage stage() {
        return stage;
    }

    public synchronized boolean paused() {
        return paused;
    }

    public synchronized boolean decided() {
        return decided;
    }

    public synchronized boolean over() {
        return stage.phase() == Phase.RESULTS;
    }

    public synchronized void clock(Clock c) {
        countdown = new Countdown(c, System.nanoTime());
    }

    public synchronized Countdown countdown() {
        return countdown;
    }

    public synchronized void presence(Presence p) {
        presence = p;
        if (p.players() != null) {
            roster = p;
        }
    }

    public synchronized Presence presence() {
        return presence;
    }

    /** The facilitator's presence list, with connected players' ids (null unless facilitator). */
    public synchronized Presence roster() {
        return roster;
    }

    public synchronized void roster(Presence p) {
        roster = p;
    }

    public synchronized void link(LinkState s) {
        link = s;
    }

    public synchronized LinkState link() {
        return link;
    }

    public synchronized long lastSeq() {
        return lastSeq;
    }

    /**
     * For scripts: takes one live event of {@code type} that no earlier wait has taken, so a
     * script that waits after the event already arrived does not hang.
     */
    public synchronized boolean takeEvent(String type) {
        int seen = live.getOrDefault(type, 0);
        int taken = waited.getOrDefault(type, 0);
        if (seen > taken) {
            waited.put(type, taken + 1);
            return true;
        }
        return false;
    }

    /**
     * Folds an event into what the client remembers; {@code unseen} says whether messages count
     * as unread (not when loading the history of a room just joined).
     */
    public synchronized void event(long seq, long time, Event e, String type, boolean unseen) {
        event(seq, time, e, type, unseen, unseen);
    }

    /**
     * As above; {@code unread} says whether a message counts as new in the status bar: not when it
     * was printed on the screen as it arrived, only when the player has not had it in front of them.
     */
    public synchronized void event(long seq, long time, Event e, String type, boolean unseen, boolean unread) {
        if (seq <= lastSeq) {
            return;
        }
        lastSeq = seq;
        if (unseen) {
            live.merge(type, 1, Integer::sum);
        }
        String me = seat();
        // History loaded after the welcome is already in its view: it fills the transcript but
        // must not take the phase (or a decision, a pause) back to what it was then.
        if (view == null || seq > view.seq()) {
            foldIntoStatus(e, me);
        }
        if (e instanceof Event.StatementHidden h) {
            transcript.withdraw(h.seq());
            sealedWords.values().removeIf(l -> l.seq() == h.seq());
        }
        if (e instanceof Event.DecisionSealed d
                && d.statement() != null
                && !d.statement().isBlank()) {
            // The facilitator hears a decision's words before the reveal, and may hide them till then.
            sealedWords.put(d.seat(), new Transcript.Line(seq, time, "decision", d.seat(), d.statement()));
        }
        Transcript.Line line = TranscriptLines.of(seq, time, e, me);
        if (line != null) {
            transcript.add(line, unread && (line.from() == null || !line.from().equals(me)));
        }
    }

    /** What an event changes in the phase, the pause and this seat's decision. */
    private void foldIntoStatus(Event e, String me) {
        if (e instanceof Event.PhaseStarted p) {
            stage = p.stage();
            paused = false;
        } else if (e instanceof Event.Paused) {
            paused = true;
        } else if (e instanceof Event.Resumed) {
            paused = false;
        } else if (e instanceof Event.DecisionSealed d && d.seat().equals(me)) {
            decided = true;
        } else if (e instanceof Event.MatchEnded) {
            stage = Stage.of(Phase.RESULTS);
        }
    }

    /** The words a delegation sent with its final decision, while they can still be hidden; empty otherwise. */
    public synchronized java.util.Optional<Transcript.Line> decisionWords(String seat) {
        return over() ? java.util.Optional.empty() : java.util.Optional.ofNullable(sealedWords.get(seat));
    }

    /** The text as it reads now, clause id → option id. */
    public synchronized Map<String, String> currentText() {
        Map<String, String> out = new LinkedHashMap<>();
        if (view != null) {
            view.text().forEach(c -> out.put(c.id(), c.current()));
        }
        return out;
    }

    /** The text as the player last looked at it (null before the first look). */
    public synchronized Map<String, String> lastSeenText() {
        return lastSeenText == null ? null : new HashMap<>(lastSeenText);
    }

    public synchronized void sawText() {
        lastSeenText = currentText();
    }
}
