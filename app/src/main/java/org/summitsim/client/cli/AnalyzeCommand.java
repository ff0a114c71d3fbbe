package org.summitsim.client.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.summitsim.core.analysis.Analysis;
import org.summitsim.core.analysis.AnalysisReport;
import org.summitsim.core.analysis.ReportText;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.headless.ParCalibration;
import org.summitsim.core.json.Json;
import org.summitsim.core.scenario.Par;
import org.summitsim.core.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `summit analyze`: is the game worth playing? Balance, tension and exploits over many seeded matches. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Measure a scenario's balance over many headless matches: score distributions and the best"
                    + " strategy per role, how often each final decision would have been best (counterfactual"
                    + " re-scoring), how the text moves, binding law, two scripted exploits, and the design targets.",
            "Strategies are rotated over seats as in `summit tournament`; the same seed gives the same"
                    + " report whatever --threads. See docs/SCENARIOS.md and docs/BOTS.md for every column."
        })
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    SeriesOptions series;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--json", paramLabel = "F", description = "Also write every figure as JSON to F.")
    Path json;

    @Option(names = "--parts", description = "Print every role's score parts by strategy, not only the averages.")
    boolean parts;

    @Option(
            names = "--focus",
            paramLabel = "S",
            description = "Also compare strategy S (one of --strategies, e.g. your own) with each of the others,"
                    + " role by role: the difference of mean shown scores, its 95 %% interval, better, worse or tied.")
    String focus;

    @Option(
            names = "--calibrate",
            description = {
                "Instead of the analysis: work out the scenario's par table (what each role usually scores,"
                        + " so that shown scores compare across roles) from these matches, and write it into the"
                        + " scenario FILE given with --scenario. See docs/SCENARIOS.md."
            })
    boolean calibrate;

    @Override
    public Integer call() throws IOException {
        series.check();
        threads.checked();
        if (calibrate) {
            return calibrate();
        }
        Scenario s = ScenarioArgument.load(scenario.value);
        if (focus != null && !series.strategies.contains(focus)) {
            // The short name the tables print ("PledgeBot" for class:org.example.PledgeBot) names it too.
            focus = Strategies.labels(series.strategies).entrySet().stream()
                    .filter(e -> e.getValue().equals(focus))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(focus);
        }
        if (focus != null && !series.strategies.contains(focus)) {
            // As the tables name them: a bot of one's own by its short name.
            throw new UserError("--focus names a strategy of the field, one of "
                    + String.join(", ", Strategies.labels(series.strategies).values()) + "; \"" + focus
                    + "\" is not among them.");
        }
        Analysis analysis;
        try {
            analysis = new Analysis(s, series.strategies);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new UserError(Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".");
        }
        String stale = ParCalibration.staleWarning(s, scenario.value);
        if (stale != null) {
            // Before the figures, which are shown on that table's scale.
            spec.commandLine().getErr().println(ReportText.wrap("Note: " + stale, 100, "  "));
        }
        int t = threads.checked();
        ProgressBar bar = ProgressBar.ofGames(
                spec.commandLine().getErr(), series.matches, analysis.work(series.matches), ProgressBar.onTerminal());
        long start = System.nanoTime();
        AnalysisReport report = analysis.run(series.matches, series.seed, t, bar::update);
        bar.finish((System.nanoTime() - start) / 1e9);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ReportText.render(report, parts, focus));
        takenOut(s, analysis.faults(), out);
        if (json != null) {
            Files.writeString(json, Json.write(report) + System.lineSeparator());
            out.println("JSON written to " + json);
        }
        out.flush();
        return analysis.faults().isEmpty() ? 0 : Main.BOT_TAKEN_OUT;
    }

    /**
     * Bots taken out of the run's matches (a bot of the author's own that threw or answered too
     * late): how often, by strategy, and the first time, which says what to fix.
     */
    private static void takenOut(
            Scenario s, java.util.List<org.summitsim.core.analysis.Analysis.Fault> faults, PrintWriter out) {
        java.util.Map<String, java.util.List<org.summitsim.core.analysis.Analysis.Fault>> byStrategy =
                new java.util.LinkedHashMap<>();
        faults.forEach(f -> byStrategy
                .computeIfAbsent(f.strategy(), k -> new java.util.ArrayList<>())
                .add(f));
        if (byStrategy.isEmpty()) {
            return;
        }
        out.println();
        out.println("Bots taken out of matches (the scenario's default decision played their seats from then on;"
                + " their figures above count those matches):");
        byStrategy.forEach((strategy, list) -> {
            var first = list.get(0);
            out.printf(
                    Locale.ROOT,
                    "  %s: %d %s; the first in the match of seed %d (replay it with `summit match`), %s: %s%n",
                    strategy,
                    list.size(),
                    list.size() == 1 ? "time" : "times",
                    first.seed(),
                    s.nameOf(first.seat()),
                    first.failure());
        });
    }

    /** Fewer matches than this make a par table of chance (the quantiles at 5 % and 95 % rest on a few each). */
    static final int MIN_CALIBRATION_MATCHES = 200;

    private int calibrate() throws IOException {
        Path file = Path.of(scenario.value);
        if (!Files.isRegularFile(file)) {
            Scenario s = ScenarioArgument.load(scenario.value);
            throw new UserError("--calibrate writes the par table into a scenario file, and \"" + scenario.value
                    + "\" is not one; give the file's path (e.g. --scenario scenarios/" + s.id() + ".json).");
        }
        // The old table, if any, is what this replaces: one that no longer fits the delegations must not stop it.
        Scenario s = ScenarioArgument.withoutPar(file);
        if (series.seed < 0 || series.seed > Integer.MAX_VALUE) {
            throw new UserError(
                    "--calibrate takes a --seed from 0 to " + Integer.MAX_VALUE + ", not " + series.seed + ".");
        }
        for (String strategy : series.strategies) {
            if (!org.summitsim.core.bots.Strategies.BUILT_IN.contains(strategy)) {
                throw new UserError("A par table is made with built-in strategies only (so anyone can check it),"
                        + " not \"" + strategy + "\". Built in: "
                        + String.join(", ", org.summitsim.core.bots.Strategies.BUILT_IN) + ".");
            }
        }
        if (series.matches < MIN_CALIBRATION_MATCHES) {
            throw new UserError("A par table from " + series.matches + " matches would be mostly chance: make it from"
                    + " " + MIN_CALIBRATION_MATCHES + " matches or more (the shipped scenarios' tables are from 400),"
                    + " e.g. --matches 400.");
        }
        if (series.strategies.stream().distinct().count() < 2) {
            throw new UserError("A par table says what each role usually scores in a varied field; with one strategy"
                    + " in every seat the bots play much the same game every time. Give --strategies several, e.g."
                    + " --strategies utility,mediator,hardliner,silent,historical,coalition.");
        }
        int t = threads.checked();
        long start = System.nanoTime();
        Par par = ParCalibration.run(s, series.strategies, series.matches, (int) series.seed, t);
        Files.writeString(file, par.writeInto(Files.readString(file)));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                java.util.Locale.ROOT,
                "Par table of %d roles from %d matches written to %s (%.1f s).%n",
                par.quantiles().size(),
                series.matches,
                file,
                (System.nanoTime() - start) / 1e9);
        out.flush();
        return 0;
    }
}
