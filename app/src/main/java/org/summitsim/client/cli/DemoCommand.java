package org.summitsim.client.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.summitsim.client.console.PlayOptions;
import org.summitsim.client.console.SeatMemory;
import org.summitsim.client.demo.DemoPace;
import org.summitsim.client.demo.DemoRoom;
import org.summitsim.client.net.Requests;
import org.summitsim.core.rules.Command.Start;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `summit demo`: an embedded server, bots in the other seats and a console client, in one go. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Play a scenario at once: a local server, bots and your console in one process.",
            "You take one seat and built-in bots take the others.",
            "You also hold the chair (pause, extend, advance), unless you add --no-chair.",
            "A whole summit takes about 15 minutes at the normal pace.",
            "The demo's journal is kept (in ~/.summit/demos by default) for `summit report`."
        })
public final class DemoCommand implements Callable<Integer> {

    static final String DEFAULT_SCENARIO = "hague-2023";
    static final String DEFAULT_SEAT = "netherlands";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--scenario",
            paramLabel = "ID|FILE",
            defaultValue = DEFAULT_SCENARIO,
            description = "Scenario to play: a shipped id (see `summit scenario list`) or a scenario file."
                    + " Default: the 2023 REAIM summit.")
    String scenario;

    @Option(names = "--as", paramLabel = "ID", description = "Delegation (seat) you play. Default: the Netherlands.")
    String seat;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name. Default: your login name.")
    String name;

    @Option(
            names = "--no-chair",
            description = "Play without the chair's powers: the clock runs on its own, as in a class.")
    boolean noChair;

    @Mixin
    ConsoleOptions console;

    @Option(
            names = "--pace",
            paramLabel = "PACE",
            defaultValue = "normal",
            description = "relaxed, normal or quick: how long phases last, how long a vote stays open at least"
                    + " (2 minutes, 1 minute, 30 seconds) and how fast the bots speak. Default: ${DEFAULT-VALUE}.")
    String pace;

    @Option(
            names = "--journals",
            paramLabel = "DIR",
            description = "Where the demo's journal is kept when it ends. Default: ~/.summit/demos.")
    Path journals;

    @Override
    public Integer call() throws IOException {
        ScenarioFile played = ScenarioArgument.file(scenario);
        Scenario s = played.scenario();
        String me = seat != null
                ? seat
                : s.playable().stream()
                        .map(Delegation::id)
                        .filter(DEFAULT_SEAT::equals)
                        .findFirst()
                        .orElse(s.playable().get(0).id());
        if (s.playable().stream().noneMatch(d -> d.id().equals(me))) {
            throw new UserError("There is no delegation \"" + me + "\" in " + s.id() + ". Delegations: "
                    + String.join(
                            ", ", s.playable().stream().map(Delegation::id).toList()) + ".");
        }
        DemoPace chosen = DemoPace.of(pace)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(),
                        "There is no pace \"" + pace + "\". Paces: " + String.join(", ", DemoPace.ids()) + "."));
        Path keep = journals != null ? journals : DemoRoom.defaultFolder();
        DemoRoom room = DemoRoom.start(played, chosen, keep);
        int exit;
        try (room) {
            PlayOptions options = PlayOptions.join(
                            "127.0.0.1",
                            room.port(),
                            name != null ? name : System.getProperty("user.name", "You"),
                            room.code(),
                            me)
                    .withJson(console.json);
            if (noChair) {
                room.startWithBots(s.playable().stream()
                        .map(Delegation::id)
                        .filter(id -> !id.equals(me))
                        .toList());
                options = options.withChair(null, List.of(), welcome(s, me, false, chosen));
            } else {
                options = options.withChair(
                        room.facilitatorToken(),
                        List.of(Requests.fillBots(null, null), Requests.command(Stage.LOBBY, new Start())),
                        welcome(s, me, true, chosen));
            }
            exit = PlayCommand.run(spec, options, console.script, SeatMemory.off());
        }
        tellWhereTheJournalIs(room);
        return exit;
    }

    /** After the console closed: where the record is and how to debrief it (on stderr with --json, which owns stdout). */
    private void tellWhereTheJournalIs(DemoRoom room) {
        java.io.PrintWriter out =
                console.json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        for (Path earlier : room.recovered()) {
            out.println("An earlier demo was stopped before it ended; its journal is now in " + earlier + ".");
        }
        Path kept = room.keptJournal();
        if (kept == null) {
            out.println("This demo's journal could not be kept.");
        } else {
            out.println("This demo's journal is kept in " + kept + ". For a debrief:");
            out.println("  ./summit report " + kept + " --out debrief.html");
        }
        out.flush();
    }

    private static String rounds(int n) {
        String[] words = {"no rounds", "one round", "two rounds", "three rounds", "four rounds", "five rounds"};
        return n < words.length ? words[n] : n + " rounds";
    }

    static String welcome(Scenario s, String me, boolean chair, DemoPace pace) {
        String name = s.nameOf(me);
        int bots = s.playable().size() - 1;
        // China where it plays (everyone knows it has views); else the first other delegation. By
        // its name, as a player would type it: the console takes "dm united states ..." too.
        String bot = s.playable().stream()
                .filter(d -> !d.id().equals(me))
                .sorted(java.util.Comparator.comparing(d -> !d.id().equals("china")))
                .findFirst()
                .map(d -> d.name().toLowerCase(java.util.Locale.ROOT))
                .orElse(me);
        String careful = s.finalAdoption() == null
                ? ""
                : "\nCareful: " + s.finalAdoption().describe() + ".";
        // One line per paragraph: the console wraps them to the terminal's width, between words.
        return String.join(
                        "\n",
                        "Welcome to Summit. You lead the delegation of "
                                + org.summitsim.core.scenario.StateName.inSentence(name) + " at " + s.title() + ".",
                        bots + " bots play the other delegations"
                                + (chair
                                        ? "; you also hold the chair (`help facilitator` lists its commands)."
                                        : ". The clock runs on its own, as in a class."),
                        "The summit has started: a briefing, an opening, "
                                + rounds(s.timing().rounds())
                                + " of negotiation, then your final decision: about "
                                + pace.minutes(s.timing().rounds()) + " minutes in all (pace " + pace.id() + ": "
                                + pace.votes + ", time to lobby)."
                                + (chair
                                        ? " Need more time? `pause` stops the clock, `resume` starts it again,"
                                                + " `extend 2m` adds time and `advance` skips ahead."
                                        : ""),
                        "",
                        "The bots answer private messages in plain English. Try `dm " + bot + " Will you sign?` or `dm "
                                + bot + " What would it take to get your vote?`. They also come to you with trade"
                                + " offers each round: `deals` lists them, `accept D4` makes one binding.",
                        "",
                        "Type `brief` first to read your instructions, then `text` for the draft declaration, and"
                                + " `help` for everything else. Tab completes commands and ids.")
                + careful;
    }
}
