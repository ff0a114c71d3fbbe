package org.summitsim.client.bots;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.client.net.ClientTls;
import org.summitsim.client.net.Entry;
import org.summitsim.client.net.LinkState;
import org.summitsim.client.net.Requests;
import org.summitsim.client.net.RoomLink;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Rejection;
import org.summitsim.core.rules.RejectionCode;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.view.PlayerView;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Welcome;

/**
 * A bot at one seat of a room on a server, playing over the real protocol: it collects the
 * events it may see, asks for a fresh view whenever something happened, and answers each view
 * with the bot's commands. Reconnects like the console client (through {@link RoomLink}).
 */
public final class RemoteBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteBot.class);

    private final Function<Welcome, Bot> factory;
    private volatile Bot bot;
    private volatile Welcome welcome;
    private final RoomLink link;
    private final List<Match.Sequenced> news = new ArrayList<>();
    private final AtomicBoolean viewRequested = new AtomicBoolean();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Pacer pacer;
    /** How soon a command held back for the people is tried again, if nothing else wakes the bot first. */
    private static final long RETRY_MS = 5_000;

    private volatile String seat;
    private volatile Outcome outcome;
    /** Commands sent and not yet answered, by request id: a refusal is told to the bot with its command. */
    private final Map<String, Command> unanswered = new HashMap<>();

    private long lastId;
    /** The match has ended: the next view is the bot's last, for {@link Bot#finished}. */
    private boolean ending;
    /** A view came while commands were unanswered: the bot acts on a fresh one once they are. */
    private boolean behind;
    /** What the room held back for the people ({@code people_first}), to send again, and the stage it was decided in. */
    private final List<Command> held = new ArrayList<>();

    private Stage heldFor;

    /** {@code factory} makes the bot once the welcome says which seat it has. */
    public RemoteBot(String host, int port, String name, Function<Welcome, Bot> factory) {
        this(host, port, ClientTls.OFF, name, factory);
    }

    /** As {@link #RemoteBot(String, int, String, Function)}, over TLS when {@code tls} says so. */
    public RemoteBot(String host, int port, ClientTls tls, String name, Function<Welcome, Bot> factory) {
        this.factory = factory;
        this.link = new RoomLink(host, port, tls, "summit-bots", name, new RoomLink.Listener() {
                    @Override
                    public void message(ServerMessage message, String raw) {
                        received(message);
                    }

                    @Override
                    public void state(LinkState state) {
                        LOG.debug("{}: {}", seat, state);
                    }
                })
                .asBot();
        this.pacer = new Pacer(link::send, System::nanoTime);
    }

    /** Joins the room at {@code seat} (or any free seat when null); returns the welcome. */
    public Welcome join(String code, String seatId) throws IOException {
        return link.open(new Entry.Join(code, seatId, false));
    }

    private synchronized void received(ServerMessage message) {
        if (message instanceof Welcome w) {
            // A welcome also follows a reconnect: any view asked for before the drop is lost.
            viewRequested.set(false);
            unanswered.clear(); // what was on its way when the connection dropped gets no answer now
            pacer.limits(link.limits());
            welcome = w;
            seat = w.seat();
            if (bot == null) {
                bot = factory.apply(w);
            }
            act(w.view());
        } else if (message instanceof ServerMessage.View v) {
            viewRequested.set(false);
            act(v.view());
        } else if (message instanceof ServerMessage.EventMessage e) {
            news.add(new Match.Sequenced(e.seq(), e.event()));
            if (e.event() instanceof Event.MatchEnded ended) {
                outcome = ended.outcome();
                // The bot hears the end as in a headless match, with its last view (its outcome
                // holds every score); waiting ends once it has.
                ending = true;
                viewRequested.set(false);
                requestView();
            } else {
                requestView();
            }
        } else if (message instanceof ServerMessage.Ack ack) {
            answered(ack.id());
        } else if (message instanceof ServerMessage.Error error) {
            refused.incrementAndGet();
            LOG.debug("{}: refused: {} {}", seat, error.code(), error.message());
            Command command = unanswered.get(error.id());
            if (command != null && ErrorCodes.PEOPLE_FIRST.equals(error.code())) {
                // Held back while people play: the bot decided it, so it is sent again a little
                // later in the phase, as the room does for its own bots (the bot is not told).
                if (held.isEmpty()) {
                    Pacer.later(this::retry, RETRY_MS);
                }
                held.add(command);
            } else if (command != null && !ErrorCodes.RATE_LIMITED.equals(error.code())) {
                tell(command, error);
            }
            answered(error.id());
            if (ErrorCodes.RATE_LIMITED.equals(error.code())) {
                rateLimited.incrementAndGet();
                // The server dropped a message, perhaps the request for the view: without an
                // answer to it the bot would wait for good. Ask again; a view too many does no harm.
                viewRequested.set(false);
                requestView();
            }
        }
    }

    /**
     * Request {@code id} was answered. In a room where people play, the server acknowledges what a
     * bot says only when its turn comes: the bot acts again once everything it sent is answered,
     * on the view of then, so it neither repeats itself nor outruns the room's pacing.
     */
    private void answered(String id) {
        if (unanswered.remove(id) != null && unanswered.isEmpty() && behind) {
            behind = false;
            viewRequested.set(false);
            requestView();
        }
    }

    /** Sends again what the room held back, for the stage it was decided in. */
    private synchronized void retry() {
        if (ending || finished.getCount() == 0 || held.isEmpty()) {
            return;
        }
        List<Command> again = List.copyOf(held);
        held.clear();
        send(heldFor, again);
    }

    private void send(Stage stage, List<Command> commands) {
        for (Command c : commands) {
            ObjectNode request = Requests.command(stage, c);
            String id = "b" + (++lastId);
            request.put("id", id);
            unanswered.put(id, c);
            pacer.send(request);
        }
    }

    /** Asks for a fresh view, unless a request is on its way already. */
    private void requestView() {
        if (viewRequested.compareAndSet(false, true)) {
            pacer.send(Requests.getView());
        }
    }

    /** Tells the bot that the server refused one of its commands, as a headless match would. */
    private void tell(Command command, ServerMessage.Error error) {
        RejectionCode code = java.util.Arrays.stream(RejectionCode.values())
                .filter(c -> c.wire().equals(error.code()))
                .findFirst()
                .orElse(RejectionCode.INVALID);
        try {
            bot.rejected(command, new Rejection(code, error.message()));
        } catch (RuntimeException e) {
            LOG.warn("The bot at {} failed: {}", seat, e.toString());
        }
    }

    private void act(PlayerView view) {
        if (view == null || view.seat() == null) {
            return;
        }
        if (finished.getCount() == 0) {
            return; // a view asked for before the end: the bot was told once
        }
        if (ending) {
            try {
                bot.finished(view);
            } catch (RuntimeException e) {
                LOG.warn("The bot at {} failed: {}", seat, e.toString());
            }
            finished.countDown();
            return;
        }
        if (!unanswered.isEmpty()) {
            behind = true; // the news waits for the next turn
            return;
        }
        List<Match.Sequenced> seen = List.copyOf(news);
        news.clear();
        List<Command> commands;
        try {
            commands = bot.act(view, seen);
        } catch (RuntimeException e) {
            LOG.warn("The bot at {} failed: {}", seat, e.toString());
            return;
        }
        commands = commands == null ? List.of() : commands;
        if (!view.stage().equals(heldFor)) {
            held.clear(); // decided for a phase that is over
            heldFor = view.stage();
        }
        held.removeAll(commands); // decided again: sent now, once
        send(view.stage(), commands);
    }

    /** Waits until the match ends; false if it did not within {@code millis}. */
    public boolean awaitEnd(long millis) throws InterruptedException {
        return finished.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public Welcome lastWelcome() {
        return welcome;
    }

    public String seat() {
        return seat;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Commands the server refused (a well-behaved built-in bot should have none, or very few races). */
    public int refused() {
        return refused.get();
    }

    /** Messages the server dropped for coming too fast (none, while the pacing works). */
    public int rateLimited() {
        return rateLimited.get();
    }

    @Override
    public void close() {
        link.close();
    }
}
