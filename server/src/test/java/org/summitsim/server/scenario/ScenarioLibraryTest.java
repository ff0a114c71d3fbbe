package org.summitsim.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;

/** A scenario added in code is kept with a text that reads back as the same scenario, for its rooms' copies. */
class ScenarioLibraryTest {

    @Test
    void anAddedScenarioHasATextThatReadsBackTheSame() {
        for (String id : ScenarioCatalog.ids()) {
            Scenario s = ScenarioCatalog.load(id);
            ScenarioLibrary library = new ScenarioLibrary(getClass().getClassLoader(), List.of());
            library.add(s);
            assertThat(library.file(id).orElseThrow().scenario()).as(id).isEqualTo(s);
        }
    }
}
