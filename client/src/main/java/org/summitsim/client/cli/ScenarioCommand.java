package org.summitsim.client.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.summitsim.core.scenario.Problem;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.core.scenario.lint.Balance;
import org.summitsim.core.scenario.lint.ScenarioLinter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
  * `summit scenario list | show | validate | lint`. The actions are methods, each its own
  * picocli subcommand, because they are small and share this help text.
  */
@Command(
        name = "scenario",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "List, show and check scenario files.",
            "Scenario authors: see docs/SCENARIOS.md for the format."})
public final class ScenarioCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    /** `summit scenario` alone: show the actions rather than just an error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "List the scenarios shipped with Summit.")
    int list() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-16s %-10s %-8s %s%n", "ID", "SEATS", "CLAUSES", "TITLE");
        for (String id : ScenarioCatalog.ids()) {
            Scenario s = ScenarioReader.shipped(id);
            out.printf(Locale.ROOT, "%-16s %-10d %-8d %s%n", id, s.playable().size(), s.clauses().size(), s.title());
        }
        out.flush();
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Show a scenario's public background, delegations and draft text.")
    int show(@Parameters(paramLabel = "ID", description = "Scenario id, as `summit scenario list` shows it.") String id) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(ScenarioSummary.render(ScenarioArgument.load(id)));
        out.flush();
        return 0;
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Check scenario files for errors; exit 1 if any file has one.")
    int validate(@Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario JSON files.")
            List<Path> files) {
        PrintWriter out = spec.commandLine().getOut();
        boolean bad = false;
        for (Path file : files) {
            try {
                Scenario s = ScenarioReader.read(file);
                out.println(file + ": valid (" + s.playable().size() + " delegations, " + s.clauses().size() + " clauses)");
            } catch (ScenarioException e) {
                bad = true;
                out.println(file + ": " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s"));
                e.problems().forEach(p -> out.println("  " + p));
            }
        }
        out.flush();
        return bad ? 1 : 0;
    }

    @Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Point out what is valid but probably unintended in a scenario (balance, unreachable options).")
    int lint(@Parameters(paramLabel = "FILE", description = "Scenario JSON file or shipped id.") String file) {
        Scenario s = ScenarioArgument.load(file);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Balance of %s (scores in points; %% of each delegation's range)%n%n", s.id());
        out.printf(Locale.ROOT, "%-22s %8s %8s %8s %8s %10s  %s%n", "delegation", "best", "worst", "draft", "draft %",
                "reachable", "dominant decision");
        for (Balance.Row r : Balance.of(s)) {
            out.printf(Locale.ROOT, "%-22s %8.1f %8.1f %8.1f %7.1f%% %9.1f%%  %s%n", r.seat(), r.best(), r.worst(), r.draft(),
                    r.draftPercent(), r.reachablePercent(), r.dominantDecision() == null ? "-" : r.dominantDecision());
        }
        List<Problem> warnings = ScenarioLinter.lint(s);
        out.println();
        if (warnings.isEmpty()) {
            out.println("No warnings.");
        } else {
            out.println(warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s") + ":");
            warnings.forEach(w -> out.println("  " + w));
        }
        out.flush();
        return 0;
    }
}
