package org.summitsim.server.room;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Move;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.rules.Verdict;
import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.Inbound;
import org.summitsim.protocol.Limits;
import org.summitsim.protocol.MessageParser;
import org.summitsim.protocol.ProtocolError;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.StageText;
import org.summitsim.protocol.Wire;

/**
 * What a member's connection asks of the room, once in it: each request is checked against the
 * member's role and answered in room order; a refusal becomes an error reply, never a dropped
 * request. Commands go on to the match through {@link Room#submit}.
 */
final class MemberRequests {

    private static final Logger LOG = LoggerFactory.getLogger(MemberRequests.class);
    /** A page of {@code get_events} stops after about this much, so one reply cannot hog the connection. */
    private static final int PAGE_BYTES = 256 * 1024;

    private final Room room;

    MemberRequests(Room room) {
        this.room = room;
    }

    /** Runs {@code action} for request {@code in} on the room's loop, answering a refusal with an error. */
    void handle(Member m, Inbound in, Runnable action) {
        room.execute(() -> {
            if (m.gone) {
                // The member left (or was moved or kicked) while this request was on its way, before
                // the connection switched back to the lobby: answer it rather than drop it.
                room.fanOut.reply(
                        m,
                        Wire.error(
                                in.id(),
                                ErrorCodes.NOT_IN_ROOM,
                                "You are no longer in this room; join or resume to come back."));
                return;
            }
            try {
                action.run();
            } catch (ProtocolError e) {
                LOG.debug("room {}: refused {} from {}: {} {}", room.id, in.type(), m.player, e.code(), e.getMessage());
                room.fanOut.reply(m, Wire.error(in.id(), e));
            }
        });
    }

    void dispatch(Member m, Inbound in) {
        ClientMessage msg = in.message();
        String rid = in.id();
        if (msg instanceof ClientMessage.BoundCommand c) {
            command(m, rid, c::stage, c::command);
        } else if (msg instanceof ClientMessage.SendCommand c) {
            // Bound here, in this order, so that a spectator is told it cannot act before any field error.
            command(m, rid, () -> StageText.parse(c.stage()), () -> MessageParser.command(c.command()));
        } else if (msg instanceof ClientMessage.GetView) {
            room.fanOut.reply(
                    m, Wire.encode(new ServerMessage.View(rid, room.match().view(m.viewer()))));
        } else if (msg instanceof ClientMessage.GetWelcome) {
            room.welcomes.welcome(m, rid, null);
        } else if (msg instanceof ClientMessage.GetClock) {
            room.fanOut.reply(m, Wire.encode(room.deadline.message(rid)));
        } else if (msg instanceof ClientMessage.GetPresence) {
            room.fanOut.reply(m, Wire.encode(room.presence.presence(rid, m.role == Member.Role.FACILITATOR)));
        } else if (msg instanceof ClientMessage.GetEvents g) {
            events(m, rid, g);
        } else if (msg instanceof ClientMessage.GetMonitor) {
            if (m.role != Member.Role.FACILITATOR) {
                throw new ProtocolError(ErrorCodes.FORBIDDEN, "Only the facilitator can see the monitor.");
            }
            long now = room.now();
            room.fanOut.reply(
                    m,
                    Wire.encode(ActivityMonitor.build(
                            room, rid, room.journal.times(), room.deadline.message(null, now), now)));
        } else if (msg instanceof ClientMessage.Leave) {
            room.roster.leave(m, rid);
        } else {
            if (m.role != Member.Role.FACILITATOR) {
                throw new ProtocolError(ErrorCodes.FORBIDDEN, "Only the facilitator can do that.");
            }
            room.facilitator.operate(m, rid, msg);
        }
    }

    private void command(Member m, String rid, Supplier<Stage> boundStage, Supplier<Command> boundCommand) {
        if (m.role == Member.Role.SPECTATOR) {
            throw new ProtocolError(
                    ErrorCodes.FORBIDDEN,
                    "Spectators watch; they cannot send commands. Join as a player to take part.");
        }
        // The command first: "that is not a command" says more than "the stage is missing".
        Command command = boundCommand.get();
        Stage stage;
        try {
            stage = boundStage.get();
        } catch (ProtocolError e) {
            if (!e.code().equals("missing_stage")) {
                throw e;
            }
            throw new ProtocolError(
                    e.code(),
                    e.getMessage() + " The summit is now in "
                            + StageText.format(room.match().state().stage()) + ".");
        }
        if (command instanceof Command.HostCommand) {
            throw new ProtocolError(
                    ErrorCodes.FORBIDDEN,
                    command instanceof Command.Deadline
                            ? "Only the room's clock sends deadlines; use advance instead."
                            : "Only the room sends that, when a person takes a seat over from a bot.");
        }
        if (command instanceof Command.ChairCommand && m.role != Member.Role.FACILITATOR) {
            throw new ProtocolError(ErrorCodes.FORBIDDEN, "Only the facilitator can do that.");
        }
        if (command instanceof Command.SeatCommand && m.role != Member.Role.PLAYER) {
            throw new ProtocolError(
                    ErrorCodes.FORBIDDEN,
                    "The facilitator does not speak for a delegation; join as a player to do that.");
        }
        if (m.program && command instanceof Command.SeatCommand) {
            room.networkBots.command(m, rid, new Move(m.actor(), stage, command));
            return;
        }
        Verdict v = room.submit(new Move(m.actor(), stage, command), m, rid);
        if (!v.accepted()) {
            room.fanOut.reply(
                    m,
                    Wire.error(rid, v.rejection().code().wire(), v.rejection().message()));
        }
    }

    /** {@code get_events}: one page of what the member may read after a seq, then where the page ended. */
    private void events(Member m, String rid, ClientMessage.GetEvents g) {
        long after = g.afterSeq() == null ? 0 : Math.max(0, g.afterSeq());
        int limit =
                g.limit() == null ? Limits.EVENTS_PER_PAGE : Math.max(1, Math.min(g.limit(), Limits.EVENTS_PER_PAGE));
        Match match = room.match();
        List<Match.Sequenced> visible = room.welcomes.readable(m, match.eventsFor(m.viewer(), after));
        List<byte[]> lines = new ArrayList<>();
        int bytes = 0;
        long lastSent = after;
        for (Match.Sequenced s : visible) {
            if (lines.size() >= limit || bytes > PAGE_BYTES) {
                break;
            }
            byte[] line = room.fanOut.encodeEvent(rid, s);
            lines.add(line);
            bytes += line.length;
            lastSent = s.seq();
        }
        boolean more = lines.size() < visible.size();
        byte[] end = Wire.encode(new ServerMessage.EventsEnd(rid, more ? lastSent : match.lastSeq(), more));
        room.fanOut.send(() -> {
            lines.forEach(m.connection::send);
            m.connection.send(end);
        });
    }
}
