package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCatalogTest {

    /** Surefire runs in the core module, so the shipped scenarios are one level up. */
    static final Path SCENARIOS = Path.of("../scenarios");

    @Test
    void catalogListsExactlyTheFilesInTheScenariosFolder() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            assertThat(files.map(f -> f.getFileName().toString())
                            .filter(n -> n.endsWith(".json"))
                            .map(n -> n.substring(0, n.length() - ".json".length())))
                    .containsExactlyInAnyOrderElementsOf(ScenarioCatalog.ids());
        }
    }

    @Test
    void everyShippedIdLoadsFromTheClassPathUnderItsOwnId() {
        for (String id : ScenarioCatalog.ids()) {
            assertThat(ScenarioCatalog.load(id).id()).isEqualTo(id);
        }
    }

    @Test
    void resolveTakesAShippedIdOrAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("copy.json");
        Files.copy(SCENARIOS.resolve("classroom-mini.json"), file);

        assertThat(ScenarioCatalog.resolve("hague-2023").id()).isEqualTo("hague-2023");
        assertThat(ScenarioCatalog.resolve(file.toString()).id()).isEqualTo("classroom-mini");
    }

    @Test
    void resolveExplainsANameThatIsNeither() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioCatalog.resolve("hague"));

        assertThat(e.problems())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .startsWith(
                        "there is no file \"hague\" and no shipped scenario of that name; the shipped scenarios are: ");
    }
}
