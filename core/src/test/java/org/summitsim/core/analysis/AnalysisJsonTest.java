package org.summitsim.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.json.Json;

/** The JSON of an analysis has exactly the fields docs/BOTS.md documents. */
class AnalysisJsonTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|", Pattern.MULTILINE);

    /** Field paths of the report's records: lists of records as {@code []}, intervals and distributions as leaves. */
    static Set<String> paths(Class<?> type, String prefix) {
        Set<String> out = new LinkedHashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String path = prefix + c.getName();
            Class<?> element = listElement(c.getGenericType());
            if (c.getType().isRecord() && !leaf(c.getType())) {
                out.addAll(paths(c.getType(), path + "."));
            } else if (element != null && element.isRecord()) {
                out.addAll(paths(element, path + "[]."));
            } else {
                out.add(path);
            }
        }
        return out;
    }

    private static boolean leaf(Class<?> type) {
        return type == AnalysisReport.Interval.class || type == AnalysisReport.Distribution.class;
    }

    private static Class<?> listElement(Type type) {
        if (type instanceof ParameterizedType p
                && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    static List<String> documented() throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "BOTS.md"));
        int start = guide.indexOf("### The JSON");
        int end = guide.indexOf("\n## ", start);
        List<String> out = new ArrayList<>();
        Matcher m = ROW.matcher(guide.substring(start, end));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theGuideDocumentsEveryFieldOnce() throws Exception {
        List<String> documented = documented();
        assertThat(documented).doesNotHaveDuplicates();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(paths(AnalysisReport.class, ""));
    }

    @Test
    void theJsonHasEveryDocumentedField() throws Exception {
        AnalysisReport r = new Analysis(TestScenarios.test4x3(), List.of("utility", "silent")).run(4, 2, 2, d -> {});
        JsonNode tree = Json.mapper().readTree(Json.write(r));
        for (String path : documented()) {
            if (path.equals("field.distinctTextsIn500")) {
                assertThat(at(tree, path)).as(path + " below 500 matches").isNull();
                continue;
            }
            assertThat(at(tree, path)).as(path).isNotNull();
        }
        for (String interval : List.of("n", "mean", "se", "low", "high")) {
            assertThat(tree.path("blocking").path("shownChange").get(interval))
                    .as(interval)
                    .isNotNull();
        }
        for (String distribution : List.of("mean", "p10", "p90")) {
            assertThat(tree.path("field").path("signatories").get(distribution))
                    .as(distribution)
                    .isNotNull();
        }
    }

    /** The node at a documented path, following the first element of each list; null when absent. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            boolean list = part.endsWith("[]");
            node = node.get(list ? part.substring(0, part.length() - 2) : part);
            if (node == null || node.isNull()) {
                return null;
            }
            if (list) {
                assertThat(node.isArray() && node.size() > 0).as(path).isTrue();
                node = node.get(0);
            }
        }
        return node;
    }
}
