package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {

    private static String test4x3() throws IOException {
        try (InputStream in = ScenarioReaderTest.class.getResourceAsStream("/scenarios/test-4x3.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ScenarioException failure(String json) {
        return catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.parse(json));
    }

    @Test
    void readsAValidScenarioIntoRecordsWithDefaults() throws IOException {
        Scenario s = ScenarioReader.parse(test4x3());

        assertThat(s.id()).isEqualTo("test-4x3");
        assertThat(s.clause("control").orElseThrow().draft()).isEqualTo("appropriate");
        assertThat(s.playable()).extracting(Delegation::id).containsExactly("north", "south", "east", "west");
        assertThat(s.delegation("east").orElseThrow().preferences().cost("forum", "treaty"))
                .isEqualTo(5);
        assertThat(s.backgroundStates().get(1).rule().follows()).isEqualTo("north");
        assertThat(s.backgroundStates().get(2).count()).isEqualTo(1);
        assertThat(s.backgroundStates().get(2).attended()).isFalse();
        assertThat(s.defaultDecision()).isEqualTo(Decision.ABSTAIN);
    }

    @Test
    void readsAFileAndNamesTheFileInTheError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-summit.json");
        Files.writeString(file, test4x3().replace("\"breadth\": 10", "\"breadth\": 99"));

        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(file));

        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.getMessage())
                .startsWith(file + ": 1 problem\n")
                .contains("delegations[0].preferences.breadth: breadth must be between 0 and 20, but is 99");
    }

    @Test
    void aMissingFileIsAProblemNotACrash(@TempDir Path dir) {
        ScenarioException e =
                catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(dir.resolve("nope.json")));

        assertThat(e.problems())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .startsWith("there is no file at ");
    }

    @Test
    void structuralProblemsAreReportedBeforeMeaning() throws IOException {
        // An unknown field and an out-of-range weight: the shape is fixed first, then the meaning.
        String json = test4x3()
                .replace("\"summary\":", "\"colour\": \"blue\", \"summary\":")
                .replace("\"breadth\": 10", "\"breadth\": 99");

        assertThat(failure(json).problems())
                .map(Problem::toString)
                .containsExactly(
                        "colour: unknown field; the fields allowed here are: id, title, summary, setting, briefing, chair,"
                                + " timing, timingPresets, adoption, binding, defaultDecision, clauses, blocs, delegations,"
                                + " backgroundStates, injects, debrief, notes, sources, finalAdoption, par");
    }

    @Test
    void truncatedJsonSaysABracketIsMissing() throws IOException {
        String json = test4x3().substring(0, 400);

        Problem p = failure(json).problems().get(0);

        assertThat(p.path()).matches("line \\d+, column \\d+");
        assertThat(p.message())
                .isEqualTo("the JSON is malformed: the file ends too early; a closing } or ] is probably missing");
    }

    @Test
    void unquotedTextIsPointedAt() {
        Problem p = failure("{\n  \"id\": test\n}").problems().get(0);

        assertThat(p)
                .isEqualTo(new Problem(
                        "line 2, column 9",
                        "the JSON is malformed: 'test' is not valid JSON here; text must be in double quotes"));
    }

    @Test
    void contentAfterTheScenarioIsRejected() throws IOException {
        Problem p = failure(test4x3() + "\n{}").problems().get(0);

        assertThat(p.message())
                .isEqualTo("the JSON is malformed: there is more after the end of the scenario object;" + " remove it");
    }

    @Test
    void emptyTextAndNullEntriesAreExplained() throws IOException {
        assertThat(failure("  \n").problems())
                .map(Problem::toString)
                .containsExactly("the file is empty; a scenario is one JSON object { ... }");
        assertThat(failure(test4x3().replace("\"chair\": [\"north\"]", "\"chair\": [\"north\", null]"))
                        .problems())
                .map(Problem::toString)
                .containsExactly("chair[1]: a list entry is null; remove it or give a value");
    }

    @Test
    void missingShippedIdListsTheShippedOnes() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.shipped("hague-2032"));

        assertThat(e.problems())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .isEqualTo("there is no shipped scenario \"hague-2032\"; the shipped scenarios are: "
                        + String.join(", ", ScenarioCatalog.ids()));
    }
}
