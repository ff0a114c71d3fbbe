package org.summitsim.server.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.headless.ParCalibration;
import org.summitsim.core.scenario.Problem;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioFile;

/**
 * A folder of scenario files that teachers edit while the server runs. {@link #scan()} looks at
 * the folder again and re-reads only the files whose size or modification time changed, so it is
 * cheap enough to call on every request: a saved file is playable at once, without a restart.
 * Every file read is validated; its problems are logged, each with the file and JSON path.
 */
final class ScenarioFolder {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioFolder.class);

    /** What identifies a version of a file without reading it. */
    private record Stamp(long size, long modified) {}

    private record Cached(Stamp stamp, FolderScenario read) {}

    private final Path dir;
    private final boolean logProblems;
    private final Map<Path, Cached> cache = new HashMap<>();

    ScenarioFolder(Path dir, boolean logProblems) {
        this.dir = dir;
        this.logProblems = logProblems;
    }

    Path dir() {
        return dir;
    }

    /** The folder's scenario files as they are now, in file-name order; none when the folder does not exist. */
    synchronized List<FolderScenario> scan() {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir, "*.json")) {
                listing.forEach(files::add);
            } catch (IOException e) {
                LOG.warn("The scenario folder {} could not be listed: {}", dir, e.getMessage());
            }
        }
        files.sort(null);
        cache.keySet().retainAll(files);
        List<FolderScenario> out = new ArrayList<>(files.size());
        for (Path file : files) {
            Stamp stamp = stamp(file);
            Cached cached = cache.get(file);
            if (cached == null || !Objects.equals(cached.stamp(), stamp)) {
                cached = new Cached(stamp, read(file));
                cache.put(file, cached);
            }
            out.add(cached.read());
        }
        return out;
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    private FolderScenario read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ScenarioFile scenario = ScenarioFile.parse(text, file.toString());
            LOG.info("Scenario \"{}\" read from {}", scenario.id(), file);
            // A few seeded matches, once per version of the file: its scores out of 100 are off otherwise.
            String stale = ParCalibration.staleWarning(scenario.scenario(), file.toString());
            if (stale != null && logProblems) {
                LOG.warn("The scenario file {}: {}", file, stale);
            }
            return new FolderScenario.Valid(file, scenario, stale == null ? List.of() : List.of(stale));
        } catch (ScenarioException e) {
            if (logProblems) {
                StringBuilder lines = new StringBuilder();
                e.problems()
                        .forEach(p -> lines.append("\n  ")
                                .append(file.getFileName())
                                .append(": ")
                                .append(p));
                LOG.warn("The scenario file {} cannot be played until it is fixed:{}", file, lines);
            }
            return new FolderScenario.Invalid(file, e.problems());
        } catch (IOException | RuntimeException e) {
            if (logProblems) {
                LOG.warn("The scenario file {} could not be read: {}", file, e.getMessage());
            }
            return new FolderScenario.Invalid(
                    file, List.of(new Problem("", "the file could not be read: " + e.getMessage())));
        }
    }
}
