package org.summitsim.client.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.server.SummitServer;
import org.summitsim.server.journal.ScenarioCopy;
import org.summitsim.server.room.BotFactory;
import org.summitsim.server.scenario.ScenarioLibrary;

/**
 * The server behind `summit demo`: in this process, on a free local port, with one room whose
 * phases are short enough to play a whole summit in a quarter of an hour (at the normal pace).
 * The server journals to a temporary directory of its own, so a later demo never resumes this
 * one's room; when the demo ends, its journal is moved into the demos folder, where
 * `summit report` can debrief it.
 */
public final class DemoRoom implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRoom.class);

    private final Path data;
    private final Path keep;
    private final SummitServer server;
    private final SummitServer.Created room;
    private Path kept;

    private DemoRoom(Path data, Path keep, SummitServer server, SummitServer.Created room) {
        this.data = data;
        this.keep = keep;
        this.server = server;
        this.room = room;
    }

    /** Where demos keep their journals unless told otherwise: {@code ~/.summit/demos}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".summit", "demos");
    }

    /**
     * A demo of {@code scenario} (a file of the user's as well as a shipped one) at {@code pace},
     * whose journal is kept in {@code keep} when it ends.
     */
    public static DemoRoom start(ScenarioFile scenario, DemoPace pace, Path keep) throws IOException {
        Path data = Files.createTempDirectory("summit-demo-");
        SummitServer.Config config = SummitServer.Config.defaults().toBuilder()
                .host("127.0.0.1").port(0).dataDir(data).fsync(false).ioThreads(2).journalThreads(1).build();
        ScenarioLibrary library = new ScenarioLibrary();
        library.add(scenario);
        SummitServer server = new SummitServer(config, library, BotFactory.builtIn(config.botThinkMs()));
        try {
            server.start();
            SummitServer.Created room = server.createRoom(scenario.id(), pace.roomOptions());
            return new DemoRoom(data, keep, server, room);
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

    public String roomId() {
        return room.room();
    }

    /** The kept journal, once {@link #close} moved it; null before, or if it could not be kept. */
    public Path keptJournal() {
        return kept;
    }

    @Override
    public void close() {
        server.close();
        kept = keepJournal();
        delete(data);
    }

    /** Moves the room's journal (and its scenario copy, for a scenario file) into the demos folder. */
    private Path keepJournal() {
        Path journal = data.resolve("rooms").resolve(room.room() + ".jsonl");
        if (!Files.isRegularFile(journal)) {
            return null;
        }
        try {
            Files.createDirectories(keep);
            Path target = keep.resolve(journal.getFileName());
            Files.move(journal, target, StandardCopyOption.REPLACE_EXISTING);
            Path copy = ScenarioCopy.beside(journal);
            if (Files.isRegularFile(copy)) {
                Files.move(copy, ScenarioCopy.beside(target), StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            LOG.warn("Could not keep the demo's journal in {}: {}", keep, e.getMessage());
            return null;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary directory is harmless; the OS cleans it eventually.
        }
    }
}
