package org.summitsim.server.room;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Event;
import org.summitsim.core.view.Visibility;
import org.summitsim.protocol.ErrorCodes;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Wire;

/**
 * Delivery to the room's members: every line goes through the {@link Outbox}, so members get
 * output in the order the room produced it and never before the journal holds what it reports.
 * Events go to whoever may see them, each encoded once however many members get it. Room loop only.
 */
final class FanOut {

    private final Map<String, Member> members;
    private final Outbox outbox;
    private final RoomJournal journal;
    private final Match match;

    FanOut(Map<String, Member> members, Outbox outbox, RoomJournal journal, Match match) {
        this.members = members;
        this.outbox = outbox;
        this.journal = journal;
        this.match = match;
    }

    /** New events (numbered from {@code first}) for everyone, then the clock if they changed it ({@code clockLine}). */
    void events(long first, long time, List<Event> events, byte[] clockLine) {
        outbox.send(() -> deliver(first, time, events, clockLine, null, null));
    }

    /**
     * As {@link #events}, for a member's request {@code requestId}: the requester gets its events and
     * then the ack before the other members get theirs, so the ack waits for no one. If the journal
     * fails first, the requester is told the command did not happen.
     */
    void events(long first, long time, List<Event> events, byte[] clockLine, Member requester, String requestId) {
        MemberLink to = requester.connection;
        byte[] ack = Wire.encode(new ServerMessage.Ack(requestId, match.lastSeq()));
        // Encoded only if the journal fails: nearly every request never needs it.
        Runnable lost = () -> to.send(Wire.error(
                requestId,
                ErrorCodes.STORAGE_FAILED,
                "The server could not save that; it did not happen. The room takes no more commands."));
        outbox.send(() -> deliver(first, time, events, clockLine, requester, ack), lost);
    }

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
            if (seq <= m.sentSeq
                    || !Visibility.canSee(viewer, events.get(i), match.state().settings())) {
                continue;
            }
            if (encoded[i] == null) {
                encoded[i] = Wire.encode(new ServerMessage.EventMessage(seq, time, events.get(i)));
            }
            m.connection.send(encoded[i]);
        }
        m.sentSeq = Math.max(m.sentSeq, first + events.size() - 1);
    }

    /** An event as the reply to request {@code rid} (null: not a reply). */
    byte[] encodeEvent(String rid, Match.Sequenced s) {
        return Wire.encode(new ServerMessage.EventMessage(rid, s.seq(), journal.timeOf(s.seq()), s.event()));
    }

    /** Sends to one member, in room order (after everything the room produced before). */
    void reply(Member m, byte[] line) {
        outbox.send(() -> m.connection.send(line));
    }

    /** As {@link #reply(Member, byte[])}, to a connection not (yet) a member. */
    void reply(MemberLink c, byte[] line) {
        outbox.send(() -> c.send(line));
    }

    /** Runs {@code send} in room order. */
    void send(Runnable send) {
        outbox.send(send);
    }

    /** Sends each member the line made for it, in room order. */
    void toEach(Function<Member, byte[]> line) {
        outbox.send(() -> members.values().forEach(m -> m.connection.send(line.apply(m))));
    }

    /** Says goodbye to every member, in room order. */
    void byeToAll(String code, String farewell) {
        outbox.send(() -> members.values().forEach(m -> m.connection.bye(code, farewell)));
    }
}
