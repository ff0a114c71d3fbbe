package org.summitsim.client.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.summitsim.client.tournament.CsvExport;
import org.summitsim.client.tournament.ResultsTable;
import org.summitsim.client.tournament.Tournament;
import org.summitsim.client.tournament.TournamentResult;
import org.summitsim.core.json.Json;
import org.summitsim.core.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `summit tournament`: many seeded headless matches, strategies rotated across seats. */
@Command(
        name = "tournament",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Run many headless matches between strategies and print a results table.",
            "Match i uses a seed derived from --seed and i, so a tournament is reproducible."
        })
public final class TournamentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    SeriesOptions series;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--csv", paramLabel = "F", description = "Also write one row per match and seat to F.")
    Path csv;

    @Option(names = "--json", paramLabel = "F", description = "Also write the results as JSON to F.")
    Path json;

    @Option(
            names = "--turn-budget",
            paramLabel = "MS",
            defaultValue = "1000",
            description = "Time a bot not built into Summit may take for one turn (default: ${DEFAULT-VALUE} ms).")
    long turnBudget;

    @Override
    public Integer call() throws IOException {
        series.check();
        Scenario s = ScenarioArgument.load(scenario.value);
        Tournament tournament;
        try {
            tournament = new Tournament(s, series.strategies, turnBudget);
        } catch (IllegalArgumentException e) {
            throw new UserError("There is " + e.getMessage() + ".");
        }
        int t = threads.checked();
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), series.matches, ProgressBar.onTerminal());
        long start = System.nanoTime();
        TournamentResult result = tournament.run(series.matches, series.seed, t, bar::update);
        bar.finish((System.nanoTime() - start) / 1e9);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ResultsTable.render(result, s::nameOf));
        out.print(ResultsTable.replays(result, scenario.value, s::nameOf));
        if (csv != null) {
            try (Writer w = Files.newBufferedWriter(csv)) {
                CsvExport.write(result, w);
            }
            out.println("CSV written to " + csv);
        }
        if (json != null) {
            Files.writeString(json, Json.write(result) + System.lineSeparator());
            out.println("JSON written to " + json);
        }
        out.flush();
        return result.faults().values().stream().anyMatch(f -> f.firstFailure() != null) ? Main.BOT_TAKEN_OUT : 0;
    }
}
