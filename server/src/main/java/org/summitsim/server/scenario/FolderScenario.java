package org.summitsim.server.scenario;

import java.nio.file.Path;
import java.util.List;
import org.summitsim.core.scenario.Problem;
import org.summitsim.core.scenario.ScenarioFile;

/** One {@code .json} file of a scenario folder as last read: a playable scenario, or its problems. */
public sealed interface FolderScenario {

    Path file();

    record Valid(Path file, ScenarioFile scenario) implements FolderScenario {}

    /** A file that cannot be played, with every problem found in it (JSON path first). */
    record Invalid(Path file, List<Problem> problems) implements FolderScenario {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
