package org.summitsim.server.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.json.Json;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.view.Visibility;
import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Inbound;
import org.summitsim.protocol.MessageParser;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.RoomSummary;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.StageText;
import org.summitsim.protocol.Wire;
import org.summitsim.protocol.journal.JournalRecord;
import org.summitsim.protocol.journal.JournalRecord.SavedOptions;
import org.summitsim.server.journal.Journal;
import org.summitsim.server.report.ReportDesk;
import org.summitsim.server.report.ReportMaker;

/**
 * One summit being played: the match, the people and bots in it, its clock and its journal.
 * Everything here runs on the room's own thread (its {@link RoomClock}: an event loop in
 * production, a hand-driven clock in tests), so the game needs no locks; other threads reach it
 * only through {@link #execute}. Output waits in the {@link Outbox} until the events it
 * reports are stored: by default the room writes its journal itself (a small write into the OS,
 * so the wait is over before the send), with fsync always a writer thread writes and forces it
 * and tells the room. Nothing here waits for the disk.
 */
public final class Room {

    private static final Logger LOG = LoggerFactory.getLogger(Room.class);
    private static final ObjectReader COMMANDS = Json.mapper().readerFor(Command.class);

    final String id;
    final String code;
    final Scenario scenario;
    final SavedOptions options;
    final long created;
    final String facilitatorToken;
    final RoomContext ctx;
    private final RoomClock roomClock;
    private final Match match;
    private final Journal journal;
    private final Outbox outbox;
    private final List<Long> times;
    private final PhaseClock clock = new PhaseClock();
    private final VoteWindow votes;
    private final BotPacer pacer;
    final Map<String, Seat> seats = new LinkedHashMap<>();
    final Map<String, Member> members = new LinkedHashMap<>();
    private final Roster roster = new Roster(this);
    private RoomClock.Timer deadlineTimer;
    private RoomClock.Timer expiryTimer;
    private boolean wakeScheduled;
    private boolean closing;
    private boolean failed;
    private int nextPlayer = 1;
    private volatile RoomSummary summary;

    Room(RoomContext ctx, RoomClock roomClock, JournalRecord.RoomOpened header, Scenario scenario, Match match,
         List<Long> times, Journal journal) {
        this.ctx = ctx;
        this.roomClock = roomClock;
        this.id = header.room();
        this.code = header.code();
        this.scenario = scenario;
        this.options = header.options();
        this.created = header.created();
        this.facilitatorToken = header.facilitator();
        this.match = match;
        this.times = times;
        this.journal = journal;
        this.outbox = new Outbox(journal.appended());
        // In scenario order: the journal's seat map is written sorted by id, and a restored room must
        // list seats (presence, monitor, the first free seat for join) as a new one does.
        scenario.playable().forEach(d -> seats.put(d.id(), new Seat(d.id(), header.seats().get(d.id()))));
        Pace pace = Pace.of(options);
        this.votes = new VoteWindow(this, pace.voteWindowSeconds());
        this.pacer = new BotPacer(this, pace);
        for (int i = 0; i < times.size(); i++) {
            clock.apply(match.log().get(i), times.get(i));
            votes.apply(match.log().get(i), times.get(i));
        }
        journal.listener(new Journal.Listener() {
            @Override
            public void stored(long position) {
                if (roomClock.inRoomThread()) {
                    outbox.stored(position); // written by the room itself: nothing to wait for
                } else {
                    roomClock.execute(() -> outbox.stored(position));
                }
            }

            @Override
            public void failed(IOException e) {
                execute(() -> storageFailed(e));
            }
        });
        updateSummary();
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    /** The secret that opens the facilitator role; for the creator's reply and for embedding. */
    public String facilitatorToken() {
        return facilitatorToken;
    }

    public RoomSummary summary() {
        return summary;
    }

    RoomClock clock() {
        return roomClock;
    }

    Match match() {
        return match;
    }

    long now() {
        return roomClock.now();
    }

    /** Runs {@code task} on the room's loop; a failure is logged and never reaches the loop. */
    public void execute(Runnable task) {
        roomClock.execute(() -> run(task));
    }

    /** Runs {@code task} here and now (on the room's thread); a failure is logged, never thrown. */
    void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("Room {}: unexpected failure", id, e);
        }
    }

    // ----- starting: timers, grace periods and bots after a create or a restore

    /** Called once on the loop after the room is built (new or restored). */
    void started(List<JournalRecord> roomRecords) {
        for (JournalRecord r : roomRecords) {
            if (r instanceof JournalRecord.SeatTaken t && seats.containsKey(t.seat())) {
                seats.get(t.seat()).everTaken = true;
            } else if (r instanceof JournalRecord.BotTook b && seats.containsKey(b.seat())) {
                seats.get(b.seat()).bot = b.strategy();
            } else if (r instanceof JournalRecord.BotLeft b && seats.containsKey(b.seat())) {
                seats.get(b.seat()).bot = null;
            } else if (r instanceof JournalRecord.TokenReset t && seats.containsKey(t.seat())) {
                seats.get(t.seat()).token = t.token();
                if (t.hiddenThrough() != null) {
                    seats.get(t.seat()).hiddenThrough = t.hiddenThrough();
                }
            }
        }
        if (match.state().over()) {
            journal.closeWhenIdle();
            return;
        }
        scheduleExpiry();
        for (Seat s : seats.values()) {
            if (s.bot != null) {
                String strategy = s.bot;
                s.bot = null;
                roster.attachBot(s, strategy, false);
            } else if (s.everTaken) {
                roster.startGrace(s);
            }
        }
        rescheduleDeadline();
        votes.changed();
        updateSummary();
    }

    // ----- the one path every move takes: humans, bots, fallbacks and the clock

    /** Decides a move; when accepted, its events are journaled and (once stored) delivered. */
    Verdict submit(Move move) {
        return submit(move, null);
    }

    /**
     * As {@link #submit(Move)}, for a member's request: when accepted, the requester gets its
     * events and then the ack before the other members get theirs, so the ack waits for no one.
     */
    private Verdict submit(Move move, Request request) {
        // Refused by the host, not the rules: the game's state is not the reason.
        if (failed) {
            throw new ProtocolError(ErrorCodes.STORAGE_FAILED,
                    "The server cannot save this room any more; nothing can change in it.");
        }
        if (closing) {
            throw new ProtocolError(ErrorCodes.SHUTTING_DOWN, "The server is shutting down; try again when it is back.");
        }
        Verdict v = match.submit(move);
        if (!v.accepted()) {
            LOG.debug("room {}: {} refused {}: {}", id, move.actor(), move.command().getClass().getSimpleName(),
                    v.rejection().code());
            return v;
        }
        record(v.events(), request);
        return v;
    }

    /** A member's command waiting for its ack. */
    private record Request(Member member, String id) {
    }

    private void record(List<Event> events, Request request) {
        long now = now();
        long first = match.lastSeq() - events.size() + 1;
        boolean clockChanged = false;
        boolean ended = false;
        List<JournalRecord> records = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            times.add(now);
            records.add(new JournalRecord.EventRecord(first + i, now, e));
            clockChanged |= clock.apply(e, now);
            votes.apply(e, now);
            ended |= e instanceof Event.MatchEnded;
        }
        if (ended) {
            // Before anyone hears of the end: whoever is told may create the next room at once.
            ctx.finished().accept(this);
        }
        outbox.appended(journal.append(records));
        if (clockChanged) {
            rescheduleDeadline();
        }
        if (expiryTimer != null && !inLobby()) {
            expiryTimer.cancel(); // started: it will never expire, and the timer need not wait an hour for nothing
            expiryTimer = null;
        }
        byte[] clockLine = clockChanged ? Wire.encode(clock.message(null, now)) : null;
        if (request == null) {
            outbox.send(() -> deliver(first, now, events, clockLine, null, null));
        } else {
            MemberLink to = request.member().connection;
            byte[] ack = Wire.encode(new ServerMessage.Ack(request.id(), match.lastSeq()));
            byte[] lost = Wire.error(request.id(), ErrorCodes.STORAGE_FAILED,
                    "The server could not save that; it did not happen. The room takes no more commands.");
            outbox.send(() -> deliver(first, now, events, clockLine, request.member(), ack), () -> to.send(lost));
        }
        if (ended) {
            cancelDeadline();
            votes.stop();
            pacer.stop();
            seats.values().forEach(Seat::cancelGrace);
            journal.closeWhenIdle();
        }
        wakeAgents();
        votes.changed();
        updateSummary();
    }

    /**
     * Sends each event to every member who may see it and has not had it, encoding it once, then
     * the new clock if the events changed it. The {@code requester} (if any) goes first and gets
     * its {@code ack} last, so its reply waits for nobody else's writes.
     */
    private void deliver(long first, long time, List<Event> events, byte[] clockLine, Member requester, byte[] ack) {
        byte[][] encoded = new byte[events.size()][];
        if (requester != null) {
            if (!requester.gone) {
                deliver(requester, first, time, events, encoded);
                if (clockLine != null) {
                    requester.connection.send(clockLine);
                }
            }
            requester.connection.send(ack);
        }
        for (Member m : members.values()) {
            if (m != requester) {
                deliver(m, first, time, events, encoded);
                if (clockLine != null) {
                    m.connection.send(clockLine);
                }
            }
        }
    }

    private void deliver(Member m, long first, long time, List<Event> events, byte[][] encoded) {
        var viewer = m.viewer();
        for (int i = 0; i < events.size(); i++) {
            long seq = first + i;
            if (seq <= m.sentSeq || !Visibility.canSee(viewer, events.get(i), match.state().settings())) {
                continue;
            }
            if (encoded[i] == null) {
                encoded[i] = Wire.encode(new ServerMessage.EventMessage(seq, time, events.get(i)));
            }
            m.connection.send(encoded[i]);
        }
        m.sentSeq = Math.max(m.sentSeq, first + events.size() - 1);
    }

    byte[] encodeEvent(Match.Sequenced s) {
        return encodeEvent(null, s);
    }

    /** An event as the reply to request {@code rid} (null: not a reply). */
    byte[] encodeEvent(String rid, Match.Sequenced s) {
        return Wire.encode(new ServerMessage.EventMessage(rid, s.seq(), times.get((int) s.seq() - 1), s.event()));
    }

    /** Sends the same line to every member, in room order. */
    void broadcast(byte[] line) {
        outbox.send(() -> members.values().forEach(m -> m.connection.send(line)));
    }

    /** Sends to one member, in room order (after everything the room produced before). */
    void reply(Member m, byte[] line) {
        outbox.send(() -> m.connection.send(line));
    }

    void outboxSend(Runnable send) {
        outbox.send(send);
    }

    void reply(MemberLink c, byte[] line) {
        outbox.send(() -> c.send(line));
    }

    long journal(JournalRecord record) {
        long pos = journal.append(record);
        outbox.appended(pos);
        return pos;
    }

    // ----- requests from members

    /** A request from a member's connection; runs on the room's loop. */
    public void handle(Member m, Inbound in) {
        handle(m, in, () -> dispatch(m, in));
    }

    /** {@code get_report}: the room's report, made by the server's {@code reports}. */
    public void handleReport(Member m, Inbound in, ReportDesk reports) {
        handle(m, in, () -> report(m, in.id(), reports));
    }

    private void handle(Member m, Inbound in, Runnable action) {
        execute(() -> {
            if (m.gone) {
                // The member left (or was moved or kicked) while this request was on its way, before
                // the connection switched back to the lobby: answer it rather than drop it.
                reply(m, Wire.error(in.id(), ErrorCodes.NOT_IN_ROOM,
                        "You are no longer in this room; join or resume to come back."));
                return;
            }
            try {
                action.run();
            } catch (ProtocolError e) {
                LOG.debug("room {}: refused {} from {}: {} {}", id, in.type(), m.player, e.code(), e.getMessage());
                reply(m, Wire.error(in.id(), e));
            }
        });
    }

    /**
     * The report shows private talk's counts, caucuses, deals and every decision: the facilitator's
     * alone. It is made from the journal once the match is over and every event of it is stored,
     * away from the room's loop, and answered with a one-time link.
     */
    private void report(Member m, String rid, ReportDesk reports) {
        if (m.role != Member.Role.FACILITATOR) {
            throw new ProtocolError(ErrorCodes.FORBIDDEN, "Only the facilitator can open the room's report.");
        }
        if (!reports.available()) {
            throw new ProtocolError(ErrorCodes.NO_REPORTS, "This server does not make reports. In the folder where"
                    + " the server runs, type: ./summit report " + id + " --out debrief.html");
        }
        if (failed) {
            throw new ProtocolError(ErrorCodes.STORAGE_FAILED, "The server could not save this room, so it cannot"
                    + " make its report.");
        }
        if (!match.state().over()) {
            throw new ProtocolError(ErrorCodes.REPORT_NOT_READY, "The report is made once the summit has ended;"
                    + " this room is in " + StageText.format(match.state().stage()) + ".");
        }
        java.nio.file.Path file = journal.file();
        // After everything appended so far is stored: the report reads the journal from the disk.
        outbox.send(() -> reports.issue(id, file).whenComplete((link, failure) -> execute(() -> {
            if (failure == null) {
                reply(m, Wire.encode(new ServerMessage.Report(rid, id, link.path(), link.expiresInSeconds())));
                return;
            }
            Throwable why = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (why instanceof ReportMaker.CannotReport cannot) {
                reply(m, Wire.error(rid, ErrorCodes.REPORT_FAILED, cannot.getMessage()));
            } else {
                LOG.error("Room {}: its report could not be made", id, why);
                reply(m, Wire.error(rid, ErrorCodes.REPORT_FAILED, "The report could not be made; the server's log"
                        + " says why. In the folder where the server runs, ./summit report " + id + " tries again."));
            }
        })));
    }

    private void dispatch(Member m, Inbound in) {
        ClientMessage msg = in.message();
        String rid = in.id();
        if (msg instanceof ClientMessage.SendCommand c) {
            command(m, rid, c);
        } else if (msg instanceof ClientMessage.GetView) {
            reply(m, Wire.encode(new ServerMessage.View(rid, match.view(m.viewer()))));
        } else if (msg instanceof ClientMessage.GetWelcome) {
            roster.welcome(m, rid, null);
        } else if (msg instanceof ClientMessage.GetClock) {
            reply(m, Wire.encode(clock.message(rid, now())));
        } else if (msg instanceof ClientMessage.GetPresence) {
            reply(m, Wire.encode(roster.presence(rid, m.role == Member.Role.FACILITATOR)));
        } else if (msg instanceof ClientMessage.GetEvents g) {
            events(m, rid, g);
        } else if (msg instanceof ClientMessage.GetMonitor) {
            if (m.role != Member.Role.FACILITATOR) {
                throw new ProtocolError(ErrorCodes.FORBIDDEN, "Only the facilitator can see the monitor.");
            }
            long now = now();
            reply(m, Wire.encode(ActivityMonitor.build(this, rid, times, clock.message(null, now), now)));
        } else if (msg instanceof ClientMessage.Leave) {
            roster.leave(m, rid);
        } else {
            if (m.role != Member.Role.FACILITATOR) {
                throw new ProtocolError(ErrorCodes.FORBIDDEN, "Only the facilitator can do that.");
            }
            roster.operate(m, rid, msg);
        }
    }

    private void command(Member m, String rid, ClientMessage.SendCommand c) {
        if (m.role == Member.Role.SPECTATOR) {
            throw new ProtocolError(ErrorCodes.FORBIDDEN,
                    "Spectators watch; they cannot send commands. Join as a player to take part.");
        }
        Stage stage = StageText.parse(c.stage());
        Command command = parseCommand(c.command());
        if (command instanceof Command.Deadline) {
            throw new ProtocolError(ErrorCodes.FORBIDDEN, "Only the room's clock sends deadlines; use advance instead.");
        }
        if (command instanceof Command.ChairCommand && m.role != Member.Role.FACILITATOR) {
            throw new ProtocolError(ErrorCodes.FORBIDDEN, "Only the facilitator can do that.");
        }
        if (command instanceof Command.SeatCommand && m.role != Member.Role.PLAYER) {
            throw new ProtocolError(ErrorCodes.FORBIDDEN,
                    "The facilitator does not speak for a delegation; join as a player to do that.");
        }
        Verdict v = submit(new Move(m.actor(), stage, command), new Request(m, rid));
        if (!v.accepted()) {
            reply(m, Wire.error(rid, v.rejection().code().wire(), v.rejection().message()));
        }
    }

    private static Command parseCommand(JsonNode node) {
        try {
            return COMMANDS.treeToValue(node, Command.class);
        } catch (InvalidTypeIdException e) {
            throw new ProtocolError(ErrorCodes.UNKNOWN_COMMAND, "\"" + node.path("type").asText("")
                    + "\" is not a command. See the list of commands in the protocol (e.g. say, propose, vote).");
        } catch (IOException | IllegalArgumentException e) {
            throw MessageParser.fieldError(e);
        }
    }

    private void events(Member m, String rid, ClientMessage.GetEvents g) {
        long after = g.afterSeq() == null ? 0 : Math.max(0, g.afterSeq());
        int limit = g.limit() == null ? org.summitsim.protocol.Limits.EVENTS_PER_PAGE
                : Math.max(1, Math.min(g.limit(), org.summitsim.protocol.Limits.EVENTS_PER_PAGE));
        List<Match.Sequenced> visible = roster.readable(m, match.eventsFor(m.viewer(), after));
        List<byte[]> lines = new ArrayList<>();
        int bytes = 0;
        long lastSent = after;
        for (Match.Sequenced s : visible) {
            if (lines.size() >= limit || bytes > 256 * 1024) {
                break;
            }
            byte[] line = encodeEvent(rid, s);
            lines.add(line);
            bytes += line.length;
            lastSent = s.seq();
        }
        boolean more = lines.size() < visible.size();
        byte[] end = Wire.encode(new ServerMessage.EventsEnd(rid, more ? lastSent : match.lastSeq(), more));
        outbox.send(() -> {
            lines.forEach(m.connection::send);
            m.connection.send(end);
        });
    }

    // ----- the clock

    private void rescheduleDeadline() {
        cancelDeadline();
        Long deadline = clock.deadline();
        if (deadline == null || match.state().over() || closing) {
            return;
        }
        deadlineTimer = roomClock.schedule(() -> run(this::deadlineReached), deadline - now());
    }

    private void cancelDeadline() {
        if (deadlineTimer != null) {
            deadlineTimer.cancel();
            deadlineTimer = null;
        }
    }

    private void deadlineReached() {
        deadlineTimer = null;
        Long deadline = clock.deadline();
        if (deadline == null || match.state().over() || closing()) {
            return;
        }
        if (now() < deadline) {
            rescheduleDeadline();
            return;
        }
        Verdict v = submit(new Move(Actor.HOST, match.state().stage(), new Command.Deadline()));
        if (!v.accepted()) {
            LOG.debug("room {}: deadline refused: {}", id, v.rejection().code());
        }
    }

    ServerMessage clockMessage(String rid) {
        return clock.message(rid, now());
    }

    // ----- people and agents (bots and fallbacks); agents act after the events that wake them, never inside them

    /**
     * Whether a person plays {@code s}: someone is connected to it, or its person is expected back
     * (in the grace period) and no agent has taken it. Pacing and vote windows are for them.
     */
    boolean playedByPerson(Seat s) {
        return s.hasHumans() || s.agent == null && s.graceEndsAt != null;
    }

    BotPacer pacer() {
        return pacer;
    }

    /** The people in the room changed: a vote that waited only for them may close now. */
    void peopleChanged() {
        votes.changed();
    }

    void wakeAgents() {
        if (wakeScheduled || seats.values().stream().noneMatch(s -> s.agent != null)) {
            return;
        }
        wakeScheduled = true;
        execute(() -> {
            wakeScheduled = false;
            for (Seat s : new ArrayList<>(seats.values())) {
                if (s.agent != null && !closing) {
                    s.agent.wake(roster.control(s, s.agent));
                }
            }
        });
    }

    // ----- membership, from the lobby

    /** Enters {@code connection} into the room (join, resume or create). Thread-safe. */
    public void enter(MemberLink connection, Roster.Entry entry, String requestId) {
        execute(() -> roster.enter(connection, entry, requestId));
    }

    Roster roster() {
        return roster;
    }

    int nextPlayer() {
        return nextPlayer++;
    }

    boolean closing() {
        return closing || failed;
    }

    // ----- lifecycle

    void updateSummary() {
        int taken = 0;
        int bots = 0;
        for (Seat s : seats.values()) {
            taken += s.hasHumans() || s.agent != null ? 1 : 0;
            bots += s.bot != null ? 1 : 0;
        }
        int players = 0;
        int spectators = 0;
        for (Member m : members.values()) {
            players += m.role == Member.Role.PLAYER ? 1 : 0;
            spectators += m.role == Member.Role.SPECTATOR ? 1 : 0;
        }
        summary = new RoomSummary(id, options.label(), scenario.id(), scenario.title(),
                StageText.format(match.state().stage()), match.state().paused(), match.state().over(), seats.size(),
                taken, bots, players, spectators, created, options.listed() ? code : null);
    }

    private void storageFailed(IOException e) {
        if (failed) {
            return;
        }
        failed = true;
        // A room that can change no more is as good as ended: it must not hold a place under the
        // room limit until the server restarts.
        ctx.finished().accept(this);
        outbox.failed();
        cancelDeadline();
        votes.stop();
        pacer.stop();
        LOG.error("Room {}: its journal {} could not be written ({}); the room takes no more commands.", id,
                journal.file(), e.getMessage());
        byte[] line = Wire.error(null, ErrorCodes.STORAGE_FAILED,
                "The server could not save this room; it takes no more commands. Tell the facilitator.");
        members.values().forEach(m -> m.connection.send(line));
    }

    /** Stops the clock and tells everyone the server is going; after the journal is flushed. */
    void shutdown() {
        stop(ErrorCodes.SERVER_SHUTDOWN, "The server is shutting down. Reconnect with your token when it is back.");
    }

    private void stop(String code, String farewell) {
        closing = true;
        cancelDeadline();
        votes.stop();
        pacer.stop();
        if (expiryTimer != null) {
            expiryTimer.cancel();
        }
        seats.values().forEach(s -> {
            s.cancelGrace();
            if (s.agent != null) {
                s.agent.stop();
            }
        });
        outbox.send(() -> members.values().forEach(m -> m.connection.bye(code, farewell)));
    }

    // ----- expiry of a room never started

    /**
     * A room still in its lobby {@code lobbyMinutes} after it was created is removed, so rooms
     * nobody starts (forgotten, or made to fill the server) do not hold places for good. Counted
     * from creation, so a restart does not give a room more time.
     */
    private void scheduleExpiry() {
        if (!inLobby()) {
            return;
        }
        long at = created + options.lobbyMinutesOrDefault() * 60_000L;
        expiryTimer = roomClock.schedule(() -> run(this::expireIfUnstarted), at - now());
    }

    private boolean inLobby() {
        return match.state().stage().phase() == Phase.LOBBY && !match.state().over();
    }

    private void expireIfUnstarted() {
        if (closing || !inLobby()) {
            return;
        }
        LOG.info("Room {} expired: it was never started within {} minutes", id, options.lobbyMinutesOrDefault());
        stop(ErrorCodes.ROOM_EXPIRED, "This room was never started and has expired; ask the facilitator for a new"
                + " join code.");
        ctx.tokens().remove(facilitatorToken);
        seats.values().forEach(s -> ctx.tokens().remove(s.token));
        ctx.expired().accept(this);
    }

    Journal journalFile() {
        return journal;
    }

    /** Whether nothing waits for the journal (used while shutting down). */
    public boolean quiet() {
        return outbox.waiting() == 0;
    }
}
