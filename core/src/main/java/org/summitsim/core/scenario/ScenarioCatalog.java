package org.summitsim.core.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The scenarios shipped inside the core jar (copied there from the {@code scenarios/} folder).
 * The ids are listed here rather than discovered, because a jar cannot list its own resources
 * portably; a test checks that this list and the folder agree.
 */
public final class ScenarioCatalog {

    /** Shipped ids in the order a menu shows them: the first lesson first. */
    private static final List<String> IDS = List.of("classroom-mini", "hague-2023", "seoul-2024");

    private ScenarioCatalog() {}

    public static List<String> ids() {
        return IDS;
    }

    public static boolean isShipped(String id) {
        return IDS.contains(id);
    }

    /** The class-path resource holding a shipped scenario. */
    public static String resource(String id) {
        return "/scenarios/" + id + ".json";
    }

    /** A shipped scenario by id, read and validated. */
    public static Scenario load(String id) {
        return ScenarioReader.shipped(id);
    }

    /**
     * What a command line means by a scenario argument: a file if one exists at that path,
     * otherwise a shipped id. So {@code hague-2023} and {@code ./my-summit.json} both work.
     */
    public static Scenario resolve(String idOrPath) {
        Path path = Path.of(idOrPath);
        if (Files.isRegularFile(path) || !isShipped(idOrPath)) {
            if (!Files.exists(path) && !idOrPath.endsWith(".json")) {
                throw new ScenarioException(
                        idOrPath,
                        List.of(new Problem(
                                "",
                                "there is no file \"" + idOrPath
                                        + "\" and no shipped scenario of that name; the shipped scenarios are: "
                                        + String.join(", ", IDS))));
            }
            return ScenarioReader.read(path);
        }
        return load(idOrPath);
    }
}
