package org.summitsim.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.summitsim.core.scenario.Scenario;
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
            return ScenarioReader.shipped(idOrFile);
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
            return ScenarioFile.shipped(idOrFile);
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("The scenario file " + idOrFile + " could not be read: " + e.getMessage());
        }
    }
}
