package org.summitsim.tools.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.summitsim.client.net.Entry;
import org.summitsim.client.net.LinkState;
import org.summitsim.client.net.Requests;
import org.summitsim.client.net.RoomLink;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.json.Json;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.view.PlayerView;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Welcome;

/**
 * A core bot (or, with no strategy, a silent facilitator) at a room over the real protocol,
 * through the console client's {@link RoomLink} (so it reconnects and resumes as players do),
 * writing every event and acknowledgement it receives into a {@link Ledger}. Like
 * {@code RemoteBot}, it asks for a fresh view after events and answers each view with the bot's
 * commands. With {@code breakChance} it drops its own connection right after sending a vote or a
 * final decision, before the acknowledgement can arrive.
 */
final class LedgerBot implements AutoCloseable {

    private final RoomLink link;
    private final Ledger ledger;
    private final String strategy;
    private final long seed;
    private final double breakChance;
    private final SplittableRandom rnd;
    private final Map<String, String> sent = new ConcurrentHashMap<>();
    private final List<Match.Sequenced> news = new ArrayList<>();
    private final AtomicBoolean viewRequested = new AtomicBoolean();
    private final AtomicInteger ids = new AtomicInteger();
    private final CountDownLatch ended = new CountDownLatch(1);
    final AtomicInteger welcomes = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    final AtomicInteger deliberateBreaks = new AtomicInteger();
    private volatile Bot bot;
    private volatile String room;
    private volatile String seat;

    LedgerBot(String host, int port, String name, String strategy, long seed, double breakChance, Ledger ledger) {
        this.strategy = strategy;
        this.seed = seed;
        this.breakChance = breakChance;
        this.ledger = ledger;
        this.rnd = new SplittableRandom(seed ^ name.hashCode());
        this.link = new RoomLink(host, port, "summit-reliability", name, new RoomLink.Listener() {
            @Override
            public void message(ServerMessage message, String raw) {
                received(message, raw);
            }

            @Override
            public void state(LinkState state) {
                // Reconnects are counted by welcomes.
            }
        });
    }

    Welcome join(String code, String seatId) throws IOException {
        return link.open(new Entry.Join(code, seatId, false));
    }

    Welcome resume(String token) throws IOException {
        return link.open(new Entry.Resume(token));
    }

    private synchronized void received(ServerMessage message, String raw) {
        if (message instanceof Welcome w) {
            welcomes.incrementAndGet();
            room = w.room();
            seat = w.seat();
            viewRequested.set(false);
            if (bot == null && strategy != null && seat != null) {
                bot = Strategies.create(strategy, seat, seed, null);
            }
            act(w.view());
            return;
        }
        JsonNode n;
        try {
            n = Json.mapper().readTree(raw);
        } catch (IOException e) {
            return;
        }
        if (message instanceof ServerMessage.EventMessage e) {
            if (room != null) {
                ledger.event(room, n);
            }
            news.add(new Match.Sequenced(e.seq(), e.event()));
            if (e.event() instanceof Event.MatchEnded) {
                ended.countDown();
            } else if (bot != null && viewRequested.compareAndSet(false, true)) {
                link.send(Requests.getView());
            }
        } else if (message instanceof ServerMessage.View v) {
            viewRequested.set(false);
            act(v.view());
        } else if (message instanceof ServerMessage.Ack a && a.seq() != null && room != null) {
            String cmd = a.id() == null ? "?" : sent.remove(a.id());
            ledger.ack(room, seat == null ? "chair" : seat, a.seq(), cmd == null ? "?" : cmd);
        } else if (message instanceof ServerMessage.Error) {
            errors.incrementAndGet();
            String id = n.path("id").asText(null);
            if (id != null) {
                sent.remove(id);
            }
        }
    }

    private void act(PlayerView view) {
        if (bot == null || view == null || view.seat() == null) {
            return;
        }
        List<Match.Sequenced> seen = List.copyOf(news);
        news.clear();
        List<Command> commands;
        try {
            commands = bot.act(view, seen);
        } catch (RuntimeException e) {
            return;
        }
        for (Command c : commands == null ? List.<Command>of() : commands) {
            ObjectNode m = Requests.command(view.stage(), c);
            String id = "k" + ids.incrementAndGet();
            m.put("id", id);
            String type = m.path("command").path("type").asText();
            sent.put(id, type);
            link.send(m);
            if ((type.equals("vote") || type.equals("decide")) && rnd.nextDouble() < breakChance) {
                deliberateBreaks.incrementAndGet();
                link.breakConnection();
                return;
            }
        }
    }

    /** A facilitator's command; returns the reply (ack or error), or throws while offline. */
    JsonNode chair(String stage, String commandJson) throws IOException {
        ObjectNode m = Json.mapper().createObjectNode().put("type", "command").put("stage", stage);
        m.set("command", Json.mapper().readTree(commandJson));
        return link.call(m);
    }

    boolean ended() {
        return ended.getCount() == 0;
    }

    /** Drops the connection as a broken network would; the link reconnects. */
    void breakConnection() {
        link.breakConnection();
    }

    boolean connected() {
        return link.state().isConnected();
    }

    String room() {
        return room;
    }

    @Override
    public void close() {
        link.close();
    }
}
