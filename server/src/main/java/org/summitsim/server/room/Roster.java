package org.summitsim.server.room;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.RejectionCode;
import org.summitsim.core.rules.Verdict;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.view.PlayerView;
import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Presence;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.PublicScenario;
import org.summitsim.protocol.RulesInForce;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Welcome;
import org.summitsim.protocol.Wire;
import org.summitsim.protocol.journal.JournalRecord;
import org.summitsim.server.secret.Secrets;

/**
 * Who is in a room and at which seat: entering and leaving, presence and grace periods, bots
 * and fallbacks on seats, welcomes, and the facilitator's room operations. Room loop only.
 */
public final class Roster {

    /** How a connection enters: its role, the seat (chosen, or from a token), and what it saw last. */
    public record Entry(Member.Role role, String seat, boolean byToken, String name, Long lastSeq,
                        Runnable onRefused) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Roster.class);

    private final Room room;
    private PublicScenario publicScenario;

    Roster(Room room) {
        this.room = room;
    }

    // ----- entering and leaving

    void enter(MemberLink conn, Entry e, String rid) {
        if (!conn.isOpen()) {
            e.onRefused().run();
            return;
        }
        Seat seat = null;
        try {
            if (room.closing()) {
                throw new ProtocolError(ErrorCodes.ROOM_CLOSED, "This room is not available now.");
            }
            if (e.role() == Member.Role.PLAYER) {
                seat = pickSeat(e);
            }
        } catch (ProtocolError err) {
            LOG.debug("room {}: refused entry of {}: {}", room.id, conn.remote(), err.code());
            e.onRefused().run();
            room.reply(conn, Wire.error(rid, err));
            return;
        }
        Member m = new Member("p" + room.nextPlayer(), conn, e.name() == null ? "" : e.name(), e.role(),
                seat == null ? null : seat.id);
        room.members.put(m.player, m);
        if (seat != null) {
            if (!e.byToken() && seat.abandoned()) {
                // A new player: the one who left keeps no way back in, and reads on only if the room says so.
                handOver(seat, RoomOptions.HANDOVER_FRESH.equals(room.options.handoverOrDefault()));
            }
            takeSeat(seat, m);
        }
        conn.enteredRoom(room, m);
        conn.onClose(() -> room.execute(() -> depart(m)));
        welcome(m, rid, e.lastSeq() == null ? null : Math.max(0, e.lastSeq()));
        presenceChanged();
    }

    private Seat pickSeat(Entry e) {
        if (e.seat() != null) {
            Seat s = room.seats.get(e.seat());
            if (s == null) {
                throw new ProtocolError(ErrorCodes.UNKNOWN_SEAT, "There is no seat \"" + e.seat() + "\". Seats: "
                        + String.join(", ", room.seats.keySet()) + ".");
            }
            if (!e.byToken() && !s.free()) {
                throw new ProtocolError(ErrorCodes.SEAT_TAKEN, takenMessage(s));
            }
            if (!e.byToken() && s.abandoned() && !openToCode()) {
                throw new ProtocolError(ErrorCodes.SEAT_TAKEN, "The seat " + s.id + " was left by its player; only"
                        + " the facilitator can give it to someone new. Ask them to seat you, or choose a free seat.");
            }
            return s;
        }
        for (Seat s : room.seats.values()) {
            if (s.free() && s.agent == null && !s.everTaken) {
                return s;
            }
        }
        for (Seat s : room.seats.values()) {
            if (s.free() && (!s.abandoned() || openToCode())) {
                return s;
            }
        }
        throw new ProtocolError(ErrorCodes.ROOM_FULL,
                "Every seat is taken. Join as a spectator, or ask the facilitator to seat you.");
    }

    /** Whether anyone with the join code may take a seat its player abandoned. */
    private boolean openToCode() {
        return !RoomOptions.HANDOVER_FACILITATOR.equals(room.options.handoverOrDefault());
    }

    /** The seat changes hands: a new token, and its earlier private talk hidden from now on when {@code fresh}. */
    private void handOver(Seat s, boolean fresh) {
        s.hiddenThrough = fresh ? room.match().lastSeq() : 0;
        replaceToken(s, s.hiddenThrough);
    }

    /** Why a seat cannot be joined by code: held by players now, or kept for one who left. */
    private String takenMessage(Seat s) {
        String name = room.scenario.delegation(s.id).map(d -> d.name()).orElse(s.id);
        if (s.humans.isEmpty() && s.graceEndsAt != null) {
            long seconds = Math.max(1, (s.graceEndsAt - room.now() + 999) / 1000);
            return "The seat of " + name + " is waiting for its player, who has left: it stays theirs for "
                    + seconds + " s more. If that is you, run the same command on the computer you played on"
                    + " (it remembers your seat), or choose another delegation.";
        }
        return "The seat of " + name + " is taken. Choose a free seat, ask its players for their token,"
                + " or ask the facilitator to seat you.";
    }

    private void takeSeat(Seat s, Member m) {
        s.cancelGrace();
        removeAgent(s);
        m.delegate = firstFreeDelegateNumber(s);
        s.humans.add(m);
        if (!s.everTaken) {
            s.everTaken = true;
            room.journal(new JournalRecord.SeatTaken(s.id, room.now()));
        }
    }

    /** Pseudonyms number a seat's humans 1, 2, ...; a number stays with its holder while connected. */
    private static int firstFreeDelegateNumber(Seat s) {
        int n = 1;
        while (true) {
            int candidate = n;
            if (s.humans.stream().noneMatch(h -> h.delegate == candidate)) {
                return n;
            }
            n++;
        }
    }

    private void leaveSeat(Member m) {
        Seat s = m.seat == null ? null : room.seats.get(m.seat);
        if (s == null) {
            return;
        }
        s.humans.remove(m);
        if (!s.hasHumans()) {
            startGrace(s);
        }
    }

    /** The connection closed. */
    void depart(Member m) {
        if (m.gone) {
            return;
        }
        m.gone = true;
        room.members.remove(m.player);
        if (m.role == Member.Role.PLAYER) {
            leaveSeat(m);
        }
        presenceChanged();
    }

    void leave(Member m, String rid) {
        depart(m);
        room.reply(m.connection, Wire.encode(new ServerMessage.Left(rid, room.id)));
        m.connection.backToLobby();
    }

    // ----- grace, bots and fallbacks

    void startGrace(Seat s) {
        s.cancelGrace();
        if (room.match().state().over() || room.closing()) {
            return;
        }
        int grace = room.options.graceSeconds();
        s.graceEndsAt = room.now() + grace * 1000L;
        s.graceTimer = room.clock().schedule(() -> room.run(() -> graceOver(s)), grace * 1000L);
    }

    private void graceOver(Seat s) {
        s.graceTimer = null;
        s.graceEndsAt = null;
        if (s.hasHumans() || room.match().state().over() || room.closing()) {
            return;
        }
        switch (room.options.absent()) {
            case RoomOptions.BOT -> attachBot(s, room.options.bot(), true);
            case RoomOptions.DEFAULT -> {
                s.agent = new FallbackAgent();
                room.wakeAgents();
            }
            default -> {
            }
        }
        presenceChanged();
    }

    void attachBot(Seat s, String asked, boolean journal) {
        // "mixed" names a draw, not a strategy: the seat, its journal and the report keep what it drew.
        String strategy = Strategies.resolve(asked, s.id, room.match().state().seed());
        try {
            SeatAgent agent = room.ctx.bots().create(strategy, room.scenario, s.id, room.match().state().seed());
            removeAgent(s);
            s.agent = agent;
            s.bot = strategy;
            if (journal) {
                room.journal(new JournalRecord.BotTook(s.id, strategy, room.now()));
            }
            room.wakeAgents();
        } catch (RuntimeException e) {
            LOG.warn("Room {}: no bot \"{}\" for seat {}: {}", room.id, strategy, s.id, e.getMessage());
        }
    }

    void removeAgent(Seat s) {
        if (s.agent == null) {
            return;
        }
        s.agent.stop();
        if (s.bot != null) {
            room.journal(new JournalRecord.BotLeft(s.id, room.now()));
        }
        s.agent = null;
        s.bot = null;
    }

    SeatControl control(Seat s, SeatAgent agent) {
        return new SeatControl() {
            @Override
            public String seat() {
                return s.id;
            }

            @Override
            public Scenario scenario() {
                return room.scenario;
            }

            @Override
            public PlayerView view() {
                return room.match().view(org.summitsim.core.view.Viewer.seat(s.id));
            }

            @Override
            public long lastSeq() {
                return room.match().lastSeq();
            }

            @Override
            public List<Match.Sequenced> eventsAfter(long seq) {
                return room.match().eventsFor(org.summitsim.core.view.Viewer.seat(s.id), seq);
            }

            @Override
            public boolean over() {
                return room.match().state().over() || room.closing() || s.agent != agent;
            }

            @Override
            public Verdict submit(Command command) {
                if (s.agent != agent) {
                    return Verdict.reject(RejectionCode.FORBIDDEN, "This seat is no longer played by this agent.");
                }
                if (room.closing()) {
                    return Verdict.reject(RejectionCode.MATCH_OVER, "This room takes no more moves.");
                }
                return room.submit(new Move(Actor.seat(s.id), room.match().state().stage(), command));
            }

            @Override
            public RoomClock.Timer schedule(Runnable task, long delayMs) {
                return room.clock().schedule(() -> room.run(() -> {
                    if (s.agent == agent) {
                        task.run();
                    }
                }), delayMs);
            }

            @Override
            public boolean person(String seat) {
                Seat other = room.seats.get(seat);
                return other != null && room.playedByPerson(other);
            }

            @Override
            public boolean paced() {
                return room.pacer().paced();
            }

            @Override
            public long spreadMs() {
                return room.pacer().spreadMs();
            }

            @Override
            public void turn(long delayMs, boolean urgent, java.util.function.BooleanSupplier turn) {
                room.pacer().request(agent, delayMs, urgent, () -> s.agent == agent && turn.getAsBoolean());
            }
        };
    }

    // ----- what members are told

    void welcome(Member m, String rid, Long lastSeq) {
        long n = room.match().lastSeq();
        String token = switch (m.role) {
            case PLAYER -> room.seats.get(m.seat).token;
            case FACILITATOR -> room.facilitatorToken;
            case SPECTATOR -> null;
        };
        if (publicScenario == null) {
            publicScenario = PublicScenario.of(room.scenario);
        }
        var settings = room.match().state().settings();
        boolean pseudonyms = room.options.pseudonymous();
        RulesInForce rules = new RulesInForce(settings.timing(), settings.adoption(), settings.adoption().describe(),
                settings.facilitatorReadsPrivate(), pseudonyms,
                RulesInForce.privacy(settings.facilitatorReadsPrivate(), pseudonyms, alias(m), m.seat != null),
                room.options.absent(), room.options.graceSeconds(), room.scenario.defaultDecision(),
                room.options.bot(), room.options.lobbyMinutesOrDefault(), room.options.handoverOrDefault());
        Welcome w = new Welcome(rid, room.id, room.code, room.options.label(), m.roleName(), m.seat, m.player,
                m.name, token, publicScenario, rules, room.match().view(m.viewer()),
                (org.summitsim.protocol.Clock) room.clockMessage(null),
                presence(null, m.role == Member.Role.FACILITATOR));
        List<byte[]> lines = new ArrayList<>();
        lines.add(Wire.encode(w));
        if (lastSeq != null) {
            for (Match.Sequenced s : readable(m, room.match().eventsFor(m.viewer(), lastSeq))) {
                lines.add(room.encodeEvent(s));
            }
        }
        m.sentSeq = n;
        room.outboxSend(() -> lines.forEach(m.connection::send));
    }

    /** What of {@code events} the member may read: a seat's history from before a fresh handover is not theirs. */
    List<Match.Sequenced> readable(Member m, List<Match.Sequenced> events) {
        return m.role == Member.Role.PLAYER ? room.seats.get(m.seat).readable(events) : events;
    }

    Presence presence(String rid, boolean facilitator) {
        List<Presence.SeatPresence> list = new ArrayList<>();
        for (Seat s : room.seats.values()) {
            String status = s.status();
            String fallback = null;
            if (status.equals("absent")) {
                fallback = s.agent != null ? RoomOptions.DEFAULT
                        : s.graceEndsAt != null ? room.options.absent() : RoomOptions.OPEN;
            }
            list.add(new Presence.SeatPresence(s.id, status, s.humans.size(),
                    s.humans.stream().map(h -> shownName(h, facilitator)).toList(), s.graceEndsAt, fallback, s.bot));
        }
        int spectators = 0;
        List<Presence.PlayerEntry> players = facilitator ? new ArrayList<>() : null;
        for (Member m : room.members.values()) {
            spectators += m.role == Member.Role.SPECTATOR ? 1 : 0;
            if (players != null) {
                players.add(new Presence.PlayerEntry(m.player, m.name, m.roleName(), m.seat));
            }
        }
        return new Presence(rid, list, spectators, players);
    }

    /** A member's name as {@code facilitator} or everyone else sees it (pseudonyms hide it from peers). */
    String shownName(Member m, boolean facilitator) {
        if (facilitator || !room.options.pseudonymous() || m.seat == null) {
            return m.name;
        }
        String delegation = room.scenario.delegation(m.seat).map(d -> d.name()).orElse(m.seat);
        return "Delegate " + m.delegate + " (" + delegation + ")";
    }

    /** How peers see {@code m} under pseudonyms; for those without a seat, an example. */
    private String alias(Member m) {
        if (m.seat != null) {
            return shownName(m, false);
        }
        String first = room.scenario.playable().isEmpty() ? "Northland" : room.scenario.playable().get(0).name();
        return "Delegate 1 (" + first + ")";
    }

    void presenceChanged() {
        room.peopleChanged();
        byte[] pub = Wire.encode(presence(null, false));
        byte[] fac = Wire.encode(presence(null, true));
        room.outboxSend(() -> room.members.values().forEach(m ->
                m.connection.send(m.role == Member.Role.FACILITATOR ? fac : pub)));
        room.updateSummary();
    }

    // ----- the facilitator's room operations

    void operate(Member f, String rid, ClientMessage msg) {
        if (msg instanceof ClientMessage.FillBots b) {
            fillBots(b);
        } else if (msg instanceof ClientMessage.RemoveBot b) {
            Seat s = seat(b.seat());
            if (s.bot != null) {
                removeAgent(s);
                if (s.everTaken && !s.hasHumans()) {
                    startGrace(s);
                }
            }
        } else if (msg instanceof ClientMessage.MovePlayer mp) {
            move(member(mp.player()), mp.seat(), !Boolean.FALSE.equals(mp.history()));
        } else if (msg instanceof ClientMessage.Kick k) {
            Member m = member(k.player());
            String reason = k.reason() == null || k.reason().isBlank() ? "The facilitator removed you from the room."
                    : k.reason();
            // At once, not behind the journal: a bye acknowledges nothing stored, and a kicked
            // connection must not linger in the room waiting for the disk.
            m.connection.bye(ErrorCodes.KICKED, reason);
            Seat kickedFrom = m.role == Member.Role.PLAYER ? seat(m.seat) : null;
            depart(m);
            if (kickedFrom != null) {
                resetToken(kickedFrom);
            }
        } else if (msg instanceof ClientMessage.ResetToken r) {
            resetToken(seat(r.seat()));
        } else {
            throw new ProtocolError(ErrorCodes.ALREADY_IN_ROOM, "You are in a room; send leave first.");
        }
        room.reply(f, Wire.encode(new ServerMessage.Ack(rid, null)));
        presenceChanged();
    }

    private void fillBots(ClientMessage.FillBots b) {
        String strategy = b.strategy() == null ? room.options.bot() : b.strategy();
        if (!room.ctx.bots().exists(strategy)) {
            throw new ProtocolError(ErrorCodes.BOT_UNAVAILABLE, "There is no bot strategy \"" + strategy
                    + "\". Strategies: " + String.join(", ", room.ctx.bots().strategies()) + ".");
        }
        if (room.match().state().over()) {
            throw new ProtocolError("match_over", "The summit is over; there is nothing left for bots to play.");
        }
        List<Seat> targets = new ArrayList<>();
        if (b.seats() == null) {
            room.seats.values().stream().filter(s -> !s.hasHumans() && s.bot == null).forEach(targets::add);
        } else {
            for (String id : b.seats()) {
                Seat s = seat(id);
                if (s.hasHumans()) {
                    throw new ProtocolError(ErrorCodes.SEAT_TAKEN, "The seat " + s.id + " has players; a bot only"
                            + " takes a seat with nobody on it.");
                }
                targets.add(s);
            }
        }
        for (Seat s : targets) {
            s.cancelGrace();
            attachBot(s, strategy, true);
        }
    }

    private void move(Member m, String seatId, boolean history) {
        if (m.role == Member.Role.FACILITATOR) {
            throw new ProtocolError(ErrorCodes.FORBIDDEN, "A facilitator cannot be moved to a seat.");
        }
        Seat target = seatId == null ? null : seat(seatId);
        Seat left = null;
        if (m.role == Member.Role.PLAYER) {
            if (target != null && target.id.equals(m.seat)) {
                return;
            }
            left = seat(m.seat);
            leaveSeat(m);
        }
        if (target == null) {
            m.role = Member.Role.SPECTATOR;
            m.seat = null;
        } else {
            m.role = Member.Role.PLAYER;
            m.seat = target.id;
            if (target.abandoned()) {
                handOver(target, !history); // the facilitator chose this player, and whether they read on
            }
            takeSeat(target, m);
        }
        welcome(m, null, null);
        if (left != null) {
            // The moved player still holds the old seat's token; a new one keeps them out of it.
            resetToken(left);
        }
    }

    private void resetToken(Seat s) {
        replaceToken(s, null);
        s.humans.forEach(h -> welcome(h, null, null));
    }

    /** A new token for the seat, journaled with {@code hiddenThrough} (null: unchanged); the old one stops working. */
    private void replaceToken(Seat s, Long hiddenThrough) {
        String old = s.token;
        s.token = Secrets.token("st.");
        room.journal(new JournalRecord.TokenReset(s.id, s.token, room.now(), hiddenThrough));
        room.ctx.tokens().remove(old);
        room.ctx.tokens().put(s.token, room, s.id);
    }

    private Seat seat(String id) {
        Seat s = id == null ? null : room.seats.get(id);
        if (s == null) {
            throw new ProtocolError(ErrorCodes.UNKNOWN_SEAT, "There is no seat \"" + id + "\". Seats: "
                    + String.join(", ", room.seats.keySet()) + ".");
        }
        return s;
    }

    private Member member(String player) {
        Member m = room.members.get(player);
        if (m == null) {
            throw new ProtocolError(ErrorCodes.UNKNOWN_PLAYER, "No connected player \"" + player
                    + "\"; the presence list has the ids.");
        }
        return m;
    }
}
