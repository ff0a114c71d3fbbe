package org.summitsim.server.room;

import io.netty.channel.EventLoop;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Inbound;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.RoomSummary;
import org.summitsim.protocol.StageText;
import org.summitsim.protocol.Wire;
import org.summitsim.protocol.journal.JournalRecord;
import org.summitsim.protocol.journal.JournalRecord.SavedOptions;
import org.summitsim.server.journal.Journal;
import org.summitsim.server.report.ReportDesk;

/**
 * One summit being played: the match, the people and bots in it, its clock and its journal.
 * Everything here runs on the room's own thread (its {@link RoomClock}: an event loop in
 * production, a hand-driven clock in tests), so the game needs no locks; other threads reach it
 * only through {@link #execute}. Every move takes one path, {@link #submit}: the match decides
 * it, the {@link RoomJournal} appends its events and the {@link FanOut} delivers them once they
 * are stored (by default the room writes its journal itself, a small write into the OS, so the
 * wait is over before the send; with fsync always a writer thread writes and forces it and tells
 * the room). Nothing here waits for the disk. The room's other jobs are its parts, below.
 */
public final class Room {

    private static final Logger LOG = LoggerFactory.getLogger(Room.class);

    final String id;
    final String code;
    final Scenario scenario;
    final SavedOptions options;
    final long created;
    final String facilitatorToken;
    final RoomContext ctx;
    private final RoomClock roomClock;
    private final Match match;
    private final Outbox outbox;
    final Map<String, Seat> seats = new LinkedHashMap<>();
    final Map<String, Member> members = new LinkedHashMap<>();

    // The room's parts, one job each; they reach each other through the room, on its thread.
    final RoomJournal journal;
    final FanOut fanOut;
    final PhaseDeadline deadline = new PhaseDeadline(this);
    final VoteWindow votes;
    final BotPacer pacer;
    final PeopleFirst peopleFirst;
    final NetworkBots networkBots = new NetworkBots(this);
    final LobbyExpiry expiry = new LobbyExpiry(this);
    final SeatAgents agents = new SeatAgents(this);
    final ReconnectGrace grace = new ReconnectGrace(this);
    final SeatTokens tokens = new SeatTokens(this);
    final Roster roster = new Roster(this);
    final Welcomes welcomes = new Welcomes(this);
    final PresenceBoard presence = new PresenceBoard(this);
    final FacilitatorDesk facilitator = new FacilitatorDesk(this);
    private final MemberRequests requests = new MemberRequests(this);
    private final ReportRequest report = new ReportRequest(this);

    private boolean closing;
    private boolean failed;
    private int nextPlayer = 1;
    private volatile RoomSummary summary;

    Room(
            RoomContext ctx,
            RoomClock roomClock,
            JournalRecord.RoomOpened header,
            Scenario scenario,
            Match match,
            List<Long> times,
            Journal journal) {
        this.ctx = ctx;
        this.roomClock = roomClock;
        this.id = header.room();
        this.code = header.code();
        this.scenario = scenario;
        this.options = header.options();
        this.created = header.created();
        this.facilitatorToken = header.facilitator();
        this.match = match;
        this.outbox = new Outbox(journal.appended());
        this.journal = new RoomJournal(journal, outbox, times, roomClock, e -> execute(() -> storageFailed(e)));
        this.fanOut = new FanOut(members, outbox, this.journal, match);
        // In scenario order: the journal's seat map is written sorted by id, and a restored room must
        // list seats (presence, monitor, the first free seat for join) as a new one does.
        scenario.playable()
                .forEach(d -> seats.put(d.id(), new Seat(d.id(), header.seats().get(d.id()))));
        Pace pace = Pace.of(options);
        this.votes = new VoteWindow(this, pace.voteWindowSeconds());
        this.pacer = new BotPacer(this, pace);
        this.peopleFirst = new PeopleFirst(this, pace);
        for (int i = 0; i < times.size(); i++) {
            deadline.apply(match.log().get(i), times.get(i));
            votes.apply(match.log().get(i), times.get(i));
        }
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

    /** The Netty loop this room runs on, if any: its members' channels move there when they enter. */
    public Optional<EventLoop> eventLoop() {
        return roomClock.eventLoop();
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

    /** Called once on the loop after the room is built (new or restored): timers, grace periods and bots. */
    void started(List<JournalRecord> roomRecords) {
        Seat.restore(seats, roomRecords);
        if (match.state().over()) {
            journal.closeWhenIdle();
            return;
        }
        expiry.schedule();
        for (Seat s : seats.values()) {
            if (s.bot != null) {
                String strategy = s.bot;
                s.bot = null;
                agents.attachBot(s, strategy, false);
            } else if (s.everTaken) {
                grace.start(s);
            }
        }
        deadline.reschedule();
        votes.changed();
        updateSummary();
    }

    // ----- the one path every move takes: humans, bots, fallbacks and the clock

    /**
     * A mute is the teacher's word to a student, not to a seat: it goes with the student moved to
     * another seat ({@code to}), and is lifted from the seat they left ({@code from}, or a seat a
     * bot takes), so a bot or the next student there is not silenced for them.
     */
    void carryMute(String from, String to) {
        if (from == null || !match.state().isMuted(from)) {
            return;
        }
        Stage stage = match.state().stage();
        submit(new Move(Actor.FACILITATOR, stage, new Command.Unmute(from)));
        if (to != null && !match.state().isMuted(to)) {
            submit(new Move(Actor.FACILITATOR, stage, new Command.Mute(to)));
        }
    }

    /** Decides a move; when accepted, its events are journaled and (once stored) delivered. */
    Verdict submit(Move move) {
        return submit(move, null, null);
    }

    /**
     * As {@link #submit(Move)}, for request {@code requestId} of {@code requester} (null: none):
     * when accepted, the requester gets its events and then the ack before the other members.
     */
    Verdict submit(Move move, Member requester, String requestId) {
        // Refused by the host, not the rules: the game's state is not the reason.
        if (failed) {
            throw new ProtocolError(
                    ErrorCodes.STORAGE_FAILED, "The server cannot save this room any more; nothing can change in it.");
        }
        if (closing) {
            throw new ProtocolError(
                    ErrorCodes.SHUTTING_DOWN, "The server is shutting down; try again when it is back.");
        }
        Verdict v = match.submit(move);
        if (!v.accepted()) {
            LOG.debug(
                    "room {}: {} refused {}: {}",
                    id,
                    move.actor(),
                    move.command().getClass().getSimpleName(),
                    v.rejection().code());
            return v;
        }
        record(v.events(), requester, requestId);
        return v;
    }

    private void record(List<Event> events, Member requester, String requestId) {
        long now = now();
        long first = match.lastSeq() - events.size() + 1;
        boolean clockChanged = false;
        boolean ended = false;
        for (Event e : events) {
            clockChanged |= deadline.apply(e, now);
            votes.apply(e, now);
            peopleFirst.apply(e);
            ended |= e instanceof Event.MatchEnded;
        }
        if (ended) {
            // Before anyone hears of the end: whoever is told may create the next room at once.
            ctx.finished().accept(this);
        }
        journal.appendEvents(first, now, events);
        if (clockChanged) {
            deadline.reschedule();
        }
        expiry.checkStarted();
        byte[] clockLine = clockChanged ? Wire.encode(deadline.message(null, now)) : null;
        if (requester == null) {
            fanOut.events(first, now, events, clockLine);
        } else {
            fanOut.events(first, now, events, clockLine, requester, requestId);
        }
        if (ended) {
            deadline.cancel();
            votes.stop();
            pacer.stop();
            networkBots.drop(
                    org.summitsim.core.rules.RejectionCode.MATCH_OVER.wire(),
                    "The summit ended before this went out, so it was not sent.");
            grace.cancelAll();
            journal.closeWhenIdle();
        }
        agents.wake();
        votes.changed();
        updateSummary();
    }

    // ----- members: entering from the lobby, and their requests

    /** Enters {@code connection} into the room (join, resume or create). Thread-safe. */
    public void enter(MemberLink connection, Roster.Entry entry, String requestId) {
        execute(() -> roster.enter(connection, entry, requestId));
    }

    /** A request from a member's connection; runs on the room's loop. */
    public void handle(Member m, Inbound in) {
        requests.handle(m, in, () -> requests.dispatch(m, in));
    }

    /** {@code get_report}: the room's report, made by the server's {@code reports}. */
    public void handleReport(Member m, Inbound in, ReportDesk reports) {
        requests.handle(m, in, () -> report.report(m, (ClientMessage.GetReport) in.message(), in.id(), reports));
    }

    /** The people in the room changed: a vote that waited only for them may close now. */
    void peopleChanged() {
        votes.changed();
    }

    int nextPlayer() {
        return nextPlayer++;
    }

    /** Whether the room takes nothing more: shutting down, expired, or its journal failed. */
    boolean closing() {
        return closing || failed;
    }

    /** Whether the room is shutting down or expired (its journal may still be fine). */
    boolean shuttingDown() {
        return closing;
    }

    boolean failed() {
        return failed;
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
        summary = new RoomSummary(
                id,
                options.label(),
                scenario.id(),
                scenario.title(),
                StageText.format(match.state().stage()),
                match.state().paused(),
                match.state().over(),
                seats.size(),
                taken,
                bots,
                players,
                spectators,
                created,
                options.listed() ? code : null);
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
        deadline.cancel();
        votes.stop();
        pacer.stop();
        networkBots.drop(
                ErrorCodes.STORAGE_FAILED, "The server cannot save this room any more; nothing can change in it.");
        LOG.error(
                "Room {}: its journal {} could not be written ({}); the room takes no more commands.",
                id,
                journal.file(),
                e.getMessage());
        byte[] line = Wire.error(
                null,
                ErrorCodes.STORAGE_FAILED,
                "The server could not save this room; it takes no more commands. Tell the facilitator.");
        fanOut.toEach(m -> line); // at once: the outbox holds nothing back once the journal failed
    }

    /** Stops the clock and tells everyone the server is going; after the journal is flushed. */
    void shutdown() {
        stop(ErrorCodes.SERVER_SHUTDOWN, "The server is shutting down. Reconnect with your token when it is back.");
    }

    /** Stops every timer and agent and says {@code farewell} to everyone: the room takes nothing more. */
    void stop(String code, String farewell) {
        closing = true;
        deadline.cancel();
        votes.stop();
        pacer.stop();
        expiry.cancel();
        grace.cancelAll();
        agents.stopAll();
        fanOut.byeToAll(code, farewell);
    }

    Journal journalFile() {
        return journal.journal();
    }

    /** Whether nothing waits for the journal (used while shutting down). */
    public boolean quiet() {
        return outbox.waiting() == 0;
    }
}
