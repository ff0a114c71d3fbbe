package org.summitsim.client.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A class's rooms as created, with the rules they play by (every world has the same) and what
 * makes the scenario play worse than its author meant ({@code warnings}, in words).
 */
public record ClassCreated(String scenario, String title, JsonNode rules, List<World> worlds, List<String> warnings) {

    public ClassCreated {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
