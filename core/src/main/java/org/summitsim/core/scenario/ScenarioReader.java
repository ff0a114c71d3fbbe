package org.summitsim.core.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.summitsim.core.json.Json;

/**
 * Reads scenario files strictly, in three steps, so that a teacher sees every problem in one go:
 * the JSON syntax (with line and column), then the shape of the whole tree (unknown, missing and
 * wrongly typed fields, see {@link StructureCheck}), then, after binding, the meaning
 * ({@link ScenarioValidator}). Every method returns only valid scenarios and otherwise throws a
 * {@link ScenarioException} listing all the problems of the first step that found any.
 */
public final class ScenarioReader {

    /** Tree reading only: duplicate keys and trailing content are mistakes in a hand-written file. */
    private static final ObjectMapper TREE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ScenarioReader() {}

    /** Reads and validates a scenario file. */
    public static Scenario read(Path file) {
        return parse(text(file), file.toString());
    }

    /** A scenario file's text, or the problem that kept it from being read. */
    private static String text(Path file) {
        String source = file.toString();
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(
                    source, List.of(new Problem("", "there is no file at " + file.toAbsolutePath())));
        } catch (IOException e) {
            throw new ScenarioException(
                    source, List.of(new Problem("", "the file could not be read: " + e.getMessage())));
        }
    }

    /** Reads and validates a scenario given as JSON text. */
    public static Scenario parse(String json) {
        return parse(json, "scenario");
    }

    /** Reads and validates a shipped scenario by id, e.g. {@code "hague-2023"}; see {@link ScenarioCatalog}. */
    public static Scenario shipped(String id) {
        return parse(shippedText(id), "shipped scenario " + id);
    }

    /** The text of a shipped scenario, as it is in the jar. */
    static String shippedText(String id) {
        String resource = ScenarioCatalog.resource(id);
        try (InputStream in = ScenarioReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioException(
                        id,
                        List.of(new Problem(
                                "",
                                "there is no shipped scenario \"" + id + "\"; the shipped scenarios are: "
                                        + String.join(", ", ScenarioCatalog.ids()))));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(
                    id, List.of(new Problem("", "the shipped scenario could not be read: " + e.getMessage())));
        }
    }

    /** Reads and validates JSON text; {@code source} names it in the exception (a file name, say). */
    public static Scenario parse(String json, String source) {
        return parse(tree(json, source), source);
    }

    /**
     * As {@link #read}, leaving out the file's par table: what making the table again starts from.
     * A table that no longer fits (a delegation added or renamed) is what calibrating replaces, so
     * it must not stop the calibration.
     */
    public static Scenario readWithoutPar(Path file) {
        String source = file.toString();
        JsonNode tree = tree(text(file), source);
        if (tree instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.remove("par");
        }
        return parse(tree, source);
    }

    private static Scenario parse(JsonNode tree, String source) {
        List<Problem> problems = StructureCheck.check(tree);
        if (!problems.isEmpty()) {
            throw new ScenarioException(source, problems);
        }
        Scenario scenario;
        try {
            scenario = Json.mapper().treeToValue(tree, Scenario.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // The structure check should make this unreachable; report rather than crash if not.
            throw new ScenarioException(
                    source, List.of(new Problem("", "the scenario could not be read: " + e.getMessage())));
        }
        problems = ScenarioValidator.validate(scenario);
        if (!problems.isEmpty()) {
            throw new ScenarioException(source, problems);
        }
        return scenario;
    }

    private static JsonNode tree(String json, String source) {
        if (json.isBlank()) {
            throw new ScenarioException(
                    source, List.of(new Problem("", "the file is empty; a scenario is one JSON object { ... }")));
        }
        try {
            JsonNode tree = TREE.readTree(json);
            if (!tree.isObject()) {
                throw new ScenarioException(
                        source,
                        List.of(new Problem(
                                "",
                                "a scenario is one JSON object { ... }, but the file holds "
                                        + StructureCheck.describe(tree))));
            }
            return tree;
        } catch (JacksonException e) {
            throw new ScenarioException(source, List.of(SyntaxProblem.of(e, json)));
        }
    }
}
