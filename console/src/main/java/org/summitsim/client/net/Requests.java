package org.summitsim.client.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Stage;

/** Builds the client → server messages of docs/PROTOCOL.md; the link adds the request id. */
public final class Requests {

    public static final int PROTOCOL = 1;

    private Requests() {}

    private static ObjectNode of(String type) {
        return Json.mapper().createObjectNode().put("type", type);
    }

    public static ObjectNode hello(String client, String name) {
        ObjectNode n = of("hello").put("protocol", PROTOCOL).put("client", client);
        return name == null ? n : n.put("name", name);
    }

    public static ObjectNode ping() {
        return of("ping");
    }

    public static ObjectNode join(String code, String seat, String name, String role, long lastSeq) {
        ObjectNode n = of("join").put("code", code).put("role", role).put("lastSeq", lastSeq);
        if (seat != null) {
            n.put("seat", seat);
        }
        return name == null ? n : n.put("name", name);
    }

    public static ObjectNode resume(String token, String name, long lastSeq) {
        ObjectNode n = of("resume").put("token", token).put("lastSeq", lastSeq);
        return name == null ? n : n.put("name", name);
    }

    /** A game command, stamped with the stage the player saw, so it cannot land in a later phase. */
    public static ObjectNode command(Stage stage, Command command) {
        ObjectNode n = of("command").put("stage", stage.toString());
        n.set("command", Json.mapper().valueToTree(command));
        return n;
    }

    public static ObjectNode getView() {
        return of("get_view");
    }

    public static ObjectNode getClock() {
        return of("get_clock");
    }

    public static ObjectNode getMonitor() {
        return of("get_monitor");
    }

    public static ObjectNode getPresence() {
        return of("get_presence");
    }

    public static ObjectNode listScenarios() {
        return of("list_scenarios");
    }

    public static ObjectNode fillBots(List<String> seats, String strategy) {
        ObjectNode n = of("fill_bots");
        if (seats != null && !seats.isEmpty()) {
            n.set("seats", Json.mapper().valueToTree(seats));
        }
        return strategy == null ? n : n.put("strategy", strategy);
    }

    public static ObjectNode removeBot(String seat) {
        return of("remove_bot").put("seat", seat);
    }

    public static ObjectNode movePlayer(String player, String seat) {
        ObjectNode n = of("move_player").put("player", player);
        return seat == null ? n.putNull("seat") : n.put("seat", seat);
    }

    public static ObjectNode kick(String player, String reason) {
        return of("kick").put("player", player).put("reason", reason);
    }

    public static ObjectNode leave() {
        return of("leave");
    }

    /** Whether {@code reply} is an error reply. */
    public static boolean isError(JsonNode reply) {
        return "error".equals(reply.path("type").asText());
    }
}
