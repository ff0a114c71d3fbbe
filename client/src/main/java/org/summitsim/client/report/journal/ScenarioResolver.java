package org.summitsim.client.report.journal;

import java.nio.file.Path;
import org.summitsim.client.report.ReportException;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioReader;

/**
 * Finds the scenario a journal names: a shipped one by id, or the file the user passed for a
 * room that played its own scenario. Reports need the scenario for names, texts and history,
 * which the journal does not repeat.
 */
public final class ScenarioResolver {

    private final Path file;
    private Scenario fromFile;

    /** {@code file} may be null: then only shipped scenarios are known. */
    public ScenarioResolver(Path file) {
        this.file = file;
    }

    public Scenario resolve(String id) {
        if (file != null) {
            if (fromFile == null) {
                fromFile = read(file);
            }
            if (!fromFile.id().equals(id)) {
                throw new ReportException("The journal was played with scenario \"" + id + "\" but " + file
                        + " is scenario \"" + fromFile.id() + "\"; pass the scenario the room played.");
            }
            return fromFile;
        }
        if (!ScenarioCatalog.isShipped(id)) {
            throw new ReportException("The journal was played with scenario \"" + id
                    + "\", which is not shipped with Summit; pass its file with --scenario FILE.");
        }
        return ScenarioReader.shipped(id);
    }

    private static Scenario read(Path file) {
        try {
            return ScenarioReader.read(file);
        } catch (ScenarioException e) {
            throw new ReportException("The scenario file " + file + " has problems: " + e.getMessage(), e);
        }
    }
}
