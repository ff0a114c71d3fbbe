package org.summitsim.client.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.summitsim.client.net.ClientTls;
import org.summitsim.client.net.ProtocolClient;
import org.summitsim.client.net.Requests;
import org.summitsim.core.headless.ParCalibration;
import org.summitsim.core.json.Json;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioReader;

/**
 * The teacher's connection to a server for the class tools: creating a class's rooms and
 * reading a room's monitor. Every refusal becomes a {@link ClassroomException} carrying the
 * server's own sentence.
 */
public final class ClassServer implements AutoCloseable {

    private static final ProtocolClient.Handler IGNORE = new ProtocolClient.Handler() {
        @Override
        public void message(JsonNode message, String raw) {
            // Only replies matter here; events and presence are for the console.
        }

        @Override
        public void closed(String reason) {}
    };

    /** Characters per part of an upload: far inside a frame even if every one needs escaping. */
    private static final int UPLOAD_PART_CHARS = 8_000;

    private final String address;
    private final ProtocolClient client;

    private ClassServer(String address, ProtocolClient client) {
        this.address = address;
        this.client = client;
    }

    public static ClassServer connect(String host, int port, String name) {
        return connect(host, port, ClientTls.OFF, name);
    }

    public static ClassServer connect(String host, int port, ClientTls tls, String name) {
        String address = host + ":" + port;
        try {
            return new ClassServer(address, ProtocolClient.connect(host, port, tls, "summit-class", name, IGNORE));
        } catch (IOException e) {
            throw new ClassroomException(
                    "Cannot reach the Summit server at " + address + " (" + e.getMessage()
                            + "). Check that `summit serve` runs there and that the address is right.",
                    e);
        }
    }

    /** The server's {@code scenarios} reply: what it offers, and the folder files it cannot play. */
    public JsonNode scenarios() {
        return call(of("list_scenarios"));
    }

    /** A scenario the server offers, or an error naming those it has. */
    public JsonNode scenario(String id) {
        JsonNode reply = scenarios();
        List<String> ids = new ArrayList<>();
        for (JsonNode s : reply.path("scenarios")) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
            ids.add(s.path("id").asText());
        }
        throw new ClassroomException(
                "The server has no scenario \"" + id + "\". Scenarios: " + String.join(", ", ids) + ".");
    }

    /**
     * Sends a scenario file to the server, which validates it and offers it to this connection
     * only; returns its summary as {@code list_scenarios} would show it. The text goes in parts,
     * since a scenario can be longer than a frame.
     */
    public JsonNode upload(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClassroomException("The scenario file " + file + " could not be read: " + e.getMessage(), e);
        }
        JsonNode reply = null;
        int at = 0;
        do {
            int end = Math.min(text.length(), at + UPLOAD_PART_CHARS);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never split a character in two
            }
            boolean more = end < text.length();
            try {
                reply = call(of("upload_scenario")
                        .put("text", text.substring(at, end))
                        .put("more", more));
            } catch (ClassroomException e) {
                throw new ClassroomException(file + ": " + e.getMessage(), e);
            }
            at = end;
        } while (at < text.length());
        return reply.path("scenario");
    }

    /** Creates the class's rooms one after another on this connection, leaving each after it is made. */
    /**
     * @param extras room options added to each room's (checked by the server, which names a bad one)
     * @param key    the server's facilitator key, or null when it requires none
     */
    public ClassCreated createWorlds(ClassSetup setup, ObjectNode extras, String key) {
        JsonNode offered = setup.scenarioFile() != null ? upload(setup.scenarioFile()) : scenario(setup.scenario());
        String id = offered.path("id").asText();
        String title = offered.path("title").asText(null);
        List<World> worlds = new ArrayList<>();
        JsonNode rules = null;
        for (int n = 1; n <= setup.worlds(); n++) {
            ObjectNode create = of("create_room").put("scenario", id);
            create.set("options", setup.options(n, title).setAll(extras));
            if (key != null) {
                create.put("key", key);
            }
            JsonNode welcome = call(create);
            rules = welcome.path("rules");
            worlds.add(new World(
                    n,
                    welcome.path("room").asText(),
                    welcome.path("code").asText(),
                    welcome.path("token").asText(),
                    welcome.path("label").asText(),
                    welcome.path("reportCommand").asText(null)));
            call(Requests.leave());
        }
        List<String> warnings = new ArrayList<>();
        offered.path("warnings").forEach(w -> warnings.add(w.asText()));
        if (setup.scenarioFile() != null) {
            // Checked here, where the file is read, not on the server's event loop: a few seeded matches.
            try {
                String stale = ParCalibration.staleWarning(
                        ScenarioReader.read(setup.scenarioFile()),
                        setup.scenarioFile().toString());
                if (stale != null) {
                    warnings.add(stale);
                }
            } catch (ScenarioException e) {
                // The server took the file: what it read is what plays, and it raised no problem.
            }
        }
        return new ClassCreated(id, title, rules, worlds, warnings);
    }

    /** Takes the facilitator role of a room with its token; returns the welcome. */
    public JsonNode enterAsFacilitator(String token) {
        JsonNode welcome = call(of("resume").put("token", token));
        if (!"facilitator".equals(welcome.path("role").asText())) {
            throw new ClassroomException("That is a seat token, not a facilitator token; use the token that"
                    + " `summit class create` printed for the teacher.");
        }
        return welcome;
    }

    /** The room's monitor; the connection must hold the facilitator role. */
    public JsonNode monitor() {
        return call(of("get_monitor"));
    }

    public boolean isOpen() {
        return client.isOpen();
    }

    private JsonNode call(ObjectNode request) {
        JsonNode reply;
        try {
            reply = client.call(request, ProtocolClient.REPLY_TIMEOUT_MS);
        } catch (IOException e) {
            throw new ClassroomException("The connection to " + address + " failed: " + e.getMessage(), e);
        }
        if (Requests.isError(reply)) {
            throw new ClassroomException(refusal(request.path("type").asText(), reply));
        }
        return reply;
    }

    private static String refusal(String type, JsonNode error) {
        String code = error.path("code").asText();
        String message = error.path("message").asText("The server refused.");
        return switch (code) {
            case "bad_option" -> "The server refused the room options: " + message;
            case "bad_scenario" -> message;
            case "uploads_off" ->
                message + " Until then, give a scenario id that `summit scenario list --server" + " HOST:PORT` shows.";
            case "forbidden" ->
                type.equals("resume")
                        ? "The server does not know that token. Copy the facilitator token again from the output of"
                                + " `summit class create`."
                        : "Only the room's facilitator can do that: " + message;
            default -> message + " (" + code + ")";
        };
    }

    private static ObjectNode of(String type) {
        return Json.mapper().createObjectNode().put("type", type);
    }

    @Override
    public void close() {
        client.close();
    }
}
