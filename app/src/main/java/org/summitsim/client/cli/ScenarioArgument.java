package org.summitsim.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.summitsim.client.console.command.DidYouMean;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.core.scenario.ScenarioReader;

/** Resolves a command's `--scenario ID|FILE`: an existing file, else a shipped scenario id. */
final class ScenarioArgument {

    private ScenarioArgument() {}

    static Scenario load(String idOrFile) {
        try {
            Path path = Path.of(idOrFile);
            if (Files.isRegularFile(path)) {
                return ScenarioReader.read(path);
            }
            noSuchFile(idOrFile);
            return ScenarioReader.shipped(idOrFile);
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** A scenario file read without its par table (see {@link ScenarioReader#readWithoutPar}). */
    static Scenario withoutPar(Path file) {
        try {
            return ScenarioReader.readWithoutPar(file);
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** As {@link #load}, keeping the text, for commands that hand the scenario to a server. */
    static ScenarioFile file(String idOrFile) {
        try {
            Path path = Path.of(idOrFile);
            if (Files.isRegularFile(path)) {
                return ScenarioFile.parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
            }
            noSuchFile(idOrFile);
            return ScenarioFile.shipped(idOrFile);
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("The scenario file " + idOrFile + " could not be read: " + e.getMessage());
        }
    }

    /**
     * A path (it has a folder or ends in .json) where there is no file is a file not found, not
     * an unknown scenario id: said so, with the scenario files next to it that it may have meant.
     */
    private static void noSuchFile(String idOrFile) {
        if (!idOrFile.contains("/") && !idOrFile.contains("\\") && !idOrFile.endsWith(".json")) {
            return; // a shipped id, checked by the reader
        }
        Path path = Path.of(idOrFile);
        Path folder = path.toAbsolutePath().getParent();
        String near = "";
        if (folder != null && Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                List<String> json = files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".json"))
                        .sorted()
                        .toList();
                // The likely file, with the folder as it was typed.
                List<String> named = json.stream()
                        .map(n -> path.getParent() == null
                                ? n
                                : path.getParent().resolve(n).toString())
                        .toList();
                near = DidYouMean.question(named, idOrFile);
                if (near.isEmpty() && !json.isEmpty()) {
                    near = " Scenario files there: " + String.join(", ", json) + ".";
                }
            } catch (IOException e) {
                near = "";
            }
        } else if (folder != null) {
            near = " There is no folder " + folder + ".";
        }
        throw new UserError("There is no scenario file " + idOrFile + "." + near + " (The shipped scenarios, named"
                + " without a path: " + String.join(", ", ScenarioCatalog.ids()) + ".)");
    }
}
