package org.summitsim.client.report.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.protocol.journal.ScenarioCopy;

/**
 * Finds the scenario a journal was played with. Reports need it for names, texts and history,
 * which the journal does not repeat. In order: the copy kept beside the journal, the file the
 * user passed, a shipped scenario. Whenever the journal holds the content hash of what was played,
 * the scenario found must have that hash: a report never silently uses a changed scenario.
 */
public final class ScenarioResolver {

    private final Path file;

    /** {@code file} may be null: then the copy beside the journal, or a shipped scenario, is used. */
    public ScenarioResolver(Path file) {
        this.file = file;
    }

    public Scenario resolve(Journal journal) {
        String id = journal.opened().scenario();
        String hash = journal.room().scenarioHash();
        Optional<ScenarioFile> copy = copy(journal.file());
        if (copy.isPresent()) {
            return checked(
                    copy.get(),
                    hash,
                    id,
                    "The copy of the scenario beside the journal, " + ScenarioCopy.beside(journal.file()) + ",",
                    "it was changed after the room was played");
        }
        if (file != null) {
            return checked(
                    read(file),
                    hash,
                    id,
                    file.toString(),
                    "it is not the version the room was played with"
                            + " (it has changed since); pass the file as it was then");
        }
        if (!ScenarioCatalog.isShipped(id)) {
            throw new ReportException("The journal was played with scenario \"" + id + "\", but no copy of it is"
                    + " beside the journal ("
                    + ScenarioCopy.beside(journal.file()).getFileName()
                    + ") and it is not shipped with Summit; pass its file with --scenario FILE.");
        }
        return checked(
                ScenarioFile.shipped(id),
                hash,
                id,
                "The shipped scenario \"" + id + "\"",
                "this version of Summit ships a different version of it; pass the file the room was played"
                        + " with with --scenario FILE");
    }

    private static Scenario checked(ScenarioFile found, String hash, String id, String what, String whyNot) {
        if (!found.id().equals(id)) {
            throw new ReportException("The journal was played with scenario \"" + id + "\" but " + what
                    + " is scenario \"" + found.id() + "\"; pass the scenario the room played.");
        }
        if (hash != null && !hash.equals(found.hash())) {
            throw new ReportException(what + " cannot be used for this report: " + whyNot + ".");
        }
        return found.scenario();
    }

    private static Optional<ScenarioFile> copy(Path journal) {
        Path beside = ScenarioCopy.beside(journal);
        return Files.isRegularFile(beside) ? Optional.of(read(beside)) : Optional.empty();
    }

    private static ScenarioFile read(Path file) {
        try {
            return ScenarioFile.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (ScenarioException e) {
            throw new ReportException("The scenario file " + file + " has problems: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ReportException("The scenario file " + file + " could not be read: " + e.getMessage(), e);
        }
    }
}
