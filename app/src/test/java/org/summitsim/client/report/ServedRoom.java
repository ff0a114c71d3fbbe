package org.summitsim.client.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.summitsim.client.cli.ServeCommand;
import org.summitsim.core.json.Json;
import org.summitsim.server.SummitServer;
import picocli.CommandLine;

/**
 * The server as {@code summit serve} assembles it (its report maker too), with one room of
 * classroom-mini that bots played and the facilitator ended, and the facilitator's connection
 * to ask for the report's link, as the teacher's page does.
 */
final class ServedRoom implements AutoCloseable {

    static final String SCENARIO = "classroom-mini";

    final Path data;
    final SummitServer server;
    final String room;
    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    private int ids;

    private ServedRoom(Path data, SummitServer server, String room, Socket socket) throws IOException {
        this.data = data;
        this.server = server;
        this.room = room;
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = socket.getOutputStream();
    }

    static ServedRoom played(Path data) throws IOException {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--port", "0", "--data", data.toString(), "--fsync", "never");
        SummitServer server = new SummitServer(serve.config()).start();
        SummitServer.Created created = server.createRoom(SCENARIO, "{\"label\":\"Period 3\",\"seed\":7}");
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(20_000);
        ServedRoom r = new ServedRoom(data, server, created.room(), socket);
        r.expect(r.ask(msg("hello").put("protocol", 1).put("client", "test")), "hello_ok");
        r.expect(r.ask(msg("resume").put("token", created.facilitatorToken())), "welcome");
        r.expect(r.ask(msg("fill_bots")), "ack");
        r.expect(r.ask(command("LOBBY", "start")), "ack");
        r.expect(r.ask(command("BRIEFING", "advance")), "ack");
        r.expect(r.ask(command("OPENING", "end")), "ack");
        return r;
    }

    /** A fresh one-time link to the room's report, as an address. */
    String link() throws IOException {
        return link("html");
    }

    /** A fresh one-time link to the room's debrief page ("html") or grade sheet ("csv"). */
    String link(String format) throws IOException {
        JsonNode report = ask(msg("get_report").put("format", format));
        expect(report, "report");
        return "http://127.0.0.1:" + server.port() + report.path("url").asText();
    }

    /** Puts bots of {@code strategy} on the free seats, as a teacher's client may ask; the server's answer. */
    JsonNode fillBots(String strategy) throws IOException {
        return ask(msg("fill_bots").put("strategy", strategy));
    }

    private static ObjectNode msg(String type) {
        return Json.mapper().createObjectNode().put("type", type);
    }

    private static ObjectNode command(String stage, String type) {
        ObjectNode m = msg("command").put("stage", stage);
        m.putObject("command").put("type", type);
        return m;
    }

    /** Sends a request and reads until its reply, past the events and clocks on the way. */
    private JsonNode ask(ObjectNode request) throws IOException {
        String id = "q" + ++ids;
        request.put("id", id);
        out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            JsonNode n = Json.mapper().readTree(line);
            if (id.equals(n.path("id").asText(null)) && !n.path("type").asText().equals("event")) {
                return n;
            }
        }
        throw new IOException("the server closed the connection before answering " + request);
    }

    private static void expect(JsonNode reply, String type) {
        if (!reply.path("type").asText().equals(type)) {
            throw new AssertionError("expected " + type + " but got " + reply);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        server.close();
    }
}
