package org.summitsim.server.scenario;

import java.nio.file.Path;
import java.util.List;
import org.summitsim.core.scenario.Problem;
import org.summitsim.core.scenario.ScenarioFile;

/** One {@code .json} file of a scenario folder as last read: a playable scenario, or its problems. */
public sealed interface FolderScenario {

    Path file();

    /** {@code warnings}: what makes it play worse than its author meant (a par table made for other numbers). */
    record Valid(Path file, ScenarioFile scenario, List<String> warnings) implements FolderScenario {
        public Valid {
            warnings = List.copyOf(warnings);
        }
    }

    /** A file that cannot be played, with every problem found in it (JSON path first). */
    record Invalid(Path file, List<Problem> problems) implements FolderScenario {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
