package org.summitsim.client.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Supplier;
import org.summitsim.client.console.command.CommandTable;
import org.summitsim.client.console.render.Names;
import org.summitsim.client.console.render.PhaseHints;
import org.summitsim.client.console.render.StatusLine;
import org.summitsim.client.console.render.Style;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.client.net.Requests;
import org.summitsim.client.net.RoomLink;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.protocol.Welcome;

/**
 * Starts a console session: asks for what is missing (name, code, seat), enters the room,
 * optionally takes the chair too, greets the player, and runs the command loop.
 */
public final class Launcher {

    public static final String CLIENT = "summit-console/0.1";

    private final ClientState state = new ClientState();
    private final SeatMemory memory;
    private final CommandTable table = CommandTable.standard();
    private volatile boolean facilitator;
    private final ConsoleCompleter completer = new ConsoleCompleter(table, state, () -> facilitator);

    public Launcher(SeatMemory memory) {
        this.memory = memory;
    }

    public ConsoleCompleter completer() {
        return completer;
    }

    public Supplier<String> statusText() {
        return () -> StatusLine.of(state, System.nanoTime());
    }

    public ClientState state() {
        return state;
    }

    /** Runs the session to its end; returns how many commands failed. */
    public int run(PlayOptions options, ConsoleIo io, Style style) throws StartFailure {
        Entrance entrance = new Entrance(io, memory);
        PlayOptions o = entrance.ask(options);
        Feed feed = new Feed(state, io, style, o.json());
        RoomLink player = new RoomLink(o.host(), o.port(), o.tls(), CLIENT, o.name(), feed);
        RoomLink chair = null;
        try {
            Welcome w = entrance.enter(player, o, feed);
            if ("facilitator".equals(w.role())) {
                chair = player;
                player = null;
            } else if (o.chairToken() != null) {
                chair = new RoomLink(o.host(), o.port(), o.tls(), CLIENT, o.name(), feed.quiet());
                Entrance.openChair(chair, o.chairToken(), o);
            }
            feed.onSeen(seq -> entrance.seen(o, state.welcome(), seq));
            facilitator = chair != null;
            feed.chairing(facilitator);
            RoomLink primary = player != null ? player : chair;
            feed.requestViewsThrough(primary);
            if (w.scenario() != null && ScenarioCatalog.isShipped(w.scenario().id())) {
                state.localScenario(ScenarioReader.shipped(w.scenario().id()));
            }
            for (ObjectNode request : o.chairSetup()) {
                setup(chair, request, io, style);
            }
            io.prompt(Feed.prompt(w, style));
            io.print(o.welcome() != null ? o.welcome() : greeting(w, style, entrance.joinedAnew()));
            completer.activate();
            return new Console(state, io, style, table, player, chair).run();
        } finally {
            feed.close();
            if (player != null) {
                player.close();
            }
            if (chair != null) {
                chair.close();
            }
        }
    }

    private static void setup(RoomLink chair, ObjectNode request, ConsoleIo io, Style style) {
        try {
            JsonNode reply = chair.call(request);
            if (Requests.isError(reply)) {
                io.print(style.error(reply.path("message").asText()));
            }
        } catch (IOException e) {
            io.print(style.error(e.getMessage()));
        }
    }

    private static String room(Welcome w, String title) {
        return w.label() == null || w.label().equals(title) ? "" : " (room " + w.label() + ")";
    }

    private String greeting(Welcome w, Style s, boolean anew) {
        StringBuilder b = new StringBuilder();
        String title = w.scenario() == null ? "the summit" : w.scenario().title();
        if (w.seat() != null) {
            b.append(s.bold("Welcome, " + w.name() + ". You lead the delegation of "
                            + org.summitsim.core.scenario.StateName.inSentence(new Names(w.view()).seat(w.seat()))))
                    .append(" at ")
                    .append(title)
                    .append(room(w, title))
                    .append(".\n");
        } else {
            b.append(s.bold("Welcome, " + w.name() + ". You are the " + w.role()))
                    .append(" of ")
                    .append(title)
                    .append(room(w, title))
                    .append(". Join code: ")
                    .append(w.code())
                    .append(".\n");
        }
        if (w.rules() != null && w.rules().privacyText() != null && w.seat() != null) {
            // Told at every join: who may read private talk, and how others see this player.
            b.append(s.dim(w.rules().privacyText())).append('\n');
        }
        if (w.scenario() != null && w.scenario().finalAdoption() != null) {
            // A consensus body: the whole text can fail at the end, which changes every seat's final choice.
            b.append("Careful: ").append(w.scenario().finalAdoption()).append(".\n");
        }
        String inherited = anew ? org.summitsim.client.console.render.Inherited.of(w.view(), w.seat()) : "";
        if (!inherited.isEmpty()) {
            b.append(s.warn(inherited)).append('\n');
        }
        b.append("Now: ").append(StatusLine.of(state, System.nanoTime())).append('\n');
        b.append(PhaseHints.of(state.stage().phase(), facilitator, w.seat() != null))
                .append('\n');
        if (w.view() != null && w.view().seq() > 3 && w.seat() != null) {
            b.append("Earlier talk is in `floor`, `inbox` and `news`.\n");
        }
        b.append(s.dim("Type `help` for every command; Tab completes commands and ids."));
        return b.toString();
    }
}
