package org.summitsim.server.room;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Event;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioException;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.RoomSummary;
import org.summitsim.protocol.journal.JournalReader;
import org.summitsim.protocol.journal.JournalRecord;
import org.summitsim.protocol.journal.ScenarioCopy;
import org.summitsim.server.journal.Journal;
import org.summitsim.server.journal.JournalWriter;
import org.summitsim.server.scenario.ScenarioLibrary;
import org.summitsim.server.secret.Secrets;

/**
 * Every room on this server, found by id, by join code or by secret token; creates rooms and
 * restores them from their journals at start. Thread-safe: the maps are concurrent, and each
 * room is only touched on its own loop.
 */
public final class RoomRegistry implements RoomContext.TokenIndex {

    /** What a token opens: a seat of a room, or (seat null) its facilitator role. */
    public record TokenRef(Room room, String seat) {}

    private static final Logger LOG = LoggerFactory.getLogger(RoomRegistry.class);

    private final Path roomsDir;
    private final JournalWriter writer;
    private final EventLoopGroup loops;
    private final ScenarioLibrary scenarios;
    private final int maxRooms;
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final Map<String, Room> byCode = new ConcurrentHashMap<>();
    private final Map<String, TokenRef> byToken = new ConcurrentHashMap<>();
    /** Join codes of rooms whose first records are still being stored. */
    private final Set<String> reserved = ConcurrentHashMap.newKeySet();
    /**
     * Ids of the rooms whose match has not ended: only these count toward {@code maxRooms}, since
     * finished rooms stay on the server (for reports and get_events) for as long as it runs.
     */
    private final Set<String> inPlay = ConcurrentHashMap.newKeySet();

    private RoomContext ctx;

    public RoomRegistry(
            Path dataDir, JournalWriter writer, EventLoopGroup loops, ScenarioLibrary scenarios, int maxRooms) {
        this.roomsDir = dataDir.resolve("rooms");
        this.writer = writer;
        this.loops = loops;
        this.scenarios = scenarios;
        this.maxRooms = maxRooms;
    }

    public void context(RoomContext ctx) {
        this.ctx = ctx;
    }

    public Collection<Room> rooms() {
        return rooms.values();
    }

    public List<RoomSummary> summaries() {
        List<RoomSummary> list = new ArrayList<>();
        rooms.values().forEach(r -> list.add(r.summary()));
        list.sort((a, b) -> Long.compare(a.created(), b.created()));
        return list;
    }

    public Optional<Room> byId(String id) {
        return Optional.ofNullable(rooms.get(id));
    }

    public Optional<Room> byCode(String code) {
        return Optional.ofNullable(byCode.get(Secrets.normalizeCode(code)));
    }

    public Optional<TokenRef> byToken(String token) {
        return Optional.ofNullable(byToken.get(Secrets.digest(token)));
    }

    @Override
    public void put(String token, Room room, String seat) {
        byToken.put(Secrets.digest(token), new TokenRef(room, seat));
    }

    @Override
    public void remove(String token) {
        byToken.remove(Secrets.digest(token));
    }

    /**
     * A new room in the lobby; its journal starts with the header and match_opened. The future
     * completes once those are stored (at once unless fsync is always), so the room is never
     * announced, or found by its code, before it would survive a crash.
     *
     * @param loop the event loop to run the room on: its creator's, so that the creator's requests
     *             and replies stay on one thread; null to spread rooms over the loops
     * @throws IOException when the journal cannot even be created (the future fails for later errors)
     */
    public CompletableFuture<Room> create(ScenarioFile played, RoomOptions options, EventLoop loop) throws IOException {
        Scenario scenario = played.scenario();
        String id;
        String code;
        String key; // the code as look-ups use it
        CompletableFuture<Journal> stored;
        JournalRecord.RoomOpened header;
        Match match;
        long now = ctx.clock().getAsLong();
        synchronized (this) {
            if (inPlay.size() + reserved.size() >= maxRooms) {
                throw new ProtocolError(
                        ErrorCodes.TOO_MANY_ROOMS,
                        "The server has as many rooms in play as it may"
                                + " hold; try again when a summit has ended, or ask its operator.");
            }
            do {
                id = Secrets.roomId();
            } while (rooms.containsKey(id) || Files.exists(file(id)));
            do {
                code = Secrets.joinCode();
                key = Secrets.normalizeCode(code);
            } while (byCode.containsKey(key) || reserved.contains(key));
            Map<String, String> seatTokens = new LinkedHashMap<>();
            for (Delegation d : scenario.playable()) {
                seatTokens.put(d.id(), Secrets.token("st."));
            }
            header = new JournalRecord.RoomOpened(
                    id, code, scenario.id(), now, options.saved(), Secrets.token("ft."), seatTokens, played.hash());
            // The scenario as played, before the journal that names it: a later edit of the file changes nothing here.
            ScenarioCopy.write(file(id), played.text(), writer.forcesEachWrite());
            match = Match.open(scenario, options.seed(), options.settings());
            // On disk before anyone hears of the room: room_created is an acknowledgement too.
            stored = writer.create(
                    file(id),
                    List.of(
                            header,
                            new JournalRecord.EventRecord(1, now, match.log().get(0))));
            reserved.add(key);
        }
        String reservedCode = key;
        return stored.thenApply(journal -> {
                    List<Long> times = new ArrayList<>(List.of(now));
                    Room room = new Room(
                            ctx, clockOn(loop != null ? loop : loops.next()), header, scenario, match, times, journal);
                    room.execute(() -> room.started(List.of()));
                    register(room, header, true);
                    LOG.info("Room {} created from scenario {}", header.room(), scenario.id());
                    return room;
                })
                .whenComplete((room, e) -> reserved.remove(reservedCode));
    }

    private RoomClock clockOn(EventLoop loop) {
        return new LoopClock(loop, ctx.clock());
    }

    private void register(Room room, JournalRecord.RoomOpened header, boolean playing) {
        if (playing) {
            inPlay.add(room.id); // before anyone can reach the room, so before it can end
        }
        rooms.put(room.id, room);
        byCode.put(Secrets.normalizeCode(room.code), room);
        put(header.facilitator(), room, null);
        header.seats().forEach((seat, token) -> put(token, room, seat));
    }

    /** Restores every room from its journal; a room that cannot be read is reported and skipped. */
    public int restoreAll() throws IOException {
        if (!Files.isDirectory(roomsDir)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(roomsDir, "*.jsonl")) {
            for (Path f : files) {
                try {
                    if (restore(f)) {
                        n++;
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.error(
                            "Room journal {} could not be restored and was left as it is: {}",
                            f.getFileName(),
                            e.getMessage());
                }
            }
        }
        return n;
    }

    private boolean restore(Path file) throws IOException {
        JournalReader.Recovered rec = JournalReader.read(file);
        if (rec.tornBytes() > 0) {
            LOG.warn(
                    "Room journal {}: the last {} bytes were a record cut short by a crash; that record was never"
                            + " acknowledged and has been removed.",
                    file.getFileName(),
                    rec.tornBytes());
        }
        List<JournalRecord> records = rec.records();
        if (records.isEmpty() || !(records.get(0) instanceof JournalRecord.RoomOpened header)) {
            throw new IOException("it does not start with a room record");
        }
        Scenario scenario = playedScenario(file, header);
        List<Event> events = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        List<JournalRecord> roomRecords = new ArrayList<>();
        for (JournalRecord r : records.subList(1, records.size())) {
            if (r instanceof JournalRecord.EventRecord e) {
                if (e.seq() != events.size() + 1) {
                    throw new IOException("event " + e.seq() + " is out of order");
                }
                events.add(e.event());
                times.add(e.time());
            } else {
                roomRecords.add(r);
            }
        }
        if (events.isEmpty()) {
            throw new IOException("it has no events (the room was never acknowledged)");
        }
        Match match = Match.replay(scenario, events);
        Journal journal = writer.open(file, records.size());
        Room room = new Room(ctx, clockOn(loops.next()), header, scenario, match, times, journal);
        register(room, header, !match.state().over());
        Map<String, String> current = new LinkedHashMap<>(header.seats());
        for (JournalRecord r : roomRecords) {
            if (r instanceof JournalRecord.TokenReset t) {
                String old = current.put(t.seat(), t.token());
                if (old != null) {
                    remove(old);
                }
                put(t.token(), room, t.seat());
            }
        }
        room.execute(() -> room.started(roomRecords));
        LOG.info(
                "Room {} restored: {} events, {}",
                header.room(),
                events.size(),
                match.state().over() ? "finished" : "now in " + match.state().stage());
        return true;
    }

    /**
     * The scenario a room was created from: the copy beside its journal, checked against the hash
     * in the journal; for a journal written before copies were kept, the scenario of that id now.
     */
    private Scenario playedScenario(Path journal, JournalRecord.RoomOpened header) throws IOException {
        Optional<String> copy = ScenarioCopy.read(journal);
        if (copy.isPresent()) {
            ScenarioFile played;
            try {
                played = ScenarioFile.parse(
                        copy.get(), ScenarioCopy.beside(journal).toString());
            } catch (ScenarioException e) {
                throw new IOException("the copy of its scenario is not valid: " + e.getMessage(), e);
            }
            if (header.scenarioHash() != null && !header.scenarioHash().equals(played.hash())) {
                throw new IOException("the copy of its scenario, "
                        + ScenarioCopy.beside(journal).getFileName() + ", was changed after the room was created");
            }
            return played.scenario();
        }
        ScenarioFile now = scenarios
                .file(header.scenario())
                .orElseThrow(() -> new IOException("its scenario \"" + header.scenario() + "\" is not available"));
        if (header.scenarioHash() != null && !header.scenarioHash().equals(now.hash())) {
            throw new IOException("the copy of its scenario is missing, and scenario \"" + header.scenario()
                    + "\" has changed since the room was created");
        }
        return now.scenario();
    }

    /** Called by a room (on its loop) when its match has ended or its journal failed: it no longer counts toward the limit. */
    public void finished(Room room) {
        inPlay.remove(room.id);
    }

    /**
     * Called by a room (on its loop) that expired unstarted: it is forgotten, and so is its journal,
     * which holds nothing anyone played. Its tokens the room has removed itself.
     */
    public void expired(Room room) {
        inPlay.remove(room.id);
        rooms.remove(room.id);
        byCode.remove(Secrets.normalizeCode(room.code), room);
        Journal journal = room.journalFile();
        journal.closeWhenIdle();
        try {
            Files.deleteIfExists(journal.file());
        } catch (IOException e) {
            LOG.warn(
                    "Room {} expired, but its journal {} could not be deleted: {}",
                    room.id,
                    journal.file(),
                    e.getMessage());
        }
    }

    private Path file(String id) {
        return roomsDir.resolve(id + ".jsonl");
    }

    /** The files of finished rooms stay; their journals are closed when the server stops. */
    public void shutdownAll() {
        rooms.values().forEach(r -> r.execute(r::shutdown));
    }
}
