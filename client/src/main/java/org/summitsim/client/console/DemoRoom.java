package org.summitsim.client.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.summitsim.client.net.Entry;
import org.summitsim.client.net.LinkState;
import org.summitsim.client.net.Requests;
import org.summitsim.client.net.RoomLink;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Stage;
import org.summitsim.server.protocol.ServerMessage;
import java.util.stream.Stream;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.server.SummitServer;
import org.summitsim.server.room.BotFactory;
import org.summitsim.server.scenario.ScenarioLibrary;

/**
 * The server behind `summit demo`: in this process, on a free local port, journaling to a
 * temporary directory that is removed afterwards, with one room whose phases are short enough
 * to play a whole summit in about a quarter of an hour.
 */
public final class DemoRoom implements AutoCloseable {

    /**
     * Seconds: briefing, opening, each of three rounds, the final decision — 15½ minutes in all.
     * The briefing leaves time to read a brief of some 400 words and the draft text.
     */
    public static final String TIMING =
            "{\"briefing\":240,\"opening\":60,\"round\":180,\"rounds\":3,\"decision\":90}";

    private final Path data;
    private final SummitServer server;
    private final SummitServer.Created room;

    private DemoRoom(Path data, SummitServer server, SummitServer.Created room) {
        this.data = data;
        this.server = server;
        this.room = room;
    }

    /** A demo of {@code scenario}, which may be a file of the user's as well as a shipped one. */
    public static DemoRoom start(ScenarioFile scenario) throws IOException {
        Path data = Files.createTempDirectory("summit-demo-");
        SummitServer.Config config = SummitServer.Config.defaults().toBuilder()
                .host("127.0.0.1").port(0).dataDir(data).fsync(false).ioThreads(2).journalThreads(1).build();
        ScenarioLibrary library = new ScenarioLibrary();
        library.add(scenario);
        SummitServer server = new SummitServer(config, library, BotFactory.builtIn(config.botThinkMs()));
        try {
            server.start();
            // Absent seats get a bot after a short grace, so a demo never stalls on an empty seat.
            SummitServer.Created room = server.createRoom(scenario.id(), "{\"label\":\"Demo\",\"timing\":" + TIMING
                    + ",\"absent\":\"bot\",\"graceSeconds\":60}");
            return new DemoRoom(data, server, room);
        } catch (IOException | RuntimeException e) {
            server.close();
            delete(data);
            throw e;
        }
    }

    /**
     * Puts bots on {@code botSeats} and starts the summit, as the chair, without keeping the chair:
     * for a player who wants to play without the facilitator's powers.
     */
    public void startWithBots(List<String> botSeats) throws IOException {
        try (RoomLink chair = new RoomLink("127.0.0.1", port(), Launcher.CLIENT, "Chair", new RoomLink.Listener() {
            @Override
            public void message(ServerMessage message, String raw) {
            }

            @Override
            public void state(LinkState state) {
            }
        })) {
            chair.open(new Entry.Resume(facilitatorToken()));
            for (ObjectNode request : List.of(Requests.fillBots(botSeats, null),
                    Requests.command(Stage.LOBBY, new Command.Start()))) {
                JsonNode reply = chair.call(request);
                if (Requests.isError(reply)) {
                    throw new IOException(reply.path("message").asText());
                }
            }
        }
    }

    public int port() {
        return server.port();
    }

    public String code() {
        return room.code();
    }

    public String facilitatorToken() {
        return room.facilitatorToken();
    }

    @Override
    public void close() {
        server.close();
        delete(data);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary directory is harmless; the OS cleans it eventually.
        }
    }
}
