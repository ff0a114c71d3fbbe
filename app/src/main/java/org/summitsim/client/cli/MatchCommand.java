package org.summitsim.client.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.summitsim.client.headless.HeadlessJournal;
import org.summitsim.client.headless.OutcomeText;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.headless.BotCaller;
import org.summitsim.core.headless.HeadlessMatch;
import org.summitsim.core.headless.MatchRecord;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `summit match`: one headless, seeded, reproducible match between bots. */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Play one headless bot match and print the outcome.",
            "The same scenario, bots and seed always give the same match (a bot of your own too, if it takes its"
                    + " randomness from the seed it is given)."
        })
public final class MatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOption scenario;

    @Option(
            names = "--bots",
            required = true,
            split = ",",
            paramLabel = "STRATEGY",
            completionCandidates = StrategyNames.class,
            description = "Strategies for the seats, comma-separated, in seat order; the last one fills the rest:"
                    + " ${COMPLETION-CANDIDATES}, script:FILE (a rule-script bot), class:NAME (a Java bot on"
                    + " the class path) or exec:COMMAND (a bot program in any language, such as"
                    + " \"exec:python3 bot.py\"); see docs/BOTS.md.")
    List<String> bots;

    @Option(names = "--seed", required = true, paramLabel = "N", description = "Random seed.")
    long seed;

    @Option(names = "--json", description = "Print the outcome as JSON instead of a table.")
    boolean json;

    @Option(
            names = "--journal",
            paramLabel = "FILE",
            description = "Write the match's event log to FILE (replayable, and input for `summit report`).")
    Path journal;

    @Override
    public Integer call() throws IOException {
        bots = bots.stream().map(String::strip).toList();
        if (bots.stream().allMatch(String::isEmpty)) {
            throw new UserError(
                    "Name at least one strategy with --bots, e.g. --bots utility or --bots utility,silent.");
        }
        if (bots.contains("")) {
            // The list goes by seat order: a blank would move every later strategy up one seat.
            throw new UserError("--bots has an empty place (two commas in a row): name a"
                    + " strategy for each seat in order, e.g. --bots utility,silent,mediator.");
        }
        bots.forEach(StrategyArgument::check);
        ScenarioFile played = ScenarioArgument.file(scenario.value);
        Scenario s = played.scenario();
        if (bots.size() > s.playable().size()) {
            throw new UserError("--bots names " + bots.size() + " strategies, but " + s.title() + " has "
                    + s.playable().size() + " seats: name one for each seat in order, or fewer (the last one fills"
                    + " the rest).");
        }
        Map<String, String> lineup = new LinkedHashMap<>();
        Map<String, Bot> seats = new LinkedHashMap<>();
        List<Delegation> playable = s.playable();
        for (int i = 0; i < playable.size(); i++) {
            String strategy = bots.get(Math.min(i, bots.size() - 1));
            // A mixed seat is named by the strategy it drew, in the table, the JSON, the journal and its report.
            lineup.put(
                    playable.get(i).id(),
                    Strategies.resolve(strategy, playable.get(i).id(), seed));
            try {
                seats.put(
                        playable.get(i).id(),
                        Strategies.create(strategy, s, playable.get(i).id(), seed));
            } catch (IllegalArgumentException e) {
                throw new UserError(
                        "Cannot create the bot for " + playable.get(i).name() + ": " + e.getMessage());
            }
        }
        MatchRecord record = new HeadlessMatch(s, seed, Settings.of(s), seats, lineup, BotCaller.DIRECT).play();
        if (journal != null) {
            try {
                HeadlessJournal.write(journal, played, seed, lineup, record.log());
            } catch (IOException e) {
                throw new UserError(
                        "Could not write the journal " + journal + "; check that its folder can be written to.", e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("scenario", s.id());
            doc.put("seed", seed);
            doc.put("strategies", lineup);
            doc.put("outcome", record.outcome());
            doc.put("seats", record.seats());
            doc.put("events", record.log().size());
            out.println(Json.write(doc));
        } else {
            out.printf(Locale.ROOT, "%s — seed %d%n%n", s.title(), seed);
            out.print(OutcomeText.render(s, record.outcome(), lineup));
            refusals(s, record, out);
            failures(s, record, out);
            if (journal != null) {
                out.println(
                        "Journal written to " + journal + " (" + record.log().size() + " events).");
            }
        }
        out.flush();
        return record.seats().values().stream().anyMatch(seat -> seat.failure() != null) ? Main.BOT_TAKEN_OUT : 0;
    }

    /** Bots taken out of the match, and why: what their code threw, and where, or that it was too slow. */
    private static void failures(Scenario s, MatchRecord record, PrintWriter out) {
        boolean first = true;
        for (var seat : record.seats().values()) {
            if (seat.failure() == null) {
                continue;
            }
            if (first) {
                out.println();
                out.println(
                        "Bots taken out of the match (the scenario's default decision played their seats from then on):");
                first = false;
            }
            String name = s.nameOf(seat.seat());
            out.printf(Locale.ROOT, "  %s (%s): %s%n", name, seat.strategy(), seat.failure());
        }
    }

    /** Why the rules refused a bot's commands, seat by seat: what a script's author needs to fix it. */
    private static void refusals(Scenario s, MatchRecord record, PrintWriter out) {
        boolean first = true;
        for (var seat : record.seats().values()) {
            if (seat.invalid() == 0) {
                continue;
            }
            if (first) {
                out.println();
                out.println("Moves the rules refused:");
                first = false;
            }
            String name = s.nameOf(seat.seat());
            out.printf(Locale.ROOT, "  %s (%s): %d refused%n", name, seat.strategy(), seat.invalid());
            seat.refused().forEach(r -> out.println("    " + r));
            if (seat.invalid() > seat.refused().size()) {
                out.println("    (and " + (seat.invalid() - seat.refused().size()) + " more)");
            }
        }
    }
}
