package org.summitsim.client.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioReader;

/** Resolves a command's `--scenario ID|FILE`: an existing file, else a shipped scenario id. */
final class ScenarioArgument {

    private ScenarioArgument() {
    }

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
}
