package org.summitsim.core.headless;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;

/**
 * A par table tells when it was made for other numbers: a scenario author who changes a weight
 * after calibrating is told to make the table again, and a table that still fits is left alone.
 */
class StaleParTest {

    private static String shipped(String id) throws IOException {
        try (InputStream in = StaleParTest.class.getResourceAsStream("/scenarios/" + id + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aTableStillFitsItsNumbersUntilOneChanges() throws IOException {
        String text = shipped("classroom-mini");
        Scenario asShipped = ScenarioReader.parse(text);
        Scenario changed = ScenarioReader.parse(text.replace("\"breadth\": 4", "\"breadth\": 9"));
        Scenario reworded = ScenarioReader.parse(text.replace("First lesson", "A first lesson"));

        assertThat(asShipped.par().probe())
                .as("the shipped table has its fingerprint")
                .hasSize(16);
        assertThat(ParCalibration.stale(asShipped)).isFalse();
        assertThat(ParCalibration.stale(reworded)).as("words are not numbers").isFalse();
        assertThat(ParCalibration.stale(changed)).isTrue();
        assertThat(ParCalibration.staleWarning(changed, "my-summit.json"))
                .startsWith("the par table was made for other numbers")
                .contains("summit analyze --scenario my-summit.json --strategies ")
                .endsWith("--matches 400 --seed 1 --calibrate");
        assertThat(text).contains("\"breadth\": 4", "First lesson");
    }

    @Test
    void aTableWithoutAFingerprintIsNotJudged() throws IOException {
        String text = shipped("classroom-mini").replaceAll("\\n    \"probe\": \"[0-9a-f]+\",", "");
        Scenario old = ScenarioReader.parse(text.replace("\"breadth\": 4", "\"breadth\": 9"));

        assertThat(old.par().probe()).isNull();
        assertThat(ParCalibration.stale(old)).isFalse();
    }
}
