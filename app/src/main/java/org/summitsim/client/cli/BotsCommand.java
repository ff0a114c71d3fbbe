package org.summitsim.client.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.summitsim.client.bots.RemoteBot;
import org.summitsim.client.console.render.EventText;
import org.summitsim.client.net.Entry;
import org.summitsim.client.net.LinkState;
import org.summitsim.client.net.Refused;
import org.summitsim.client.net.RoomLink;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.History;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.protocol.Presence;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Welcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `summit bots`: built-in strategies joining a room over the network, like any other client. */
@Command(
        name = "bots",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Connect bots to a room on a Summit server: built-in ones, a rule script or your own Java bot.",
            "Each bot takes one seat and plays through the same protocol as a human."
        })
public final class BotsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--server",
            required = true,
            paramLabel = "HOST:PORT",
            converter = HostPort.Converter.class,
            description = "Server the room is on; tls://HOST:PORT for a server with TLS.")
    HostPort server;

    @Mixin
    TlsOptions tls;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "Join code of the room.")
    String code;

    @Option(
            names = "--strategy",
            required = true,
            paramLabel = "S",
            completionCandidates = StrategyNames.class,
            description = "The bots' strategy: ${COMPLETION-CANDIDATES}, script:FILE (a rule-script bot),"
                    + " class:NAME (a Java bot on the class path) or exec:COMMAND (a bot program in any language);"
                    + " see docs/BOTS.md.")
    String strategy;

    @Option(
            names = "--seats",
            split = ",",
            paramLabel = "ID",
            description = "Seats to fill, comma-separated. Default: every empty seat.")
    List<String> seats;

    @Option(
            names = "--except",
            split = ",",
            paramLabel = "ID",
            description = "Seats to leave empty (for people or a bot of your own) when filling every empty seat.")
    List<String> except;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "N",
            description = "Seed of the bots' random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        StrategyArgument.check(strategy);
        PrintWriter out = spec.commandLine().getOut();
        List<RemoteBot> bots = new ArrayList<>();
        try {
            // Every empty seat but those kept for others, as a spectator sees the room: a bot taking
            // "any free seat" could take the one a person or a bot of one's own was about to. Named
            // seats are checked first, all of them: a bot seated before a typo was found would leave
            // again, and its seat would be held for it for the room's grace period.
            List<Presence.SeatPresence> room = roomSeats();
            List<String> wanted = seats != null ? namedSeats(room) : emptySeats(room);
            if (wanted.isEmpty()) {
                throw new UserError("There is no empty seat for the bots in room " + code
                        + (except == null || except.isEmpty() ? "." : " besides " + String.join(", ", except) + "."));
            }
            for (String seat : wanted) {
                connect(seat, bots);
            }
            Welcome welcome = bots.get(0).lastWelcome();
            out.println(bots.size() + " " + label(strategy) + " bot" + (bots.size() == 1 ? "" : "s") + " joined room "
                    + welcome.room() + ": "
                    + String.join(", ", bots.stream().map(RemoteBot::seat).toList())
                    + ". Waiting for the summit to end (Ctrl-C to stop).");
            out.flush();
            for (RemoteBot bot : bots) {
                while (!bot.awaitEnd(1000)) {
                    // keep waiting; the room's clock drives the match
                }
            }
            for (RemoteBot bot : bots) {
                out.println(seatLine(nameOf(bot, bot.seat()), bot.outcome(), bot.seat()));
            }
            // The others' results too: how a bot did means most beside the room it played in.
            var others = welcome.scenario().delegations().stream()
                    .map(d -> d.id())
                    .filter(s -> bots.get(0).outcome().scores().containsKey(s))
                    .filter(s -> bots.stream().noneMatch(b -> b.seat().equals(s)))
                    .toList();
            if (!others.isEmpty()) {
                out.println("The other delegations:");
                for (String seat : others) {
                    out.println(seatLine(nameOf(bots.get(0), seat), bots.get(0).outcome(), seat));
                }
            }
            out.flush();
            return 0;
        } catch (Refused e) {
            throw new UserError("The server refused the bots: " + e.getMessage());
        } catch (IOException e) {
            throw new UserError("Cannot reach the server at " + server + ": " + e.getMessage());
        } finally {
            bots.forEach(RemoteBot::close);
        }
    }

    /** The room's seats, as a spectator joining it sees them. */
    private List<Presence.SeatPresence> roomSeats() throws IOException {
        try (RoomLink look = new RoomLink(
                server.host(), server.port(), tls.settings(server), "summit-bots", "bots", new RoomLink.Listener() {
                    @Override
                    public void message(ServerMessage message, String raw) {}

                    @Override
                    public void state(LinkState state) {}
                })) {
            return look.open(new Entry.Join(code, null, true)).presence().seats();
        }
    }

    /** The room's empty seats, less those in {@code --except}. */
    private List<String> emptySeats(List<Presence.SeatPresence> room) {
        for (String kept : except == null ? List.<String>of() : except) {
            known(room, kept, "--except");
        }
        List<String> empty = new ArrayList<>();
        for (Presence.SeatPresence p : room) {
            if (p.status().equals("empty") && (except == null || !except.contains(p.seat()))) {
                empty.add(p.seat());
            }
        }
        return empty;
    }

    /** The seats {@code --seats} names, each a seat of the room that a bot may take now. */
    private List<String> namedSeats(List<Presence.SeatPresence> room) {
        List<String> out = new ArrayList<>();
        for (String seat : seats) {
            Presence.SeatPresence p = known(room, seat, "--seats");
            if (p.status().equals("present") || p.status().equals("absent")) {
                List<String> free = free(room);
                throw new UserError("--seats names " + seat + ", which is not free: "
                        + (p.status().equals("present") ? "someone plays it" : "it is kept for the player who left it")
                        + ". Free seats now: " + (free.isEmpty() ? "none" : String.join(", ", free)) + ".");
            }
            if (out.contains(seat)) {
                throw new UserError("--seats names " + seat + " twice; one bot takes one seat.");
            }
            out.add(seat);
        }
        return out;
    }

    private static Presence.SeatPresence known(List<Presence.SeatPresence> room, String seat, String option) {
        List<String> all = room.stream().map(Presence.SeatPresence::seat).toList();
        for (Presence.SeatPresence p : room) {
            if (p.seat().equals(seat)) {
                return p;
            }
        }
        throw new UserError(option + " names \"" + seat + "\", which is no seat of this room."
                + org.summitsim.client.console.command.DidYouMean.question(all, seat.toLowerCase(Locale.ROOT))
                + " Its seats: "
                + String.join(", ", all) + ".");
    }

    /** Seats nobody plays or is kept for: empty, or played by one of the room's own bots. */
    private static List<String> free(List<Presence.SeatPresence> room) {
        return room.stream()
                .filter(p -> p.status().equals("empty") || p.status().equals("bot"))
                .map(Presence.SeatPresence::seat)
                .toList();
    }

    /** A strategy as the tables name it: a Java bot or a script by its short name. */
    private static String label(String strategy) {
        return Strategies.labels(List.of(strategy)).get(strategy);
    }

    private static String capitalized(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** One delegation's result: its decision, points and score out of 100. */
    private static String seatLine(String name, org.summitsim.core.rules.Outcome outcome, String seat) {
        Score score = outcome.scores().get(seat);
        var decided = outcome.decisions().get(seat);
        return String.format(
                Locale.ROOT,
                "%-22s %-24s %7.1f points, %3.0f out of 100",
                name,
                capitalized(EventText.decision(decided.decision())) + (decided.defaulted() ? " (by default)" : ""),
                score.total(),
                score.percent());
    }

    /** A delegation by name, as the room's scenario gives it (the bot's welcome). */
    private static String nameOf(RemoteBot bot, String seat) {
        Welcome w = bot.lastWelcome();
        if (w != null && w.scenario() != null) {
            for (var d : w.scenario().delegations()) {
                if (d.id().equals(seat)) {
                    return d.name();
                }
            }
        }
        return seat;
    }

    /** What the real state did, for the historical strategy; known for shipped scenarios only. */
    private static History history(String scenarioId, String seat) {
        if (!ScenarioCatalog.isShipped(scenarioId)) {
            return null;
        }
        return ScenarioReader.shipped(scenarioId)
                .delegation(seat)
                .map(Delegation::history)
                .orElse(null);
    }

    private RemoteBot connect(String seat, List<RemoteBot> bots) throws IOException {
        RemoteBot bot = new RemoteBot(
                server.host(),
                server.port(),
                tls.settings(server),
                // The strategy each seat plays, so a teacher's monitor says which bot sits where.
                label(seat == null ? strategy : Strategies.resolve(strategy, seat, seed)) + " bot",
                w -> Strategies.create(
                        strategy, w.seat(), seed, history(w.scenario().id(), w.seat())));
        bot.join(code, seat);
        bots.add(bot);
        return bot;
    }
}
