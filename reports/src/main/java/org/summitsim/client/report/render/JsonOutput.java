package org.summitsim.client.report.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import org.summitsim.core.json.Json;

/** Reports as indented JSON, through the project's one JSON configuration. */
public final class JsonOutput {

    private JsonOutput() {}

    public static String render(Object report) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
