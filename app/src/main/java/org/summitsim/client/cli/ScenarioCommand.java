package org.summitsim.client.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.summitsim.client.classroom.ClassServer;
import org.summitsim.client.classroom.ClassroomException;
import org.summitsim.core.analysis.Analysis;
import org.summitsim.core.analysis.AnalysisReport;
import org.summitsim.core.analysis.ReportText;
import org.summitsim.core.analysis.Warnings;
import org.summitsim.core.lint.ScenarioLinter;
import org.summitsim.core.scenario.Problem;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.server.scenario.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `summit scenario list | show | copy | validate | lint`. The actions are methods, each its own
 * picocli subcommand, because they are small and share this help text.
 */
@Command(
        name = "scenario",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"List, show and check scenario files.", "Scenario authors: see docs/SCENARIOS.md for the format."
        })
public final class ScenarioCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** `summit scenario` alone: show the actions rather than just an error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = {
                "List the scenarios you can play: those shipped with Summit and the files in the scenario"
                        + " folders (<data>/scenarios and any --scenarios DIR), or those a running server offers (--server).",
                "Files that cannot be played are listed with every problem; the exit status is then 1."
            })
    int list(
            @Option(
                            names = "--data",
                            paramLabel = "DIR",
                            defaultValue = "./summit-data",
                            description = "The server's data directory; its scenarios folder is listed."
                                    + " Default: ${DEFAULT-VALUE}.")
                    Path data,
            @Option(
                            names = "--scenarios",
                            paramLabel = "DIR",
                            description = "Another scenario folder, as for"
                                    + " `summit serve --scenarios`; repeat for several.")
                    List<Path> folders,
            @Option(
                            names = "--server",
                            paramLabel = "HOST:PORT",
                            converter = HostPort.Converter.class,
                            description = "Ask this running server instead.")
                    HostPort server) {
        ScenarioTable table;
        if (server != null) {
            try (ClassServer s = ClassServer.connect(server.host(), server.port(), "summit-scenario-list")) {
                table = ScenarioTable.of(s.scenarios());
            } catch (ClassroomException e) {
                throw new UserError(e.getMessage(), e);
            }
        } else {
            List<Path> all = new ArrayList<>(List.of(data.resolve("scenarios")));
            if (folders != null) {
                all.addAll(folders);
            }
            table = ScenarioTable.of(new ScenarioLibrary(ScenarioCommand.class.getClassLoader(), all, false).listing());
        }
        return table.print(spec.commandLine().getOut()) ? 0 : 1;
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = "Show a scenario's public background, delegations and draft text.")
    int show(
            @Parameters(paramLabel = "ID", description = "Scenario id, as `summit scenario list` shows it.")
                    String id) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(ScenarioSummary.render(ScenarioArgument.load(id)));
        out.flush();
        return 0;
    }

    @Command(
            name = "copy",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = {
                "Write a scenario's file to FILE, to make your own from it: e.g. `summit scenario copy"
                        + " classroom-mini class-9b.json`. Its id becomes the file's name (class-9b), since a"
                        + " server refuses a file that uses a shipped scenario's id. See docs/SCENARIOS.md."
            })
    int copy(
            @Parameters(
                            index = "0",
                            paramLabel = "ID",
                            description = "Scenario id, as `summit scenario list` shows it.")
                    String id,
            @Parameters(index = "1", paramLabel = "FILE", description = "The new file; it must not exist yet.")
                    Path file)
            throws IOException {
        if (Files.exists(file)) {
            throw new UserError(file + " exists already; give a new file's name, so that nothing is overwritten.");
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new UserError("The file's name becomes the scenario's id, so it takes small letters, digits and"
                    + " dashes, ending in .json: e.g. class-9b.json, not " + file.getFileName() + ".");
        }
        String text;
        try {
            text = ScenarioFile.shipped(id).text();
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
        String copied = text.replaceFirst(
                "\"id\":\\s*\"" + java.util.regex.Pattern.quote(id) + "\"", "\"id\": \"" + name + "\"");
        Files.writeString(file, copied);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + file + " (id \"" + name + "\"), a copy of " + id + ". Edit it, then check it with"
                + " `summit scenario validate " + file + "` and `summit scenario lint " + file + "`; after changing"
                + " any number, make its par table again (docs/SCENARIOS.md, \"Par table\").");
        out.flush();
        return 0;
    }

    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = "Check scenario files for errors; exit 1 if any file has one.")
    int validate(
            @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario JSON files.") List<Path> files) {
        PrintWriter out = spec.commandLine().getOut();
        boolean bad = false;
        for (Path file : files) {
            try {
                Scenario s = ScenarioReader.read(file);
                out.println(file + ": valid (" + s.playable().size() + " delegations, "
                        + s.clauses().size() + " clauses)");
                if (org.summitsim.core.scenario.ScenarioCatalog.isShipped(s.id())
                        && !ScenarioReader.shipped(s.id()).equals(s)) {
                    // The shipped scenario's own file, being edited, is the one case where that is right.
                    out.println("  note: the id \"" + s.id() + "\" is that of a scenario shipped with Summit, so a"
                            + " server refuses this file beside it: give the scenario an id of its own (unless"
                            + " this is the shipped scenario's own file, being changed)");
                }
                String stale = org.summitsim.core.headless.ParCalibration.staleWarning(s, file.toString());
                if (stale != null) {
                    out.println(ReportText.wrap("  note: " + stale, 100, "    "));
                }
            } catch (ScenarioException e) {
                bad = true;
                out.println(file + ": " + e.problems().size() + " problem"
                        + (e.problems().size() == 1 ? "" : "s"));
                e.problems().forEach(p -> out.println("  " + p));
            }
        }
        out.flush();
        return bad ? 1 : 0;
    }

    @Command(
            name = "lint",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = {
                "Point out what is valid but probably unintended in a scenario: the file's own checks, then a"
                        + " short game analysis of a mixed field of bots (roles with no real decision, clauses that never"
                        + " move, binding law never or always reached, a dominant strategy, exploits that pay).",
                "docs/SCENARIOS.md explains every column."
            })
    int lint(
            @Parameters(paramLabel = "FILE", description = "Scenario JSON file or shipped id.") String file,
            @Option(
                            names = "--matches",
                            paramLabel = "N",
                            defaultValue = "200",
                            description = "Matches of the analysis (default: ${DEFAULT-VALUE}; 0 skips it).")
                    int matches,
            @Option(
                            names = "--seed",
                            paramLabel = "S",
                            defaultValue = "2026",
                            description = "Seed of the analysis (default: ${DEFAULT-VALUE}).")
                    long seed,
            @Mixin ThreadsOption threads) {
        Scenario s = ScenarioArgument.load(file);
        PrintWriter out = spec.commandLine().getOut();
        List<String> analysis = List.of();
        if (matches > 0) {
            int t = threads.checked();
            AnalysisReport report = new Analysis(s, Warnings.FIELD).run(matches, seed, t, done -> {});
            out.print(ReportText.brief(report));
            out.println();
            analysis = Warnings.of(report);
        }
        List<Problem> warnings = new java.util.ArrayList<>(ScenarioLinter.lint(s));
        // Played here, not in the linter: the rules' packages never run matches.
        String stale = org.summitsim.core.headless.ParCalibration.staleWarning(s, file);
        if (stale != null) {
            warnings.add(new Problem("par", stale));
        }
        if (warnings.isEmpty()) {
            out.println("No warnings on the file.");
        } else {
            out.println(warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s") + " on the file:");
            warnings.forEach(w -> out.println(ReportText.wrap("  " + w, 100, "    ")));
        }
        if (matches > 0) {
            out.println(
                    analysis.isEmpty()
                            ? "No warnings from play."
                            : analysis.size() + " warning" + (analysis.size() == 1 ? "" : "s") + " from play:");
            analysis.forEach(w -> out.println(ReportText.wrap("  " + w, 100, "    ")));
            if (!analysis.isEmpty()) {
                // A newcomer who lints a shipped scenario meets these too, and asks whether they are errors.
                out.println(ReportText.wrap(
                        "  (Balance, not errors: the file plays as it is. The shipped scenarios have some of"
                                + " these too; docs/BOTS.md, \"Is the game worth playing?\", says which and why.)",
                        100,
                        "   "));
            }
        }
        List<Problem> notes = ScenarioLinter.notes(s);
        if (!notes.isEmpty()) {
            out.println();
            out.println("To weigh (not warnings):");
            notes.forEach(n -> out.println(ReportText.wrap("  " + n, 100, "    ")));
        }
        out.flush();
        return 0;
    }
}
