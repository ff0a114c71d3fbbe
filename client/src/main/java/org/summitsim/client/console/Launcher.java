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
import org.summitsim.client.net.Entry;
import org.summitsim.client.net.Refused;
import org.summitsim.client.net.Requests;
import org.summitsim.client.net.RoomLink;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.server.protocol.Welcome;

/**
 * Starts a console session: asks for what is missing (name, code, seat), enters the room,
 * optionally takes the chair too, greets the player, and runs the command loop.
 */
public final class Launcher {

    static final String CLIENT = "summit-console/0.1";

    private final ClientState state = new ClientState();
    private final CommandTable table = CommandTable.standard();
    private volatile boolean facilitator;
    private final ConsoleCompleter completer = new ConsoleCompleter(table, state, () -> facilitator);

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
        PlayOptions o = ask(options, io);
        Feed feed = new Feed(state, io, style, o.json());
        RoomLink player = new RoomLink(o.host(), o.port(), o.tls(), CLIENT, o.name(), feed);
        RoomLink chair = null;
        try {
            Welcome w = enter(player, o.token() != null ? new Entry.Resume(o.token())
                    : new Entry.Join(o.code(), o.seat(), false), o);
            if ("facilitator".equals(w.role())) {
                chair = player;
                player = null;
            } else if (o.chairToken() != null) {
                chair = new RoomLink(o.host(), o.port(), o.tls(), CLIENT, o.name(), feed.quiet());
                enter(chair, new Entry.Resume(o.chairToken()), o);
            }
            facilitator = chair != null;
            RoomLink primary = player != null ? player : chair;
            feed.requestViewsThrough(primary);
            if (w.scenario() != null && ScenarioCatalog.isShipped(w.scenario().id())) {
                state.localScenario(ScenarioReader.shipped(w.scenario().id()));
            }
            for (ObjectNode request : o.chairSetup()) {
                setup(chair, request, io, style);
            }
            io.prompt(style.bold((w.seat() != null ? w.seat() : w.role()) + "> "));
            io.print(o.welcome() != null ? o.welcome() : greeting(w, style));
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

    private PlayOptions ask(PlayOptions o, ConsoleIo io) throws StartFailure {
        String name = o.name();
        String code = o.code();
        String seat = o.seat();
        if (!io.interactive()) {
            if (code == null && o.token() == null) {
                throw new StartFailure("Give the room's join code with --code CODE (scripts cannot be asked for it).");
            }
            return o.withAnswers(name == null ? System.getProperty("user.name", "Player") : name, code, seat);
        }
        if (name == null) {
            String typed = io.ask("Your name (as others will see it): ");
            name = typed == null || typed.isBlank() ? System.getProperty("user.name", "Player") : typed.strip();
        }
        if (o.token() != null) {
            return o.withAnswers(name, code, seat);
        }
        for (int attempt = 0; ; attempt++) {
            if (code == null) {
                code = io.ask("Join code (from your facilitator, e.g. KQ7M-D3XP): ");
                if (code == null || code.isBlank()) {
                    throw new StartFailure("No join code given. Ask your facilitator for it and try again.");
                }
                code = code.strip();
            }
            if (seat != null) {
                return o.withAnswers(name, code, seat);
            }
            try {
                seat = SeatChooser.choose(o.withAnswers(name, code, null), io);
                return o.withAnswers(name, code, seat);
            } catch (Refused r) {
                if (!r.code().equals("unknown_code") || attempt >= 2) {
                    throw new StartFailure(r.getMessage());
                }
                io.print(r.getMessage());
                code = null;
            } catch (IOException e) {
                throw unreachable(o, e);
            }
        }
    }

    private static Welcome enter(RoomLink link, Entry entry, PlayOptions o) throws StartFailure {
        try {
            return link.open(entry);
        } catch (Refused r) {
            String hint = switch (r.code()) {
                case "seat_taken" -> " Choose another delegation with --seat ID, or leave --seat out.";
                case "unknown_seat" -> " Leave --seat out to choose from the list.";
                case "room_full" -> " Ask the facilitator to free a seat.";
                default -> "";
            };
            throw new StartFailure(r.getMessage() + hint);
        } catch (IOException e) {
            throw unreachable(o, e);
        }
    }

    private static StartFailure unreachable(PlayOptions o, IOException e) {
        return new StartFailure("Cannot reach a Summit server at " + o.host() + ":" + o.port() + " ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "). Check the address with your facilitator, and that the server is running.");
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

    private String greeting(Welcome w, Style s) {
        StringBuilder b = new StringBuilder();
        String title = w.scenario() == null ? "the summit" : w.scenario().title();
        if (w.seat() != null) {
            b.append(s.bold("Welcome, " + w.name() + ". You lead the delegation of "
                    + new Names(w.view()).seat(w.seat())))
                    .append(" at ").append(title).append(room(w, title)).append(".\n");
        } else {
            b.append(s.bold("Welcome, " + w.name() + ". You are the " + w.role())).append(" of ").append(title)
                    .append(room(w, title)).append(". Join code: ").append(w.code()).append(".\n");
        }
        if (w.rules() != null && w.rules().privacyText() != null && w.seat() != null) {
            // Told at every join: who may read private talk, and how others see this player.
            b.append(s.dim(w.rules().privacyText())).append('\n');
        }
        if (w.scenario() != null && w.scenario().finalAdoption() != null) {
            // A consensus body: the whole text can fail at the end, which changes every seat's final choice.
            b.append("Careful: ").append(w.scenario().finalAdoption()).append(".\n");
        }
        b.append("Now: ").append(StatusLine.of(state, System.nanoTime())).append('\n');
        b.append(PhaseHints.of(state.stage().phase())).append('\n');
        if (w.view() != null && w.view().seq() > 3 && w.seat() != null) {
            b.append("Earlier talk is in `floor`, `inbox` and `news`.\n");
        }
        b.append(s.dim("Type `help` for every command; Tab completes commands and ids."));
        return b.toString();
    }
}
