package org.summitsim.client.console;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.summitsim.client.console.command.PromiseCheck;
import org.summitsim.client.console.render.EventText;
import org.summitsim.client.console.render.Names;
import org.summitsim.client.console.render.PhaseHints;
import org.summitsim.client.console.render.RosterNotices;
import org.summitsim.client.console.render.Style;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.client.net.LinkState;
import org.summitsim.client.net.Requests;
import org.summitsim.client.net.RoomLink;
import org.summitsim.core.rules.Event;
import org.summitsim.core.view.PlayerView;
import org.summitsim.protocol.Clock;
import org.summitsim.protocol.Presence;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Welcome;

/**
 * What arrives from the server, turned into state and lines on the screen. The history of a
 * room just joined is filed away quietly; after a reconnect, the events missed while away are
 * shown, marked as such. A fresh view is fetched shortly after events, once for a burst of them.
 */
final class Feed implements RoomLink.Listener {

    private static final long VIEW_REFRESH_MS = 150;

    private final ClientState state;
    private final ConsoleIo io;
    private final Style style;
    private final boolean json;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "summit-view-refresh");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private volatile Runnable viewRequester = () -> {};
    private volatile LongConsumer seenThrough = seq -> {};
    private long resumeFrom = -1;
    private int welcomes;
    private long historyUntil;
    private long missedUntil;
    private int missed;
    private volatile boolean closing;

    private volatile boolean chairing;
    /** Votes heard since the last view, by the sequence number they came with, to be checked against the promises made to this player. */
    private final java.util.Map<Long, Event.VoteCast> votesToCheck = new java.util.LinkedHashMap<>();
    /** Amendments just tabled by others, to look up in the next view against the player's deals. */
    private final java.util.List<String> tabledToCheck = new java.util.ArrayList<>();
    /** When each deal heard accepted was accepted: a promise reaches only the votes cast after it. */
    private final java.util.Map<String, Long> acceptedAt = new java.util.HashMap<>();

    Feed(ClientState state, ConsoleIo io, Style style, boolean json) {
        this.state = state;
        this.io = io;
        this.style = style;
        this.json = json;
    }

    /**
     * This console holds the facilitator's powers: a pause is then its own (or a co-facilitator's),
     * not something "the facilitator" did to it, and it is the one to resume.
     */
    void chairing(boolean chairing) {
        this.chairing = chairing;
    }

    /** Lets the feed ask for a fresh view through the link it listens to. */
    void requestViewsThrough(RoomLink link) {
        viewRequester = () -> link.send(Requests.getView());
    }

    /**
     * Entering a seat this user held before, having seen its events up to {@code seq} (-1: a
     * first visit): what came after is shown as missed and counts as new.
     */
    synchronized void resumeFrom(long seq) {
        resumeFrom = seq;
    }

    /** Told, a moment after each burst of events, how far this console has received them. */
    void onSeen(LongConsumer consumer) {
        seenThrough = consumer;
    }

    /** A facilitator hears who joined, moved or left, and which seats that leaves with nobody. */
    private synchronized void tellRosterChanges(Presence p) {
        if (state.view() == null) {
            return;
        }
        for (String notice : RosterNotices.between(state.roster(), p, new Names(state.view()))) {
            io.event(style.dim(notice));
        }
    }

    /** A listener for a second, facilitator-only link: its copies of events are not shown twice. */
    RoomLink.Listener quiet() {
        return new RoomLink.Listener() {
            @Override
            public void message(ServerMessage message, String raw) {
                if (message instanceof Presence p && p.players() != null) {
                    tellRosterChanges(p);
                    state.roster(p);
                }
            }

            @Override
            public void state(LinkState s) {
                // The player's own link reports the connection; the facilitator's follows it.
            }
        };
    }

    @Override
    public synchronized void message(ServerMessage m, String raw) {
        if (json
                && !(m instanceof ServerMessage.Pong
                        || m instanceof ServerMessage.View
                        || m instanceof ServerMessage.EventsEnd
                        || m instanceof ServerMessage.Ack)) {
            io.raw(raw);
        }
        if (m instanceof Welcome w) {
            welcome(w);
        } else if (m instanceof ServerMessage.EventMessage e) {
            event(e);
        } else if (m instanceof ServerMessage.View v) {
            state.view(v.view());
            tellBrokenPromises();
        } else if (m instanceof Clock c) {
            state.clock(c);
        } else if (m instanceof Presence p) {
            if (p.players() != null) {
                tellRosterChanges(p);
            }
            state.presence(p);
        } else if (m instanceof ServerMessage.Bye b) {
            io.event(style.warn(
                    ("kicked".equals(b.code()) ? "The facilitator removed you from the room: " : "") + b.message()));
        } else if (m instanceof ServerMessage.Error e && e.id() == null) {
            io.event(style.error(e.message()));
        }
        io.status(statusText());
    }

    /** The prompt names the delegation the console plays ("Costa Rica> "), or its role ("facilitator> "). */
    static String prompt(Welcome w, Style style) {
        return style.bold((w.seat() != null ? new Names(w.view()).seat(w.seat()) : w.role()) + "> ");
    }

    private void welcome(Welcome w) {
        String before = state.seat();
        state.welcome(w);
        long seq = w.view() == null ? 0 : w.view().seq();
        if (welcomes++ == 0) {
            historyUntil = resumeFrom >= 0 ? Math.min(resumeFrom, seq) : seq;
            if (historyUntil < seq) {
                missedUntil = seq;
                io.event(style.good("Welcome back: you are in your seat again."));
            }
        } else if (w.id() == null) {
            // Unasked: the facilitator moved this player, or gave the seat a new token.
            if (w.seat() != null && w.seat().equals(before)) {
                io.event(style.warn("The facilitator gave your seat a new token; this console keeps it for you."));
            } else {
                io.event(style.warn("The facilitator changed your place: you are now "
                        + (w.seat() != null
                                ? "the delegation of " + new Names(w.view()).seat(w.seat())
                                : "a " + w.role())
                        + "."));
            }
            io.prompt(prompt(w, style));
            // Remembered at once, so running the same command again finds the new seat and token.
            seenThrough.accept(state.lastSeq());
        } else {
            missedUntil = seq;
            missed = 0;
            io.event(style.good("Reconnected: you are back in your seat.")
                    + (seq > state.lastSeq() ? " What you missed follows, marked (missed)." : " You missed nothing."));
        }
    }

    private void event(ServerMessage.EventMessage m) {
        Event e = m.event();
        boolean old = m.seq() <= historyUntil;
        boolean catchingUp = !old && m.seq() <= missedUntil;
        // Printed as it arrives, a message is read; what came while away stays new until its page is opened.
        state.event(m.seq(), m.time(), e, EventNames.of(e), !old, catchingUp);
        scheduleViewRefresh();
        if (old) {
            return;
        }
        EventText text = new EventText(new Names(state.view()), state.seat(), style);
        if (catchingUp && missed++ == 0) {
            io.event(style.warn("While you were away:"));
        }
        if (e instanceof Event.DealAccepted a) {
            acceptedAt.put(a.deal(), m.seq());
        }
        if (e instanceof Event.VoteCast cast && !catchingUp) {
            // against the view that follows, which holds the vote, its amendment and the deals
            votesToCheck.put(m.seq(), cast);
        }
        if (e instanceof Event.AmendmentProposed a && !a.seat().equals(state.seat()) && state.seat() != null) {
            // likewise: does a deal of this player's bring a vote on it due?
            tabledToCheck.add(a.amendment());
        }
        if (text.noise(e) || (io.interactive() && text.minor(e))) {
            return;
        }
        String line = chairing && e instanceof Event.Paused
                ? style.warn("The summit is paused; the clock has stopped. Type `resume` to continue.")
                : chairing && state.seat() == null && e instanceof Event.PhaseStarted p
                        // a chair without a seat is told the chair's commands, not a player's
                        ? text.phaseStarted(p, PhaseHints.chair(p.stage().phase()))
                        : text.line(e);
        io.event((catchingUp ? style.dim("(missed) ") : "") + line + whyRejected(e));
    }

    /** Votes that break a promise made to this player are news at once: a vote is final, and the player may answer it. */
    private void tellBrokenPromises() {
        PlayerView v = state.view();
        Names names = new Names(v);
        EventText text = new EventText(names, state.seat(), style);
        for (var heard : votesToCheck.entrySet()) {
            Event.VoteCast cast = heard.getValue();
            PromiseCheck.brokenToMe(v, cast, d -> acceptedAt.getOrDefault(d.id(), 0L) < heard.getKey())
                    .ifPresent(d -> io.event(style.error(
                            names.subject(cast.seat()) + " " + cast.ballot().past() + " " + cast.amendment()
                                    + " and so broke its promise to you in deal " + d.id() + " (to "
                                    + text.promise(d.promiseBy(cast.seat())) + "). It costs "
                                    + names.inSentence(cast.seat())
                                    + " trust points at the end; your side of the deal still counts"
                                    + " as you promised it.")));
        }
        votesToCheck.clear();
        for (String amendment : tabledToCheck) {
            // The only ballot that keeps every promise, when another would break one: said now, while the vote is open.
            PromiseCheck.dueOn(v, amendment)
                    .ifPresent(due -> io.event(style.warn("Your deal "
                            + due.deal().id() + " with " + names.seat(due.deal().partnerOf(v.seat()))
                            + " binds you to " + text.promise(due.deal().promiseBy(v.seat())) + ": vote `vote "
                            + amendment + " " + due.ballot().name().toLowerCase(java.util.Locale.ROOT)
                            + "` before it closes, or the promise is broken.")));
        }
        tabledToCheck.clear();
    }

    /** A rejected amendment says which part of the adoption rule it failed, so a majority that lost is explained. */
    private String whyRejected(Event e) {
        var w = state.welcome();
        if (!(e instanceof Event.AmendmentResolved r)
                || r.adopted()
                || w == null
                || w.rules() == null
                || w.rules().adoption() == null) {
            return "";
        }
        String why = w.rules().adoption().whyRejected(r.supports(), r.objections());
        return why == null ? "" : style.dim(" (rejected: " + why + ")");
    }

    private void scheduleViewRefresh() {
        if (refreshPending.compareAndSet(false, true)) {
            refresher.schedule(
                    () -> {
                        refreshPending.set(false);
                        viewRequester.run();
                        seenThrough.accept(state.lastSeq());
                    },
                    VIEW_REFRESH_MS,
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void state(LinkState s) {
        state.link(s);
        switch (s.kind()) {
            case RECONNECTING ->
                io.event(style.warn("Connection lost (" + s.reason() + "). Reconnecting in "
                        + Math.max(1, (s.retryInMs() + 500) / 1000) + " s…"));
            case CONNECTED -> {
                // The welcome that comes with it has said so already.
            }
            case CLOSED -> {
                if (welcomes > 0 && !closing) {
                    io.event(style.error("Disconnected: " + s.reason()));
                }
            }
        }
        io.status(statusText());
    }

    String statusText() {
        return org.summitsim.client.console.render.StatusLine.of(state, System.nanoTime());
    }

    void close() {
        closing = true;
        refresher.shutdownNow();
    }
}
