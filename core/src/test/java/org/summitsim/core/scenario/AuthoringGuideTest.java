package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.summitsim.core.lint.Calibration;
import org.summitsim.core.lint.ScenarioLinter;

/** The worked example in docs/SCENARIOS.md is a real scenario and does what the guide says. */
class AuthoringGuideTest {

    static Scenario workedExample() throws IOException {
        String guide = Files.readString(Path.of("../docs/SCENARIOS.md"));
        String section = guide.substring(guide.indexOf("## Worked example"));
        int start = section.indexOf("```json\n") + "```json\n".length();
        return ScenarioReader.parse(section.substring(start, section.indexOf("\n```", start)), "worked example");
    }

    @Test
    void workedExampleValidatesAndLintsWithTheOneWarningTheGuideShows() throws IOException {
        Scenario example = workedExample();

        assertThat(ScenarioLinter.lint(example))
                .map(Problem::toString)
                .containsExactly(
                        "delegations[0].preferences.clauses: the draft already reads the best option of every clause for"
                                + " alpha, so it has nothing to negotiate for");
    }

    @Test
    void workedExampleOutcomeIsTheOneTheGuideDescribes() throws IOException {
        Calibration c = Calibration.of(workedExample());

        assertThat(c.signatories()).isEqualTo(7);
        assertThat(c.tally().bindingCount()).isEqualTo(3);
        assertThat(c.tally().bindingReached()).isTrue();
    }
}
