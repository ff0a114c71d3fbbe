// Long on purpose: the three steps of running a class (create the rooms, monitor them, compare them afterwards) as one
// command with its shared options.
package org.summitsim.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.summitsim.client.classroom.ClassCreated;
import org.summitsim.client.classroom.ClassServer;
import org.summitsim.client.classroom.ClassSetup;
import org.summitsim.client.classroom.ClassSheet;
import org.summitsim.client.classroom.ClassroomException;
import org.summitsim.client.console.render.MonitorTable;
import org.summitsim.client.report.Reports;
import org.summitsim.client.report.journal.ReportException;
import org.summitsim.core.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `summit class`: set up a class's rooms, watch them during the lesson, compare them after. */
@Command(
        name = "class",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Run a class: create its rooms, watch them, compare them.",
            "Create one room or several parallel \"worlds\" of the same scenario, watch who is active"
                    + " during the lesson, and compare the worlds afterwards.",
            "See docs/FACILITATOR.md for a whole lesson, step by step."
        },
        subcommands = {ClassCommand.Create.class, ClassCommand.Monitor.class, ClassCommand.Compare.class},
        footer = {
            "",
            "Examples:",
            "  summit class create --server 10.0.0.5:7777 --scenario hague-2023 --timing 45",
            "  summit class create --server 10.0.0.5:7777 --scenario seoul-2024 --worlds 2",
            "  summit class monitor --server 10.0.0.5:7777 --token ft.Zm9v... --watch",
            "  summit class compare r-k3x9qa r-p2m7vd"
        })
public final class ClassCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = {
                "Create a class's rooms and print their join codes and facilitator tokens.",
                "For each room: the code to hand out, the token to keep, and the exact commands for students,"
                        + " teacher and debrief."
            })
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(
                names = "--server",
                required = true,
                paramLabel = "HOST:PORT",
                converter = HostPort.Converter.class,
                description = "The Summit server, as students will reach it, e.g. 192.168.1.20:7777.")
        HostPort server;

        @Mixin
        TlsOptions tls;

        @Option(
                names = "--scenario",
                required = true,
                paramLabel = "ID|FILE",
                description = "The scenario every room plays: an id the server offers, e.g. hague-2023, or a"
                        + " scenario file, which is uploaded to the server (it must allow uploads).")
        String scenario;

        @Option(
                names = "--timing",
                paramLabel = "PRESET",
                description =
                        "A timing preset of the scenario (45, 60 or 90 for hague-2023 and seoul-2024, 10, 20 or 30 for classroom-mini), or custom"
                                + " with the phase lengths below. Default: the scenario's own timing.")
        String timing;

        @Option(names = "--briefing", paramLabel = "MIN", description = "Custom: minutes of briefing.")
        Double briefing;

        @Option(names = "--opening", paramLabel = "MIN", description = "Custom: minutes of opening statements.")
        Double opening;

        @Option(names = "--round", paramLabel = "MIN", description = "Custom: minutes of each negotiation round.")
        Double round;

        @Option(names = "--rounds", paramLabel = "N", description = "Custom: number of negotiation rounds.")
        Integer rounds;

        @Option(names = "--decision", paramLabel = "MIN", description = "Custom: minutes for the final decision.")
        Double decision;

        @Option(
                names = "--adoption",
                paramLabel = "RULE",
                description = "How amendments pass, instead of the scenario's rule: consensus:K (at most K"
                        + " objections) or supermajority:0.67.")
        String adoption;

        @Option(
                names = "--pseudonyms",
                description = "Players see each other only as \"Delegate 1 (Germany)\"; you still see real names.")
        boolean pseudonyms;

        @Option(
                names = "--no-private-reading",
                description = "You do not read private messages, caucuses and deals (you still see how many).")
        boolean noPrivateReading;

        @Option(
                names = "--absent",
                paramLabel = "WHAT",
                description = "When a student has been gone past the grace period: open (the seat waits),"
                        + " bot (a bot plays it) or default (it gets the default decision). Default: open.")
        String absent;

        @Option(
                names = "--bots",
                paramLabel = "STRATEGY",
                description = "Bot strategy for empty or abandoned seats: mixed (each seat draws one of utility,"
                        + " mediator, hardliner, coalition), historical, utility, mediator, hardliner, coalition,"
                        + " silent or random. Default: mixed.")
        String bots;

        @Option(
                names = "--worlds",
                paramLabel = "N",
                defaultValue = "1",
                description = "How many parallel rooms of the same scenario (default: ${DEFAULT-VALUE}).")
        int worlds;

        @Option(
                names = "--label",
                paramLabel = "TEXT",
                description = "Name of the class, e.g. \"Period 3\"; worlds are named \"Period 3 - World 2\".")
        String label;

        @Option(
                names = "--lobby-hours",
                paramLabel = "H",
                description = "How long the rooms wait for you to start them before they expire (1 to 168)."
                        + " Default: 24.")
        Integer lobbyHours;

        @Option(
                names = "--handover",
                paramLabel = "WHO",
                description = "Who may take a seat a student abandoned: facilitator (only you seat someone),"
                        + " history (anyone with the code; they read the seat's earlier private talk) or fresh"
                        + " (anyone with the code, without it). Default: facilitator.")
        String handover;

        @Option(
                names = "--pace",
                paramLabel = "PACE",
                description = "relaxed, normal or quick: how fast bots move while students play, and how long a"
                        + " vote stays open at least (2 minutes, 1 minute, 30 seconds). Default: normal.")
        String pace;

        @Option(
                names = "--vote-window",
                paramLabel = "SECONDS",
                description = "How long a vote stays open at least while students play, unless every student has"
                        + " voted (0 to 900; 0 closes it as soon as every delegation has a stance). Default: the"
                        + " pace's.")
        Integer voteWindow;

        @Option(
                names = "--key",
                paramLabel = "KEY",
                description = "The facilitator key, when the server was started with --require-key (it printed"
                        + " the key at start).")
        String key;

        /** Room options beyond the class setup, passed on as given: the server checks them. */
        private ObjectNode roomExtras() {
            ObjectNode extras = Json.mapper().createObjectNode();
            if (lobbyHours != null) {
                if (lobbyHours < 1 || lobbyHours > 168) {
                    throw new UserError("--lobby-hours must be from 1 to 168 (a week), not " + lobbyHours + ".");
                }
                extras.put("lobbyMinutes", lobbyHours * 60);
            }
            if (handover != null) {
                extras.put("handover", handover.toLowerCase(Locale.ROOT));
            }
            if (pace != null) {
                extras.put("pace", pace.toLowerCase(Locale.ROOT));
            }
            if (voteWindow != null) {
                extras.put("voteWindowSeconds", voteWindow);
            }
            return extras;
        }

        @Override
        public Integer call() {
            if (absent != null && !List.of("open", "bot", "default").contains(absent.toLowerCase(Locale.ROOT))) {
                throw new UserError("--absent must be open, bot or default, not \"" + absent + "\".");
            }
            try {
                String preset = timing;
                var minutes = ClassSetup.minutes(briefing, opening, round, rounds, decision);
                if (preset == null && !minutes.isEmpty()) {
                    preset = "custom";
                }
                if ("custom".equals(preset) && minutes.isEmpty()) {
                    throw new UserError("--timing custom needs at least one of --briefing, --opening, --round,"
                            + " --rounds or --decision.");
                }
                ClassSetup setup = new ClassSetup(
                        scenario,
                        preset,
                        minutes,
                        ClassSetup.adoption(adoption),
                        pseudonyms,
                        noPrivateReading ? Boolean.FALSE : null,
                        absent == null ? null : absent.toLowerCase(Locale.ROOT),
                        bots,
                        worlds,
                        label);
                ClassCreated created;
                try (ClassServer s =
                        ClassServer.connect(server.host(), server.port(), tls.settings(server), "Teacher")) {
                    created = s.createWorlds(setup, roomExtras(), key);
                }
                PrintWriter out = spec.commandLine().getOut();
                out.print(ClassSheet.render(created, server.toString()));
                if (tls.trust != null) {
                    out.println("Students and bots need the server's certificate too: hand out " + tls.trust
                            + " and add --trust " + tls.trust.getFileName() + " to their command.");
                }
                out.flush();
                return 0;
            } catch (ClassroomException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
    }

    @Command(
            name = "monitor",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = {
                "Show who is in a room and how active each delegation is.",
                "Per delegation: its students, idle time, floor statements, private and caucus messages,"
                        + " amendments, votes, pledges and deals; and who has not spoken on the floor yet."
            })
    static final class Monitor implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(
                names = "--server",
                required = true,
                paramLabel = "HOST:PORT",
                converter = HostPort.Converter.class,
                description = "The Summit server.")
        HostPort server;

        @Option(
                names = "--token",
                required = true,
                paramLabel = "TOKEN",
                description = "The room's facilitator token, from `summit class create`.")
        String token;

        @Mixin
        TlsOptions tls;

        @Option(names = "--watch", description = "Keep the table up to date until you press Ctrl-C.")
        boolean watch;

        @Option(
                names = "--every",
                paramLabel = "SECONDS",
                defaultValue = "5",
                description = "With --watch: seconds between refreshes (default: ${DEFAULT-VALUE}).")
        int every;

        /** For tests: stop after this many tables (0: never). */
        @Option(names = "--refreshes", hidden = true, defaultValue = "0")
        int refreshes;

        @Override
        public Integer call() throws InterruptedException {
            if (every < 1) {
                throw new UserError("--every must be at least 1 second.");
            }
            PrintWriter out = spec.commandLine().getOut();
            ClassServer s = null;
            try {
                s = open();
                for (int shown = 1; ; shown++) {
                    try {
                        if (s == null) {
                            s = open();
                        }
                        show(out, s.monitor(), watch);
                    } catch (ClassroomException e) {
                        if (!watch) {
                            throw e;
                        }
                        // A server restart or a Wi-Fi blip should not end the teacher's watch.
                        out.println("Lost the server: " + e.getMessage() + " Trying again in " + every + " s.");
                        out.flush();
                        close(s);
                        s = null;
                    }
                    if (!watch || (refreshes > 0 && shown >= refreshes)) {
                        return 0;
                    }
                    Thread.sleep(every * 1000L);
                }
            } catch (ClassroomException e) {
                throw new UserError(e.getMessage(), e);
            } finally {
                close(s);
            }
        }

        private ClassServer open() {
            ClassServer s = ClassServer.connect(server.host(), server.port(), tls.settings(server), "Monitor");
            try {
                s.enterAsFacilitator(token);
                return s;
            } catch (ClassroomException e) {
                s.close();
                throw e;
            }
        }

        private static void show(PrintWriter out, JsonNode monitor, boolean watch) {
            if (watch && System.console() != null) {
                out.print("\033[H\033[2J");
            } else if (watch) {
                out.println();
            }
            out.print(MonitorTable.render(monitor));
            out.flush();
        }

        private static void close(ClassServer s) {
            if (s != null) {
                s.close();
            }
        }
    }

    @Command(
            name = "compare",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = {
                "Compare a class's parallel rooms side by side.",
                "Outcomes, final texts and each delegation in each room; the same as"
                        + " `summit report ROOM... --compare`. To a .csv file (or --format csv):"
                        + " one grade book of all the rooms, a row per delegation and room."
            })
    static final class Compare implements Callable<Integer> {

        /** Lower case because these are the words the user types. */
        enum Format {
            html,
            md,
            json,
            csv
        }

        @Spec
        CommandSpec spec;

        @Parameters(arity = "2..*", paramLabel = "ROOM", description = "Room ids (or join codes, or journal files).")
        List<String> rooms;

        @Option(
                names = "--data",
                paramLabel = "DIR",
                defaultValue = "./summit-data",
                description = "The server's data directory. Default: ${DEFAULT-VALUE}.")
        Path data;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                description = "One of: ${COMPLETION-CANDIDATES}. Default: from the --out file's extension;"
                        + " without --out, md (readable in a terminal; --format html for the page itself).")
        Format format;

        @Mixin
        OutOption out;

        @Override
        public Integer call() {
            String chosen = format != null ? format.name() : fromFileName();
            String text;
            try {
                Reports reports = new Reports(data, null);
                text = chosen.equals("csv") ? reports.gradeBook(rooms) : reports.compare(rooms, chosen);
            } catch (ReportException e) {
                throw new UserError(e.getMessage(), e);
            }
            Output.write(spec, out.file, text);
            return 0;
        }

        /** The format the --out file's name asks for; without --out, Markdown, which reads in a terminal. */
        private String fromFileName() {
            if (out.file == null) {
                return "md";
            }
            String name = out.file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            for (Format f : Format.values()) {
                if (name.endsWith("." + f.name())) {
                    return f.name();
                }
            }
            return "html";
        }
    }
}
