package org.summitsim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Stage;

/** Stages as clients write them: "ROUND 1", "round-1", or the core's {"phase":"ROUND","round":1}. */
public final class StageText {

    private StageText() {}

    public static String format(Stage stage) {
        return stage.toString();
    }

    public static Stage parse(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new ProtocolError(
                    "missing_stage",
                    "The field \"stage\" is missing: say which phase the command is meant for, e.g. \"ROUND 1\".");
        }
        try {
            if (node.isTextual()) {
                return Stage.parse(node.asText());
            }
            if (node.isObject()) {
                Stage stage = Json.mapper().treeToValue(node, Stage.class);
                if (stage.phase() != null) {
                    return stage;
                }
            }
        } catch (Exception e) {
            // Falls through to the one message below.
        }
        throw new ProtocolError(
                ErrorCodes.BAD_FIELD,
                "The field \"stage\" should name a phase, such as \"BRIEFING\","
                        + " \"OPENING\", \"ROUND 2\" or \"FINAL\".");
    }
}
