package org.summitsim.server.room;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.json.Json;
import org.summitsim.core.match.Match;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.protocol.journal.JournalRecord;
import org.summitsim.server.journal.Durability;
import org.summitsim.server.journal.JournalWriter;
import org.summitsim.server.secret.Secrets;

/**
 * One room with no server and no sockets: a scenario, {@link FakeMember}s that record what they
 * are sent, and a {@link ManualClock}, so deadlines, grace periods, bot pacing and reconnection
 * run in milliseconds. The room is the production {@link Room} with its real journal (in a
 * temporary folder, written without fsync); only the connections and the clock are fakes. The
 * test is the room's thread: every request and every {@link #advance} runs the room's due tasks
 * before it returns. Close it to delete the journal.
 */
public final class RoomHarness implements AutoCloseable {

    /** How a test sets the room up; start from {@link #setup}. */
    public record Setup(String scenario, String options, long botThinkMs) {
        public Setup options(String json) {
            return new Setup(scenario, json, botThinkMs);
        }

        public Setup scenario(String id) {
            return new Setup(id, options, botThinkMs);
        }

        public Setup botThinkMs(long ms) {
            return new Setup(scenario, options, ms);
        }

        public RoomHarness open() {
            return new RoomHarness(this);
        }
    }

    /** test-4x3 (north, south, east, west), default options, bots that think for a second. */
    public static Setup setup() {
        return new Setup("test-4x3", null, 1_000);
    }

    private final ManualClock clock = new ManualClock();
    private final Map<String, String> seatsByToken = new LinkedHashMap<>();
    private final List<Room> finished = new ArrayList<>();
    private final List<Room> expired = new ArrayList<>();
    private final Path dir;
    private final JournalWriter writer;
    private final Room room;
    private final FakeMember facilitator;

    private RoomHarness(Setup setup) {
        try {
            dir = Files.createTempDirectory("summit-room-");
            Scenario scenario = ScenarioReader.shipped(setup.scenario());
            BotFactory bots = BotFactory.builtIn(setup.botThinkMs());
            JsonNode options = setup.options() == null ? null : Json.mapper().readTree(setup.options());
            RoomOptions parsed = RoomOptions.parse(options, scenario, bots);
            RoomContext ctx = new RoomContext(
                    clock::now,
                    bots,
                    new RoomContext.TokenIndex() {
                        @Override
                        public void put(String token, Room r, String seat) {
                            seatsByToken.put(token, seat == null ? "" : seat);
                        }

                        @Override
                        public void remove(String token) {
                            seatsByToken.remove(token);
                        }
                    },
                    finished::add,
                    expired::add);
            Map<String, String> seats = new LinkedHashMap<>();
            scenario.playable().forEach(d -> seats.put(d.id(), Secrets.token("st.")));
            JournalRecord.RoomOpened header = new JournalRecord.RoomOpened(
                    "r-test", "TEST-CODE", scenario.id(), clock.now(), parsed.saved(), Secrets.token("ft."), seats);
            Match match = Match.open(scenario, parsed.seed(), parsed.settings());
            writer = new JournalWriter(1, Durability.NEVER, 1_000);
            var journal = writer.create(
                            dir.resolve("room.jsonl"),
                            List.of(
                                    header,
                                    new JournalRecord.EventRecord(
                                            1, clock.now(), match.log().get(0))))
                    .join();
            room = new Room(ctx, clock, header, scenario, match, new ArrayList<>(List.of(clock.now())), journal);
            ctx.tokens().put(header.facilitator(), room, null);
            seats.forEach((seat, token) -> ctx.tokens().put(token, room, seat));
            room.execute(() -> room.started(List.of()));
            runDue();
            facilitator = enter(
                    "facilitator", new Roster.Entry(Member.Role.FACILITATOR, null, true, "Teacher", null, () -> {}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FakeMember facilitator() {
        return facilitator;
    }

    /** A player who joins {@code seat} with the join code (null: the room picks the seat). */
    public FakeMember join(String seat, String name) {
        return enter(name, new Roster.Entry(Member.Role.PLAYER, seat, false, name, null, () -> {}));
    }

    /** The facilitator starts the summit and moves on through the briefing and the opening to round 1. */
    public void toRound1() {
        facilitator.commandOk("LOBBY", "{\"type\":\"start\"}");
        facilitator.commandOk("BRIEFING", "{\"type\":\"advance\"}");
        facilitator.commandOk("OPENING", "{\"type\":\"advance\"}");
    }

    /** A program that joins {@code seat} saying it is a bot (the join's {@code bot}). */
    public FakeMember joinBot(String seat, String name) {
        return enter(name, new Roster.Entry(Member.Role.PLAYER, seat, false, name, null, () -> {}, true));
    }

    public FakeMember spectate(String name) {
        return enter(name, new Roster.Entry(Member.Role.SPECTATOR, null, false, name, null, () -> {}));
    }

    /** Someone who comes back with a token, having seen events up to {@code lastSeq} (null: none asked). */
    public FakeMember resume(String token, String name, Long lastSeq) {
        String seat = seatsByToken.get(token);
        if (seat == null) {
            throw new IllegalArgumentException("the token opens nothing (the server would say forbidden)");
        }
        Member.Role role = seat.isEmpty() ? Member.Role.FACILITATOR : Member.Role.PLAYER;
        return enter(name, new Roster.Entry(role, seat.isEmpty() ? null : seat, true, name, lastSeq, () -> {}));
    }

    /** Whether {@code token} still opens something (a reset token no longer does). */
    public boolean tokenWorks(String token) {
        return seatsByToken.containsKey(token);
    }

    private FakeMember enter(String name, Roster.Entry entry) {
        FakeMember m = new FakeMember(this, name);
        room.enter(m, entry, "enter-" + name);
        runDue();
        return m;
    }

    /** Moves the room's time on, running timers as they fall due. */
    public void advance(Duration d) {
        clock.advance(d);
    }

    /** Runs what the room has queued for now. */
    public void runDue() {
        clock.runDue();
    }

    public long now() {
        return clock.now();
    }

    /** The room's journal as written so far (every record is written before the room answers). */
    public List<JournalRecord> journal() {
        try {
            return org.summitsim.protocol.journal.JournalReader.read(dir.resolve("room.jsonl"))
                    .records();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public ManualClock clock() {
        return clock;
    }

    public Room room() {
        return room;
    }

    /** Whether the room told the server its match is over (or can go on no more). */
    public boolean finished() {
        return finished.contains(room);
    }

    public boolean expired() {
        return expired.contains(room);
    }

    @Override
    public void close() {
        try {
            room.journalFile().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.close();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
