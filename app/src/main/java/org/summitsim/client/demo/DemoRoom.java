package org.summitsim.client.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.client.console.Launcher;
import org.summitsim.client.net.Entry;
import org.summitsim.client.net.LinkState;
import org.summitsim.client.net.Requests;
import org.summitsim.client.net.RoomLink;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.journal.ScenarioCopy;
import org.summitsim.server.SummitServer;
import org.summitsim.server.room.BotFactory;
import org.summitsim.server.scenario.ScenarioLibrary;

/**
 * The server behind `summit demo`: in this process, on a free local port, with one room whose
 * phases are short enough to play a whole summit in a quarter of an hour (at the normal pace).
 * The server journals into a folder of its own inside the demos folder ({@code .playing-PID-…}),
 * so a later demo never resumes this one's room; when the demo ends, its journal is moved up
 * into the demos folder, where `summit report` can debrief it. A demo that was stopped without
 * ending (a closed terminal, a killed process) leaves its journal in that folder, every action
 * in it; the next demo moves it up too.
 */
public final class DemoRoom implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRoom.class);

    private final Path data;
    private final Path keep;
    private final SummitServer server;
    private final SummitServer.Created room;
    private Path kept;
    private final List<Path> recovered;
    private boolean closed;

    private DemoRoom(Path data, Path keep, SummitServer server, SummitServer.Created room, List<Path> recovered) {
        this.data = data;
        this.keep = keep;
        this.server = server;
        this.room = room;
        this.recovered = recovered;
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
        Files.createDirectories(keep);
        List<Path> recovered = recoverStopped(keep);
        Path data = Files.createTempDirectory(
                keep, PLAYING + ProcessHandle.current().pid() + "-");
        SummitServer.Config config = SummitServer.Config.defaults().toBuilder()
                .host("127.0.0.1")
                .port(0)
                .dataDir(data)
                .fsync(false)
                .ioThreads(2)
                .journalThreads(1)
                .build();
        ScenarioLibrary library = new ScenarioLibrary();
        library.add(scenario);
        SummitServer server = new SummitServer(config, library, BotFactory.builtIn(config.botThinkMs()));
        try {
            server.start();
            SummitServer.Created room = server.createRoom(
                    scenario.id(), pace.roomOptions(scenario.scenario().timing().rounds()));
            return new DemoRoom(data, keep, server, room, recovered);
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
            public void message(ServerMessage message, String raw) {}

            @Override
            public void state(LinkState state) {}
        })) {
            chair.open(new Entry.Resume(facilitatorToken()));
            for (ObjectNode request :
                    List.of(Requests.fillBots(botSeats, null), Requests.command(Stage.LOBBY, new Command.Start()))) {
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
        if (closed) {
            return;
        }
        closed = true;
        server.close();
        kept = keepJournal();
        delete(data);
    }

    /** Journals of earlier demos that were stopped without ending, now in the demos folder. */
    public List<Path> recovered() {
        return recovered;
    }

    /** Moves the room's journal (and its scenario copy, for a scenario file) into the demos folder. */
    private Path keepJournal() {
        try {
            return moveUp(data.resolve("rooms").resolve(room.room() + ".jsonl"), keep);
        } catch (IOException e) {
            LOG.warn("Could not keep the demo's journal in {}: {}", keep, e.getMessage());
            return null;
        }
    }

    /** Where a running demo journals: a folder named after its process, so a live demo's is left alone. */
    private static final String PLAYING = ".playing-";

    /** Moves the journals of demos whose process is gone into {@code keep}, and removes their folders. */
    private static List<Path> recoverStopped(Path keep) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(keep)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                String name = folder.getFileName().toString();
                if (!name.startsWith(PLAYING) || stillPlaying(name)) {
                    continue;
                }
                try (Stream<Path> journals = Files.list(folder.resolve("rooms"))) {
                    for (Path journal : journals.filter(p -> p.toString().endsWith(".jsonl"))
                            .toList()) {
                        out.add(moveUp(journal, keep));
                    }
                } catch (IOException e) {
                    LOG.debug("Nothing to recover in {}: {}", folder, e.getMessage());
                }
                delete(folder);
            }
        } catch (IOException e) {
            LOG.warn("Could not look for stopped demos in {}: {}", keep, e.getMessage());
        }
        return out;
    }

    private static boolean stillPlaying(String folder) {
        try {
            long pid = Long.parseLong(folder.substring(PLAYING.length(), folder.indexOf('-', PLAYING.length())));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (RuntimeException e) {
            return true; // not a name this class wrote: leave it
        }
    }

    private static Path moveUp(Path journal, Path keep) throws IOException {
        if (!Files.isRegularFile(journal)) {
            return null;
        }
        Path target = keep.resolve(journal.getFileName());
        Files.move(journal, target, StandardCopyOption.REPLACE_EXISTING);
        Path copy = ScenarioCopy.beside(journal);
        if (Files.isRegularFile(copy)) {
            Files.move(copy, ScenarioCopy.beside(target), StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover folder is harmless: the next demo removes it.
        }
    }
}
