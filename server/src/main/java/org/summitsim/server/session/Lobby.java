package org.summitsim.server.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioFile;
import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Inbound;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Wire;
import org.summitsim.server.protocol.ScenarioSummaries;
import org.summitsim.server.report.ReportDesk;
import org.summitsim.server.room.BotFactory;
import org.summitsim.server.room.Member;
import org.summitsim.server.room.Room;
import org.summitsim.server.room.RoomOptions;
import org.summitsim.server.room.RoomRegistry;
import org.summitsim.server.room.Roster;
import org.summitsim.server.scenario.ScenarioLibrary;
import org.summitsim.server.transport.AddressLimits;
import org.summitsim.server.transport.Connection;

/**
 * The lobby's services, shared by every connection: listing scenarios and rooms, creating
 * rooms, and entering them by join code or token. Runs on the connection's loop; whatever
 * touches a room is handed to that room's loop.
 */
public final class Lobby {

    private static final Logger LOG = LoggerFactory.getLogger(Lobby.class);

    private final RoomRegistry registry;
    private final ScenarioLibrary scenarios;
    private final BotFactory bots;
    private final AddressLimits limits;
    private final FacilitatorKey key;
    private final ServerMessage.HelloOk.Limits wireLimits;
    private final long heartbeatMs;
    private final long idleTimeoutMs;
    private final Uploads uploads = new Uploads();
    private volatile boolean allowUploads;
    private volatile ReportDesk reports = new ReportDesk(null);
    private volatile boolean shuttingDown;

    public Lobby(
            RoomRegistry registry,
            ScenarioLibrary scenarios,
            BotFactory bots,
            AddressLimits limits,
            FacilitatorKey key,
            ServerMessage.HelloOk.Limits wireLimits,
            long heartbeatMs,
            long idleTimeoutMs) {
        this.registry = registry;
        this.scenarios = scenarios;
        this.bots = bots;
        this.limits = limits;
        this.key = key;
        this.wireLimits = wireLimits;
        this.heartbeatMs = heartbeatMs;
        this.idleTimeoutMs = idleTimeoutMs;
    }

    /** Whether facilitators may upload scenario files ({@code summit serve --allow-uploads}). */
    public void allowUploads(boolean allowed) {
        allowUploads = allowed;
    }

    /** Where rooms' reports are made and handed out; without one, rooms refuse {@code get_report}. */
    public void reports(ReportDesk desk) {
        reports = desk;
    }

    ReportDesk reports() {
        return reports;
    }

    public void shuttingDown() {
        shuttingDown = true;
    }

    ServerMessage.HelloOk helloOk(String id) {
        return new ServerMessage.HelloOk(
                id, ServerMessage.PROTOCOL, "summit/" + version(), heartbeatMs, idleTimeoutMs, wireLimits);
    }

    private static String version() {
        String v = Lobby.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }

    /** Messages every state after hello answers the same way; false when {@code in} is not one. */
    boolean common(Connection c, Inbound in) {
        ClientMessage m = in.message();
        if (m instanceof ClientMessage.Ping) {
            c.send(new ServerMessage.Pong(in.id(), System.currentTimeMillis()));
        } else if (m instanceof ClientMessage.Hello) {
            c.send(helloOk(in.id()));
        } else if (m instanceof ClientMessage.ListRooms) {
            c.send(new ServerMessage.Rooms(in.id(), registry.summaries()));
        } else if (m instanceof ClientMessage.ListScenarios) {
            c.send(ScenarioSummaries.list(in.id(), scenarios.listing()));
        } else {
            return false;
        }
        return true;
    }

    void upload(Connection c, String rid, ClientMessage.UploadScenario part) {
        refuseIfStopping();
        if (!allowUploads) {
            throw new ProtocolError(
                    ErrorCodes.UPLOADS_OFF,
                    "This server does not accept scenario files. Its operator"
                            + " can put the file in the server's scenario folder, or restart it with --allow-uploads.");
        }
        uploads.receive(c, part)
                .ifPresentOrElse(
                        f -> {
                            LOG.info("Scenario \"{}\" uploaded by {}", f.id(), c.name());
                            // No par-table check here: it plays matches, and this is the event loop. The
                            // uploading client checks the file where it reads it (`summit class create`).
                            c.send(new ServerMessage.ScenarioUploaded(
                                    rid, ScenarioSummaries.of(f, "uploaded", java.util.List.of())));
                        },
                        () -> c.send(new ServerMessage.Ack(rid, null)));
    }

    void createRoom(Connection c, String rid, ClientMessage.CreateRoom req, LobbySession session) {
        refuseIfStopping();
        key.check(req.key(), "create a room", c.channel().remoteAddress(), limits);
        ScenarioFile played = uploads.find(c, req.scenario())
                .or(() -> scenarios.file(req.scenario()))
                .orElseThrow(() -> new ProtocolError(
                        ErrorCodes.UNKNOWN_SCENARIO,
                        "There is no scenario \"" + req.scenario() + "\". Send list_scenarios to see them."));
        Scenario scenario = played.scenario();
        RoomOptions options = RoomOptions.parse(req.options(), scenario, bots);
        // Counted last, so a request refused for a typo does not use up the quota.
        if (!limits.mayCreateRoom(c.channel().remoteAddress())) {
            throw new ProtocolError(
                    ErrorCodes.ROOM_QUOTA,
                    "Your address has created as many rooms as it may for"
                            + " now; one more is allowed every few minutes. Rooms you no longer need expire by themselves.");
        }
        CompletableFuture<Room> created;
        try {
            // The room runs on this connection's loop: its creator's requests and replies need no other thread.
            created = registry.create(played, options, c.channel().eventLoop());
        } catch (IOException | UncheckedIOException e) {
            LOG.error("A room could not be created: {}", e.getMessage());
            throw new ProtocolError(ErrorCodes.STORAGE_FAILED, "The server could not create the room's journal.");
        }
        session.entering();
        created.whenComplete((room, failure) -> c.execute(() -> {
            if (failure != null) {
                LOG.error("A room could not be created: {}", failure.getMessage());
                session.refused();
                c.send(Wire.error(rid, ErrorCodes.STORAGE_FAILED, "The server could not create the room's journal."));
                return;
            }
            c.send(new ServerMessage.RoomCreated(rid, room.id(), room.code(), room.facilitatorToken()));
            enter(
                    c,
                    room,
                    new Roster.Entry(Member.Role.FACILITATOR, null, true, c.name(), null, session::refused),
                    rid,
                    session);
        }));
    }

    void join(Connection c, String rid, ClientMessage.Join req, LobbySession session) {
        refuseIfStopping();
        if (!limits.mayAttempt(c.channel().remoteAddress())) {
            throw tooManyAttempts();
        }
        Room room = registry.byCode(req.code()).orElse(null);
        if (room == null) {
            limits.failed(c.channel().remoteAddress());
            throw new ProtocolError(
                    ErrorCodes.UNKNOWN_CODE,
                    "No room has the code \"" + req.code() + "\". Check it with your facilitator.");
        }
        Member.Role role = req.spectator() ? Member.Role.SPECTATOR : Member.Role.PLAYER;
        enter(
                c,
                room,
                new Roster.Entry(
                        role,
                        req.spectator() ? null : req.seat(),
                        false,
                        req.name() != null ? req.name() : c.name(),
                        req.lastSeq(),
                        session::refused,
                        req.program()),
                rid,
                session);
    }

    void resume(Connection c, String rid, ClientMessage.Resume req, LobbySession session) {
        refuseIfStopping();
        if (!limits.mayAttempt(c.channel().remoteAddress())) {
            throw tooManyAttempts();
        }
        RoomRegistry.TokenRef ref = registry.byToken(req.token()).orElse(null);
        if (ref == null) {
            limits.failed(c.channel().remoteAddress());
            throw new ProtocolError(ErrorCodes.FORBIDDEN, "That token does not open any seat or room.");
        }
        Member.Role role = ref.seat() == null ? Member.Role.FACILITATOR : Member.Role.PLAYER;
        enter(
                c,
                ref.room(),
                new Roster.Entry(
                        role,
                        ref.seat(),
                        true,
                        req.name() != null ? req.name() : c.name(),
                        req.lastSeq() == null ? 0L : req.lastSeq(),
                        session::refused,
                        req.program()),
                rid,
                session);
    }

    private void enter(Connection c, Room room, Roster.Entry entry, String rid, LobbySession session) {
        session.entering();
        room.enter(new ConnectionLink(c, this), entry, rid);
    }

    private void refuseIfStopping() {
        if (shuttingDown) {
            throw new ProtocolError(ErrorCodes.SHUTTING_DOWN, "The server is shutting down and takes no new work.");
        }
    }

    static ProtocolError tooManyAttempts() {
        return new ProtocolError(
                ErrorCodes.TOO_MANY_ATTEMPTS,
                "Too many wrong codes or tokens from your address; wait a minute and try again.");
    }
}
